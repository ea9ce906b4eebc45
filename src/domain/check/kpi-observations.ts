import type { ImprovableKpi } from '../improvement/improvement';
import type { JudgedTicket } from '../kpi/judged-ticket';
import { inPeriod, type Period } from '../kpi/period';
import { slaCompliance } from '../kpi/sla';

/** What a window contributes to a test: counts for a rate, or the individual durations in ms. */
export type KpiObservations =
  | { readonly kind: 'proportion'; readonly successes: number; readonly n: number }
  | { readonly kind: 'durations'; readonly values: readonly number[] };

// KPI_DEFINITIONS.md, CSAT: a rating of 4 or 5 counts as satisfied (as computeFigures counts top2box).
const SATISFIED_MIN_RATING = 4;

/**
 * The observations of one KPI in a window, over the cohorts of the KPI definitions: the created
 * cohort for FRT, the resolved cohort for resolution time, FCR, reopen, repeat contact and CSAT
 * (rated tickets only), and the SLA cycles of the named SLA for SLA compliance (none without a name).
 */
export function kpiObservations(
  kpi: ImprovableKpi,
  slaName: string | null,
  judgedTickets: readonly JudgedTicket[],
  window: Period,
): KpiObservations {
  const resolved = () =>
    judgedTickets.filter(
      (j) => j.facts.firstResolvedAt !== null && inPeriod(j.facts.firstResolvedAt, window),
    );
  const share = (cohort: readonly JudgedTicket[], counts: (j: JudgedTicket) => boolean): KpiObservations => ({
    kind: 'proportion',
    successes: cohort.filter(counts).length,
    n: cohort.length,
  });
  switch (kpi) {
    case 'frtMedianMs':
      return { kind: 'durations', values: firstResponseTimes(judgedTickets, window) };
    case 'resolutionMedianMs':
      return {
        kind: 'durations',
        values: resolved().map((j) => (j.facts.firstResolvedAt as number) - j.facts.createdAt),
      };
    case 'fcrRate':
      return share(resolved(), (j) => j.fcr);
    case 'reopenRate':
      return share(resolved(), (j) => j.reopened);
    case 'repeatContactRate':
      return share(resolved(), (j) => j.repeatContact);
    case 'csatTop2box':
      return share(
        resolved().filter((j) => j.facts.csatRating !== null),
        (j) => (j.facts.csatRating as number) >= SATISFIED_MIN_RATING,
      );
    case 'slaCompliance':
      return slaCycles(judgedTickets, slaName, window);
  }
}

/** FRT of the created cohort; tickets with no agent public reply are left out (they are `noResponse`). */
function firstResponseTimes(judgedTickets: readonly JudgedTicket[], window: Period): number[] {
  const values: number[] = [];
  for (const { facts } of judgedTickets) {
    if (facts.firstAgentReplyAt !== null && inPeriod(facts.createdAt, window)) {
      values.push(facts.firstAgentReplyAt - facts.createdAt);
    }
  }
  return values;
}

/** Met cycles out of the SLA cycles of the window for the named SLA; none when no SLA is named. */
function slaCycles(
  judgedTickets: readonly JudgedTicket[],
  slaName: string | null,
  window: Period,
): KpiObservations {
  if (slaName === null) return { kind: 'proportion', successes: 0, n: 0 };
  const figures = slaCompliance(
    judgedTickets.map((j) => j.facts.sla),
    window,
  )[slaName];
  const met = figures?.met ?? 0;
  return { kind: 'proportion', successes: met, n: met + (figures?.breached ?? 0) };
}
