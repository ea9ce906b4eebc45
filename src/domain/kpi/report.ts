import { paretoRank, type ParetoCategory } from '../pareto';
import type { TimeZone } from '../time/zone';
import type { TicketFacts } from '../ticket';
import { compositeIndex, type CompositeScore, type CompositeWeights } from './composite';
import { dimensionValues, HOUR_OF_DAY } from './dimensions';
import { computeFigures, type KpiFigures } from './figures';
import { judgeTicket, type JudgedTicket } from './judged-ticket';
import type { KpiOptions } from './options';
import { previousPeriod, type Period } from './period';
import { problemReasons, touchesPeriod, type ProblemReason } from './problems';
import { repeatContactIndex } from './repeat-contact';
import { scorecard, type ScorecardRow } from './scorecard';
import { qaFigures, type CountedReview, type QaFigures } from '../qa/compliance';
import type { IndicatorKey, Targets } from './targets';

/** Everything a KPI report needs besides the tickets; nothing here reads a clock. */
export interface KpiReportParameters {
  readonly period: Period;
  readonly zone: TimeZone;
  readonly options: KpiOptions;
  readonly targets: Targets;
  readonly weights: CompositeWeights;
  /** Dimensions to break figures down by: field dimension names or `hourOfDay`. */
  readonly dimensions: readonly string[];
  /** The dimension whose values are the categories of the problem Pareto. */
  readonly paretoDimension: string;
  readonly npsEnabled: boolean;
  /** QA reviews (first review of each ticket); when given, QA compliance joins the scorecard and the index. */
  readonly qaReviews?: readonly CountedReview[];
}

export interface BreakdownRow extends KpiFigures {
  readonly value: string;
  readonly compositeScore: number | null;
}

export interface ProblemPareto {
  readonly dimension: string;
  readonly total: number;
  readonly categories: readonly (ParetoCategory & { readonly affectedCustomers: number })[];
  /** The same problem tickets counted by failure reason (a ticket may have several). */
  readonly byReason: readonly ParetoCategory[];
}

export interface KpiReport extends KpiFigures {
  readonly period: { readonly from: string; readonly to: string; readonly timeZone: string };
  readonly previousPeriod: { readonly from: string; readonly to: string };
  readonly parameters: KpiOptions;
  readonly composite: CompositeScore;
  readonly scorecard: readonly ScorecardRow[];
  readonly previous: KpiFigures & { readonly composite: CompositeScore };
  readonly breakdown: Readonly<Record<string, readonly BreakdownRow[]>>;
  readonly pareto: ProblemPareto;
  /** QA figures of the period and the one before, when the report was given QA reviews. */
  readonly qa?: { readonly current: QaFigures; readonly previous: QaFigures };
  readonly qaCompliance?: number | null;
}

/**
 * The full KPI report of a period. `tickets` must include every ticket that can judge a
 * reopen or repeat contact, including those created after the period ends.
 */
export function buildKpiReport(tickets: readonly TicketFacts[], p: KpiReportParameters): KpiReport {
  const repeats = repeatContactIndex(tickets);
  const judged = tickets.map((t) => judgeTicket(t, p.options, repeats));
  const before = previousPeriod(p.period);
  const inScope = judged.filter((j) => touchesPeriod(j, p.period));
  const qa = p.qaReviews && {
    current: qaFigures(p.qaReviews, p.period),
    previous: qaFigures(p.qaReviews, before),
  };
  const current = measure(inScope, p.period, p, qa?.current.compliance);
  const previous = measure(
    judged.filter((j) => touchesPeriod(j, before)),
    before,
    p,
    qa?.previous.compliance,
  );

  const breakdown: Record<string, BreakdownRow[]> = {};
  for (const dimension of p.dimensions) breakdown[dimension] = breakdownBy(inScope, dimension, p);

  return {
    period: { from: iso(p.period.from), to: iso(p.period.to), timeZone: p.zone.name },
    previousPeriod: { from: iso(before.from), to: iso(before.to) },
    parameters: p.options,
    ...current.figures,
    composite: current.composite,
    scorecard: scorecard(current, previous, p.targets),
    previous: { ...previous.figures, composite: previous.composite },
    breakdown,
    pareto: problemPareto(inScope, p),
    ...(qa && { qa, qaCompliance: qa.current.compliance }),
  };
}

