import { z } from 'zod';
import { parseJiraTimestamp } from '../jira-timestamp';

/** A Jira timestamp string, read as epoch milliseconds. */
export const jiraTimestamp = z.string().transform((text, ctx) => {
  const instant = parseJiraTimestamp(text);
  if (instant === null) {
    ctx.addIssue({ code: 'custom', message: `"${text}" is not a Jira timestamp` });
    return z.NEVER;
  }
  return instant;
});

// Schemas here strip what the KPIs do not read (z.object): copying every key of 100k issues is the
// dominant cost of building facts. Custom fields are read from the raw issue by discovered id.
export const jiraUserSchema = z.object({
  accountId: z.string().optional(),
  accountType: z.string().optional(),
  displayName: z.string().optional(),
});

export const jiraCommentSchema = z.object({
  author: jiraUserSchema.nullish(),
  created: jiraTimestamp,
  jsdPublic: z.boolean().optional(),
});

export const jiraHistorySchema = z.object({
  created: jiraTimestamp,
  items: z.array(
    // A missing `toString` reads as the inherited Object.prototype.toString: only a string counts.
    z.object({ field: z.string(), to: z.string().nullish(), toString: z.unknown() }).transform((item) => ({
      field: item.field,
      to: item.to ?? null,
      toText: typeof item.toString === 'string' ? item.toString : null,
    })),
  ),
});

/**
 * The system fields of an issue from `GET /rest/api/3/search/jql?fields=*all&expand=changelog`
 * that the KPI definitions read; custom fields are read by discovered id.
 */
export const jiraIssueSchema = z.object({
  key: z.string().min(1),
  fields: z.object({
    project: z.object({ key: z.string().min(1) }),
    created: jiraTimestamp,
    resolutiondate: jiraTimestamp.nullish(),
    reporter: jiraUserSchema.nullish(),
    comment: z.object({ comments: z.array(jiraCommentSchema) }).nullish(),
  }),
  changelog: z.object({ histories: z.array(jiraHistorySchema) }).optional(),
});
export type JiraIssue = z.infer<typeof jiraIssueSchema>;
