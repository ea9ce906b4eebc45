import { durationStats, rate } from './distribution';
import type { KpiFigures } from './figures';
import type { SlaFigures } from './sla';

/** Met and breached SLA cycles of one name, and how many counted ticket events carry that SLA at all. */
export interface SlaTally {
  met: number;
  breached: number;
  /** > 0 when some ticket counted carries the SLA: it is then listed, with null compliance if no cycle fell in. */
  present: number;
}

/**
 * The sums the KPI figures are computed from. Tallies of disjoint ticket sets (or of disjoint
 * time slots) add up, and the duration lists keep every value, so medians stay exact after merging.
 */
export interface KpiTally {
  created: number;
  noResponse: number;
  frt: number[];
  resolved: number;
  resolution: number[];
  reopened: number;
  repeats: number;
  fcr: number;
  ratings: number;
  ratingSum: number;
  satisfied: number;
  npsResponses: number;
  promoters: number;
  detractors: number;
  sla: Record<string, SlaTally>;
}

export const emptyTally = (): KpiTally => ({
  created: 0,
  noResponse: 0,
  frt: [],
  resolved: 0,
  resolution: [],
  reopened: 0,
  repeats: 0,
  fcr: 0,
  ratings: 0,
  ratingSum: 0,
  satisfied: 0,
  npsResponses: 0,
  promoters: 0,
  detractors: 0,
  sla: {},
});

/** The SLA tally of a name, created on first use. */
export function slaTallyOf(tally: KpiTally, name: string): SlaTally {
  let s = tally.sla[name];
  if (!s) tally.sla[name] = s = { met: 0, breached: 0, present: 0 };
  return s;
}

/** The figures of KPI_DEFINITIONS.md from a tally: the one place the rates and scores are formed. */
export function figuresFromTally(t: KpiTally, npsEnabled: boolean): KpiFigures {
  const sla: Record<string, SlaFigures> = {};
  for (const name of Object.keys(t.sla).sort()) {
    const s = t.sla[name] as SlaTally;
    if (s.present <= 0) continue;
    sla[name] = { met: s.met, breached: s.breached, compliance: rate(s.met, s.met + s.breached) };
  }
  const npsScore = t.npsResponses === 0 ? null : ((t.promoters - t.detractors) / t.npsResponses) * 100;
  return {
    volume: { created: t.created, resolved: t.resolved },
    frt: { ...durationStats(t.frt), noResponse: t.noResponse },
    resolutionTime: durationStats(t.resolution),
    reopenRate: rate(t.reopened, t.resolved),
    repeatContactRate: rate(t.repeats, t.resolved),
    fcrRate: rate(t.fcr, t.resolved),
    sla,
    csat: {
      responses: t.ratings,
      avg: rate(t.ratingSum, t.ratings),
      top2box: rate(t.satisfied, t.ratings),
      responseRate: rate(t.ratings, t.resolved),
    },
    nps: npsEnabled ? { responses: t.npsResponses, score: npsScore } : null,
  };
}
