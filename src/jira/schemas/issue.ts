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

export const jiraUserSchema = z.looseObject({
  accountId: z.string().optional(),
  accountType: z.string().optional(),
  displayName: z.string().optional(),
});

export const jiraCommentSchema = z.looseObject({
  author: jiraUserSchema.nullish(),
  created: jiraTimestamp,
  jsdPublic: z.boolean().optional(),
});

export const jiraHistorySchema = z.looseObject({
  created: jiraTimestamp,
  items: z.array(
    // `toString` is read as an own property only: a missing one must not resolve to Object.prototype.toString.
    z.looseObject({ field: z.string(), to: z.string().nullish() }).transform((item) => {
      const text: unknown = Object.hasOwn(item, 'toString') ? item['toString'] : null;
      return { field: item.field, to: item.to ?? null, toText: typeof text === 'string' ? text : null };
    }),
  ),
});

/**
 * The system fields of an issue from `GET /rest/api/3/search/jql?fields=*all&expand=changelog`
 * that the KPI definitions read; custom fields are read by discovered id.
 */
export const jiraIssueSchema = z.looseObject({
  key: z.string().min(1),
  fields: z.looseObject({
    project: z.looseObject({ key: z.string().min(1) }),
    created: jiraTimestamp,
    resolutiondate: jiraTimestamp.nullish(),
    reporter: jiraUserSchema.nullish(),
    comment: z.looseObject({ comments: z.array(jiraCommentSchema) }).nullish(),
  }),
  changelog: z.looseObject({ histories: z.array(jiraHistorySchema) }).optional(),
});
export type JiraIssue = z.infer<typeof jiraIssueSchema>;
