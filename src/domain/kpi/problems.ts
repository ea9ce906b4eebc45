import type { JudgedTicket } from './judged-ticket';
import type { KpiOptions } from './options';
import { inPeriod, type Period } from './period';

/** Why a ticket counts as a KPI failure in a period. */
export type ProblemReason = 'notFcr' | 'slaBreached' | 'lowCsat';

/**
 * The KPI failures of one ticket in the period: resolved in it but not FCR, an SLA cycle
 * breached in it (completed or ongoing), or resolved in it with a low CSAT rating.
 */
export function problemReasons(judged: JudgedTicket, period: Period, options: KpiOptions): ProblemReason[] {
  const t = judged.facts;
  const reasons: ProblemReason[] = [];
  const resolvedInPeriod = t.firstResolvedAt !== null && inPeriod(t.firstResolvedAt, period);
  if (resolvedInPeriod && !judged.fcr) reasons.push('notFcr');
  const breached = t.sla.some(
    (sla) =>
      sla.completedCycles.some((c) => c.breached && inPeriod(c.stopTime, period)) ||
      (sla.ongoingCycle !== null &&
        sla.ongoingCycle.breached &&
        sla.ongoingCycle.breachTime !== null &&
        inPeriod(sla.ongoingCycle.breachTime, period)),
  );
  if (breached) reasons.push('slaBreached');
  if (resolvedInPeriod && t.csatRating !== null && t.csatRating <= options.lowCsatMaxRating)
    reasons.push('lowCsat');
  return reasons;
}

/** Whether the ticket belongs to any cohort of the period (created, resolved, or an SLA cycle in it). */
export function touchesPeriod(judged: JudgedTicket, period: Period): boolean {
  const t = judged.facts;
  if (inPeriod(t.createdAt, period)) return true;
  if (t.firstResolvedAt !== null && inPeriod(t.firstResolvedAt, period)) return true;
  return t.sla.some(
    (sla) =>
      sla.completedCycles.some((c) => inPeriod(c.stopTime, period)) ||
      (sla.ongoingCycle?.breachTime != null && inPeriod(sla.ongoingCycle.breachTime, period)),
  );
}
