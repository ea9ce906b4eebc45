import type { DurationStats } from './distribution';
import type { JudgedTicket } from './judged-ticket';
import { inPeriod, type Period } from './period';
import type { SlaFigures } from './sla';
import { emptyTally, figuresFromTally, slaTallyOf, type KpiTally } from './tally';

/** Every measured figure of KPI_DEFINITIONS.md for one set of tickets and one period. */
export interface KpiFigures {
  readonly volume: { readonly created: number; readonly resolved: number };
  readonly frt: DurationStats & { readonly noResponse: number };
  readonly resolutionTime: DurationStats;
  readonly reopenRate: number | null;
  readonly repeatContactRate: number | null;
  readonly fcrRate: number | null;
  readonly sla: Readonly<Record<string, SlaFigures>>;
  readonly csat: {
    readonly responses: number;
    readonly avg: number | null;
    readonly top2box: number | null;
    readonly responseRate: number | null;
  };
  /** null when no NPS field is configured. */
  readonly nps: { readonly responses: number; readonly score: number | null } | null;
}

/** Computes the figures over the created and resolved cohorts and the SLA cycles of the period. */
export function computeFigures(
  tickets: Iterable<JudgedTicket>,
  period: Period,
  npsEnabled: boolean,
): KpiFigures {
  const tally = emptyTally();
  for (const judged of tickets) tallyTicket(tally, judged, period);
  return figuresFromTally(tally, npsEnabled);
}

/** Adds one judged ticket's part in the period's cohorts and SLA cycles to the tally. */
function tallyTicket(tally: KpiTally, judged: JudgedTicket, period: Period): void {
  const t = judged.facts;
  for (const sla of t.sla) {
    // Every SLA a ticket carries is listed, with null compliance when no cycle fell in the period.
    const s = slaTallyOf(tally, sla.name);
    s.present++;
    for (const cycle of sla.completedCycles) {
      if (!inPeriod(cycle.stopTime, period)) continue;
      if (cycle.breached) s.breached++;
      else s.met++;
    }
    const ongoing = sla.ongoingCycle;
    if (ongoing?.breached && ongoing.breachTime !== null && inPeriod(ongoing.breachTime, period))
      s.breached++;
  }
  if (inPeriod(t.createdAt, period)) {
    tally.created++;
    if (t.firstAgentReplyAt === null) tally.noResponse++;
    else tally.frt.push(t.firstAgentReplyAt - t.createdAt);
  }
  if (t.firstResolvedAt === null || !inPeriod(t.firstResolvedAt, period)) return;
  tally.resolved++;
  tally.resolution.push(t.firstResolvedAt - t.createdAt);
  if (judged.reopened) tally.reopened++;
  if (judged.repeatContact) tally.repeats++;
  if (judged.fcr) tally.fcr++;
  if (t.csatRating !== null) {
    tally.ratings++;
    tally.ratingSum += t.csatRating;
    if (t.csatRating >= 4) tally.satisfied++;
  }
  if (t.npsScore !== null) {
    tally.npsResponses++;
    if (t.npsScore >= 9) tally.promoters++;
    else if (t.npsScore <= 6) tally.detractors++;
  }
}
