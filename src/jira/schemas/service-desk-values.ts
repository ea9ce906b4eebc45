import { z } from 'zod';
import { parseJiraTimestamp } from '../jira-timestamp';

/** JSM's date object `{epochMillis, iso8601, jira, friendly}`, read as epoch milliseconds. */
export const slaDateSchema = z
  .looseObject({
    epochMillis: z.number().optional(),
    iso8601: z.string().optional(),
    jira: z.string().optional(),
  })
  .transform((d, ctx) => {
    const instant =
      d.epochMillis ?? parseJiraTimestamp(d.iso8601 ?? '') ?? parseJiraTimestamp(d.jira ?? '') ?? null;
    if (instant === null) {
      ctx.addIssue({ code: 'custom', message: 'SLA date has neither epochMillis nor a readable timestamp' });
      return z.NEVER;
    }
    return instant;
  });

/** The value of a `com.atlassian.servicedesk:sd-sla-field` in issue JSON. */
export const slaValueSchema = z.looseObject({
  name: z.string().optional(),
  completedCycles: z.array(z.object({ stopTime: slaDateSchema, breached: z.boolean() })).default([]),
  ongoingCycle: z.looseObject({ breached: z.boolean(), breachTime: slaDateSchema.optional() }).nullish(),
});

/** The value of a `com.atlassian.servicedesk:sd-request-feedback` field: a 1..5 rating. */
export const csatValueSchema = z.looseObject({ rating: z.number().int().min(1).max(5) });

/** The value of a `com.atlassian.servicedesk:vp-origin` (Customer Request Type) field. */
export const requestTypeValueSchema = z.looseObject({
  requestType: z.looseObject({ name: z.string() }).optional(),
});

/** An NPS answer: a number field holding 0..10. */
export const npsValueSchema = z.number().min(0).max(10);
