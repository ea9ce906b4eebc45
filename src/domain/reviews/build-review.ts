import { daysBetween } from '../alerts/calendar-day';
import { STAGES, type Stage, type Verdict } from '../improvement/improvement';
import type { ScorecardRow } from '../kpi/scorecard';
import type { ParetoCategory } from '../pareto';
import type { ReviewPeriod } from './review-period';

/** What a review reads of the scorecard (the project report): its headline rows as they are. */
export type ScorecardLine = ScorecardRow;

/** What a review reads of the Pareto ranking: its categories as they are. */
export type ParetoLine = ParetoCategory;

export type ReviewStage = Stage;
export type ReviewVerdict = Verdict;

/** What a review reads of an improvement record. */
export interface ImprovementLine {
  readonly key: string;
  readonly stage: ReviewStage;
  readonly createdAt: string;
  readonly problem: { readonly kpi: string };
  readonly actions: readonly {
    readonly id: string;
    readonly what: string;
    readonly owner: string | null;
    readonly dueDate: string | null;
    readonly done: boolean;
  }[];
  readonly check: { readonly verdict: ReviewVerdict; readonly checkedAt: string } | null;
  readonly closure: { readonly closedAt: string } | null;
}

export interface ReviewInputs {
  readonly projectKey: string;
  readonly period: ReviewPeriod;
  /** The period's boundaries as instants (start of `from` and of `to` in the zone). */
  readonly instants: { readonly from: number; readonly to: number };
  readonly timeZone: string;
  readonly generatedAt: string;
  readonly volume: { readonly created: number; readonly resolved: number };
  readonly compositeScore: number | null;
  readonly scorecard: readonly ScorecardLine[];
  readonly pareto: { readonly groupBy: string; readonly total: number; readonly rows: readonly ParetoLine[] };
  readonly improvements: readonly ImprovementLine[];
  readonly unreadable: readonly string[];
}

/** How many Pareto categories a stored review keeps (the rest is counted), to stay well under 240 KiB. */
export const PARETO_LIMIT = 30;
/** How many overdue actions a stored review lists, most overdue first. */
export const OVERDUE_LIMIT = 200;

const within = (iso: string, p: { from: number; to: number }) => {
  const at = Date.parse(iso);
  return at >= p.from && at < p.to;
};

/**
 * A weekly review or monthly audit of a project: KPIs against targets with change against the previous
 * period of the same length, the Pareto of problems, improvements by stage (as now), overdue actions
 * (open improvements' actions not done whose due date is before the period's end), and the
 * effectiveness verdicts recorded in the period.
 */
export function buildReview(input: ReviewInputs) {
  const byStage = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<ReviewStage, number>;
  for (const i of input.improvements) byStage[i.stage] += 1;
  const end = input.period.to;
  const overdue = input.improvements
    .filter((i) => i.stage !== 'closed')
    .flatMap((i) =>
      i.actions.flatMap((a) =>
        !a.done && a.dueDate !== null && a.dueDate < end
          ? [
              {
                improvementKey: i.key,
                actionId: a.id,
                what: a.what,
                owner: a.owner,
                dueDate: a.dueDate,
                daysOverdue: daysBetween(a.dueDate, end),
              },
            ]
          : [],
      ),
    )
    .sort((a, b) => b.daysOverdue - a.daysOverdue || a.improvementKey.localeCompare(b.improvementKey));
  const verdicts = input.improvements
    .flatMap((i) =>
      i.check && within(i.check.checkedAt, input.instants)
        ? [
            {
              improvementKey: i.key,
              kpi: i.problem.kpi,
              verdict: i.check.verdict,
              checkedAt: i.check.checkedAt,
            },
          ]
        : [],
    )
    .sort((a, b) => a.checkedAt.localeCompare(b.checkedAt));
  return {
    schemaVersion: 1 as const,
    kind: input.period.kind,
    projectKey: input.projectKey,
    label: input.period.label,
    from: input.period.from,
    to: input.period.to,
    timeZone: input.timeZone,
    generatedAt: input.generatedAt,
    volume: { ...input.volume },
    compositeScore: input.compositeScore,
    kpis: input.scorecard.map((r) => ({ ...r })),
    pareto: {
      groupBy: input.pareto.groupBy,
      total: input.pareto.total,
      rows: input.pareto.rows.slice(0, PARETO_LIMIT).map((r) => ({
        name: r.name,
        count: r.count,
        share: r.share,
        cumulativeShare: r.cumulativeShare,
        vitalFew: r.vitalFew,
      })),
      omitted: Math.max(0, input.pareto.rows.length - PARETO_LIMIT),
    },
    improvements: {
      byStage,
      openedInPeriod: input.improvements.filter((i) => within(i.createdAt, input.instants)).length,
      closedInPeriod: input.improvements.filter(
        (i) => i.closure && within(i.closure.closedAt, input.instants),
      ).length,
    },
    overdueActions: overdue.slice(0, OVERDUE_LIMIT),
    verdicts,
    unreadable: [...input.unreadable],
  };
}
