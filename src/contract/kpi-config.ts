import { z } from 'zod';

const weight = z.number().min(0).max(1000);

/**
 * KPI configuration by the names KPI_DEFINITIONS.md uses. Unknown keys are refused so a
 * misspelt option never silently falls back to its default.
 */
export const kpiConfigSchema = z.strictObject({
  reopenWindowDays: z.number().positive().max(365).optional(),
  repeatWindowHours: z
    .number()
    .positive()
    .max(24 * 365)
    .optional(),
  repeatSameRequestType: z.boolean().optional(),
  fcrMaxAgentReplies: z.number().int().min(0).nullable().optional(),
  fcrExcludeReopened: z.boolean().optional(),
  fcrExcludeRepeat: z.boolean().optional(),
  lowCsatMaxRating: z.number().int().min(1).max(5).optional(),
  /** The NPS number field, by id or name; null or absent for none. */
  npsFieldId: z.string().min(1).nullable().optional(),
  targets: z
    .strictObject({
      frtMedianMs: z.number().nonnegative(),
      resolutionMedianMs: z.number().nonnegative(),
      fcrRate: z.number().min(0).max(1),
      qaCompliance: z.number().min(0).max(1),
      csatTop2box: z.number().min(0).max(1),
      nps: z.number().min(-100).max(100),
      repeatContactRate: z.number().min(0).max(1),
      reopenRate: z.number().min(0).max(1),
      compositeIndex: z.number().min(0).max(100),
    })
    .partial()
    .optional(),
  compositeWeights: z
    .strictObject({
      dimensions: z
        .strictObject({ efficiency: weight, quality: weight, experience: weight, proactive: weight })
        .partial(),
      indicators: z
        .strictObject({
          frtMedianMs: weight,
          resolutionMedianMs: weight,
          fcrRate: weight,
          qaCompliance: weight,
          csatTop2box: weight,
          nps: weight,
          repeatContactRate: weight,
        })
        .partial(),
    })
    .partial()
    .optional(),
  /** Dimensions to break figures down by: requestType, assignee, hourOfDay, a system field name, or a field id or name. */
  dimensions: z.array(z.string().min(1)).optional(),
  /** The dimension whose values are the Pareto categories of problem tickets (default requestType). */
  paretoDimension: z.string().min(1).optional(),
});
export type KpiConfig = z.infer<typeof kpiConfigSchema>;
