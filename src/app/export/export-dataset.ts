import { err, ok, type Result } from '../../domain/result';
import type { JiraClient, JiraError } from '../../jira/client';
import { getFields } from '../../jira/endpoints';
import { completeChangelogs, issuePages } from '../../jira/issue-pages';
import type { JiraField } from '../../jira/schemas/field';

/** A dataset as `ql report --dataset` reads it: the field list and the issues with changelogs. */
export interface ExportedDataset {
  fields: JiraField[];
  issues: Record<string, unknown>[];
}

/**
 * Reads every issue a JQL query finds, with all fields and the changelog, in pages of 100;
 * comments and histories Jira truncated in search results are completed through the comment
 * and bulk-changelog endpoints, so the dataset holds everything the KPI definitions read.
 */
export async function exportDataset(
  client: JiraClient,
  jql: string,
  options: { readonly properties?: readonly string[] } = {},
): Promise<Result<ExportedDataset, JiraError>> {
  const fields = await getFields(client);
  if (!fields.ok) return fields;
  const issues: Record<string, unknown>[] = [];
  const truncatedChangelogs: Record<string, unknown>[] = [];
  for await (const page of issuePages(client, {
    jql,
    fields: ['*all'],
    maxResults: 100,
    ...(options.properties && options.properties.length > 0 && { properties: options.properties }),
  })) {
    if (!page.ok) return err(page.error.jiraError);
    issues.push(...page.value.issues);
    truncatedChangelogs.push(...page.value.truncatedChangelogs);
  }
  // One bulk request per 1000 truncated changelogs of the whole search, not per page.
  const completed = await completeChangelogs(client, truncatedChangelogs);
  if (!completed.ok) return err(completed.error.jiraError);
  return ok({ fields: fields.value, issues });
}
