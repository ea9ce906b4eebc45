import { z } from 'zod';

/**
 * One headline KPI of the scorecard: actual, target, gap and change against the previous period. The
 * KPI report sends these rows and a review keeps them as they were when it was generated.
 */
export const scorecardRowSchema = z.object({
  kpi: z.string(),
  unit: z.enum(['ms', 'fraction', 'points', 'rating']),
  direction: z.enum(['higher', 'lower']),
  actual: z.number().nullable(),
  target: z.number().nullable(),
  gap: z.number().nullable(),
  meetsTarget: z.boolean().nullable(),
  previous: z.number().nullable(),
  change: z.number().nullable(),
});

/** One category of a Pareto ranking; the problem list adds its own columns to it, a review keeps it as is. */
export const paretoCategorySchema = z.object({
  name: z.string(),
  count: z.number(),
  share: z.number(),
  cumulativeShare: z.number(),
  /** In the shortest prefix whose cumulative share reaches 80% (the crossing category included). */
  vitalFew: z.boolean(),
});
