import { z } from 'zod';
import { err, ok, type Result } from '../../domain/result';
import type { JiraClient, JiraError } from '../../jira/client';
import { changelogPages, commentPages, getFields, searchIssuePages } from '../../jira/endpoints';
import type { JiraField } from '../../jira/schemas/field';

/** A dataset as `ql report --dataset` reads it: the field list and the issues with changelogs. */
export interface ExportedDataset {
  fields: JiraField[];
  issues: Record<string, unknown>[];
}

const embedded = z.looseObject({
  fields: z
    .looseObject({
      comment: z.looseObject({ comments: z.array(z.unknown()), total: z.number().optional() }).nullish(),
    })
    .optional(),
  changelog: z.looseObject({ histories: z.array(z.unknown()), total: z.number().optional() }).optional(),
});

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
  for await (const page of searchIssuePages(client, {
    jql,
    fields: ['*all'],
    expand: 'changelog',
    maxResults: 100,
    ...(options.properties && options.properties.length > 0 && { properties: options.properties }),
  })) {
    if (!page.ok) return page;
    for (const bean of page.value.issues) {
      const issue: Record<string, unknown> = { ...bean };
      const parts = embedded.safeParse(bean);
      const comment = parts.success ? parts.data.fields?.comment : null;
      if (comment && comment.total !== undefined && comment.total > comment.comments.length) {
        const all: unknown[] = [];
        for await (const commentPage of commentPages(client, bean.id)) {
          if (!commentPage.ok) return commentPage;
          all.push(...commentPage.value.comments);
        }
        issue.fields = {
          ...bean.fields,
          comment: { ...comment, comments: all, maxResults: all.length, total: all.length, startAt: 0 },
        };
      }
      const changelog = parts.success ? parts.data.changelog : undefined;
      if (changelog && changelog.total !== undefined && changelog.total > changelog.histories.length)
        truncatedChangelogs.push(issue);
      issues.push(issue);
    }
  }
  const completed = await completeChangelogs(client, truncatedChangelogs);
  if (!completed.ok) return completed;
  return ok({ fields: fields.value, issues });
}

/** Replaces truncated changelogs by the full ones, 1000 issues per bulk request. */
async function completeChangelogs(
  client: JiraClient,
  issues: Record<string, unknown>[],
): Promise<Result<null, JiraError>> {
  for (let i = 0; i < issues.length; i += 1000) {
    const batch = issues.slice(i, i + 1000);
    const byId = new Map<string, unknown[]>();
    for await (const page of changelogPages(client, {
      issueIdsOrKeys: batch.map((b) => String(b.id)),
      maxResults: 10_000,
    })) {
      if (!page.ok) return err(page.error);
      for (const log of page.value.issueChangeLogs)
        byId.set(log.issueId, [...(byId.get(log.issueId) ?? []), ...log.changeHistories]);
    }
    for (const issue of batch) {
      const histories = byId.get(String(issue.id)) ?? [];
      issue.changelog = { startAt: 0, maxResults: histories.length, total: histories.length, histories };
    }
  }
  return ok(null);
}
