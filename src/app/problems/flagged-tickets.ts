import { err, ok, type Result } from '../../domain/result';
import { flagSchema, type Flag } from '../../contract/flag-schema';
import type { JiraClient } from '../../jira/client';
import { searchIssuePages } from '../../jira/endpoints';
import { fromJira, type AppError } from '../app-error';
import { PROPERTY_KEYS } from '../install/jira-parts';

/**
 * Every flagged ticket of the project with its flag: one search over the indexed flag property
 * (alias qlFlaggedAt), returning the `ql.flag` property and the key only, no field. All flags are
 * read, not only those set in the period: a ticket flagged before or after it still counts when the
 * ticket belongs to the period. Flags that do not parse are left out, as a ticket without a flag.
 */
export async function flaggedTickets(
  jira: JiraClient,
  projectKey: string,
): Promise<Result<Map<string, Flag>, AppError>> {
  const flags = new Map<string, Flag>();
  for await (const page of searchIssuePages(jira, {
    jql: `project = "${projectKey}" AND qlFlaggedAt IS NOT EMPTY ORDER BY key ASC`,
    fields: ['key'],
    properties: [PROPERTY_KEYS.flag],
    maxResults: 1000,
  })) {
    if (!page.ok) return err(fromJira(page.error, `Finding the flagged tickets of ${projectKey}`));
    for (const issue of page.value.issues) {
      const flag = flagSchema.safeParse(issue.properties?.[PROPERTY_KEYS.flag]);
      if (flag.success && issue.key !== undefined) flags.set(issue.key, flag.data);
    }
  }
  return ok(flags);
}