function measure(
  judged: readonly JudgedTicket[],
  period: Period,
  p: KpiReportParameters,
  qaCompliance?: number | null,
) {
  return measureFigures(computeFigures(judged, period, p.npsEnabled), p, qaCompliance);
}

/** Figures with their composite index: what the scorecard and a breakdown row read, from tickets or aggregates. */
export function measureFigures(
  figures: KpiFigures,
  p: Pick<KpiReportParameters, 'targets' | 'weights'>,
  /** QA compliance from the reviews (undefined: the caller has no QA data to give; no scorecard row). */
  qaCompliance?: number | null,
): { figures: KpiFigures; composite: CompositeScore; qaCompliance?: number | null } {
  return {
    figures,
    composite: compositeIndex(indicatorActuals(figures, qaCompliance ?? null), p.targets, p.weights),
    ...(qaCompliance !== undefined && { qaCompliance }),
  };
}

/** Breakdown rows from each value's figures, in the report's order (hour of day by hour, else by volume). */
export function breakdownRows(
  groups: Iterable<readonly [string, KpiFigures]>,
  dimension: string,
  p: Pick<KpiReportParameters, 'targets' | 'weights'>,
): BreakdownRow[] {
  const rows = [...groups].map(([value, figures]) => ({
    value,
    ...figures,
    compositeScore: measureFigures(figures, p).composite.score,
  }));
  if (dimension === HOUR_OF_DAY) return rows.sort((a, b) => Number(a.value) - Number(b.value));
  return rows.sort(
    (a, b) =>
      b.volume.created + b.volume.resolved - (a.volume.created + a.volume.resolved) ||
      (a.value < b.value ? -1 : a.value > b.value ? 1 : 0),
  );
}

/** The composite's inputs read from the figures. */
export function indicatorActuals(
  figures: KpiFigures,
  qaCompliance: number | null = null,
): Record<IndicatorKey, number | null> {
  return {
    frtMedianMs: figures.frt.median,
    resolutionMedianMs: figures.resolutionTime.median,
    fcrRate: figures.fcrRate,
    // From the QA reviews (random sample), not the ticket facts; null leaves it out of the index.
    qaCompliance,
    csatTop2box: figures.csat.top2box,
    nps: figures.nps?.score ?? null,
    repeatContactRate: figures.repeatContactRate,
  };
}

function breakdownBy(
  judged: readonly JudgedTicket[],
  dimension: string,
  p: KpiReportParameters,
): BreakdownRow[] {
  const groups = new Map<string, JudgedTicket[]>();
  for (const j of judged) {
    for (const value of dimensionValues(j.facts, dimension, p.zone)) {
      const group = groups.get(value);
      if (group) group.push(j);
      else groups.set(value, [j]);
    }
  }
  return breakdownRows(
    [...groups].map(([value, members]) => [value, computeFigures(members, p.period, p.npsEnabled)] as const),
    dimension,
    p,
  );
}

function problemPareto(judged: readonly JudgedTicket[], p: KpiReportParameters): ProblemPareto {
  const byCategory = new Map<string, number>();
  const customers = new Map<string, Set<string>>();
  const byReason = new Map<ProblemReason, number>();
  for (const j of judged) {
    const reasons = problemReasons(j, p.period, p.options);
    if (reasons.length === 0) continue;
    for (const reason of reasons) byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
    for (const value of dimensionValues(j.facts, p.paretoDimension, p.zone)) {
      byCategory.set(value, (byCategory.get(value) ?? 0) + 1);
      const set = customers.get(value) ?? new Set<string>();
      if (j.facts.reporterId !== null) set.add(j.facts.reporterId);
      customers.set(value, set);
    }
  }
  const ranking = paretoRank(byCategory);
  return {
    dimension: p.paretoDimension,
    total: ranking.total,
    categories: ranking.categories.map((c) => ({
      ...c,
      affectedCustomers: customers.get(c.name)?.size ?? 0,
    })),
    byReason: paretoRank(byReason).categories,
  };
}

const iso = (instant: number): string => new Date(instant).toISOString();
