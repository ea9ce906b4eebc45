import { z } from 'zod';
import { stageSchema } from './improvement-schema';
import { paretoCategorySchema, scorecardRowSchema } from './kpi-rows-schema';

/** A weekly review (周复盘) or a monthly audit (月稽核): generated once per period, then never changed. */
export const reviewKindSchema = z.enum(['weekly', 'monthly']);
export type ReviewKind = z.infer<typeof reviewKindSchema>;

/** A review's KPI row is the scorecard's row as the report gave it. */
export const reviewKpiRowSchema = scorecardRowSchema;

export const reviewSchema = z.object({
  schemaVersion: z.literal(1),
  kind: reviewKindSchema,
  projectKey: z.string(),
  /** `2026-W44` for a week (ISO), `2026-10` for a month. */
  label: z.string(),
  /** Local days of the zone: the first day and the day after the last. */
  from: z.string(),
  to: z.string(),
  timeZone: z.string(),
  generatedAt: z.string(),
  volume: z.object({ created: z.number(), resolved: z.number() }),
  compositeScore: z.number().nullable(),
  kpis: z.array(reviewKpiRowSchema),
  pareto: z.object({
    groupBy: z.string(),
    total: z.number(),
    rows: z.array(paretoCategorySchema),
    /** Categories left out past the stored limit. */
    omitted: z.number(),
  }),
  improvements: z.object({
    byStage: z.record(stageSchema, z.number()),
    openedInPeriod: z.number(),
    closedInPeriod: z.number(),
  }),
  overdueActions: z.array(
    z.object({
      improvementKey: z.string(),
      actionId: z.string(),
      what: z.string(),
      owner: z.string().nullable(),
      dueDate: z.string(),
      daysOverdue: z.number(),
    }),
  ),
  verdicts: z.array(
    z.object({
      improvementKey: z.string(),
      kpi: z.string(),
      verdict: z.enum(['effective', 'improved', 'not-effective', 'inconclusive']),
      checkedAt: z.string(),
    }),
  ),
  /** Improvement records that could not be read, so the counts leave them out (named, never hidden). */
  unreadable: z.array(z.string()),
});
export type Review = z.infer<typeof reviewSchema>;

/** A line of the review history. */
export const reviewSummarySchema = reviewSchema.pick({
  kind: true,
  projectKey: true,
  label: true,
  from: true,
  to: true,
  generatedAt: true,
  compositeScore: true,
});
export type ReviewSummary = z.infer<typeof reviewSummarySchema>;
