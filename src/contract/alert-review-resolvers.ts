import { z } from 'zod';
import { alertHistoryEntrySchema, monitoringSettingsSchema } from './monitoring-schema';
import { reviewKindSchema, reviewSchema, reviewSummarySchema } from './review-schema';

const projectKey = z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'a project key such as SUP');

/** Resolvers of daily monitoring (alert rules and history) and of the weekly review and monthly audit. */
export const ALERT_REVIEW_RESOLVERS = {
  'alerts/settings/get': { input: z.object({}), output: monitoringSettingsSchema },
  'alerts/settings/save': {
    input: z.object({ monitoring: monitoringSettingsSchema }),
    output: monitoringSettingsSchema,
  },
  'alerts/history': {
    input: z.object({
      projectKey,
      /** `YYYY-MM`: the month whose runs to list; the current month of the monitoring zone when absent. */
      month: z
        .string()
        .regex(/^\d{4}-\d{2}$/, 'a month as YYYY-MM')
        .optional(),
    }),
    output: z.object({
      month: z.string(),
      entries: z.array(alertHistoryEntrySchema),
      unreadable: z.array(z.string()),
    }),
  },
  'alerts/run-daily': {
    input: z.object({}),
    output: z.object({
      today: z.string(),
      syncError: z.string().nullable(),
      alerts: z.array(alertHistoryEntrySchema),
      reviews: z.array(reviewSummarySchema),
      reviewFailures: z.array(
        z.object({ projectKey: z.string(), kind: reviewKindSchema, message: z.string() }),
      ),
    }),
  },
  'reviews/list': {
    input: z.object({ projectKey }),
    output: z.object({ reviews: z.array(reviewSummarySchema), unreadable: z.array(z.string()) }),
  },
  'reviews/get': {
    input: z.object({
      projectKey,
      kind: reviewKindSchema,
      label: z.string().regex(/^\d{4}-(W\d{2}|\d{2})$/),
    }),
    output: reviewSchema,
  },
  'reviews/generate': { input: z.object({ projectKey, kind: reviewKindSchema }), output: reviewSchema },
} as const;
