import { durationStats, rate, type DurationStats } from './distribution';
import type { JudgedTicket } from './judged-ticket';
import { inPeriod, type Period } from './period';
import { slaCompliance, type SlaFigures } from './sla';

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
  let created = 0;
  let resolved = 0;
  let noResponse = 0;
  let reopened = 0;
  let repeats = 0;
  let fcr = 0;
  let ratings = 0;
  let ratingSum = 0;
  let satisfied = 0;
  let npsResponses = 0;
  let promoters = 0;
  let detractors = 0;
  const frt: number[] = [];
  const resolution: number[] = [];
  const slaRecords = [];

  for (const judged of tickets) {
    const t = judged.facts;
    slaRecords.push(t.sla);
    if (inPeriod(t.createdAt, period)) {
      created++;
      if (t.firstAgentReplyAt === null) noResponse++;
      else frt.push(t.firstAgentReplyAt - t.createdAt);
    }
    if (t.firstResolvedAt === null || !inPeriod(t.firstResolvedAt, period)) continue;
    resolved++;
    resolution.push(t.firstResolvedAt - t.createdAt);
    if (judged.reopened) reopened++;
    if (judged.repeatContact) repeats++;
    if (judged.fcr) fcr++;
    if (t.csatRating !== null) {
      ratings++;
      ratingSum += t.csatRating;
      if (t.csatRating >= 4) satisfied++;
    }
    if (t.npsScore !== null) {
      npsResponses++;
      if (t.npsScore >= 9) promoters++;
      else if (t.npsScore <= 6) detractors++;
    }
  }

  const npsScore = npsResponses === 0 ? null : ((promoters - detractors) / npsResponses) * 100;
  return {
    volume: { created, resolved },
    frt: { ...durationStats(frt), noResponse },
    resolutionTime: durationStats(resolution),
    reopenRate: rate(reopened, resolved),
    repeatContactRate: rate(repeats, resolved),
    fcrRate: rate(fcr, resolved),
    sla: slaCompliance(slaRecords, period),
    csat: {
      responses: ratings,
      avg: rate(ratingSum, ratings),
      top2box: rate(satisfied, ratings),
      responseRate: rate(ratings, resolved),
    },
    nps: npsEnabled ? { responses: npsResponses, score: npsScore } : null,
  };
}
