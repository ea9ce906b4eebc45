import { z } from 'zod';
import { err, ok, type DomainError, type Result } from '../domain/result';
import type { JiraClient, JiraError } from './client';
import { changelogPages, commentPages, searchIssuePages, type JqlSearch } from './endpoints';

/** A read that failed: Jira's answer, and what was being read (for the message a person sees). */
export interface IssueReadFailure extends DomainError {
  readonly doing: string;
  readonly jiraError: JiraError;
}

const failure = (doing: string, jiraError: JiraError): IssueReadFailure => ({
  code: jiraError.code,
  message: jiraError.message,
  doing,
  jiraError,
});

/** One page of a search, every issue's comments complete. */
export interface IssuePage {
  /** The page's issues, in the search's order, as Jira gave them but for the completed comments. */
  readonly issues: Record<string, unknown>[];
  /** Issues of `issues` whose changelog the search truncated: complete them with `completeChangelogs`. */
  readonly truncatedChangelogs: Record<string, unknown>[];
  /** The key (the id where the search gave none) of every issue of the page. */
  readonly keys: string[];
  readonly last: boolean;
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
 * Every page of a JQL search with the changelog expanded. Comments the search truncated are completed
 * through the comment endpoint at once; truncated changelogs are only listed, since the bulk-changelog
 * endpoint takes 1000 issues a request: the caller completes them per page or for the whole search.
 */
export async function* issuePages(
  jira: JiraClient,
  search: Omit<JqlSearch, 'expand' | 'nextPageToken'>,
): AsyncGenerator<Result<IssuePage, IssueReadFailure>, void, undefined> {
  for await (const page of searchIssuePages(jira, { ...search, expand: 'changelog' })) {
    if (!page.ok) {
      yield err(failure('Searching the tickets', page.error));
      return;
    }
    const issues: Record<string, unknown>[] = [];
    const truncatedChangelogs: Record<string, unknown>[] = [];
    for (const bean of page.value.issues) {
      const issue: Record<string, unknown> = { ...bean };
      const parts = embedded.safeParse(bean);
      const comment = parts.success ? parts.data.fields?.comment : null;
      if (comment && comment.total !== undefined && comment.total > comment.comments.length) {
        const all: unknown[] = [];
        for await (const commentPage of commentPages(jira, bean.id)) {
          if (!commentPage.ok) {
            yield err(failure(`Reading the comments of ${bean.key ?? bean.id}`, commentPage.error));
            return;
          }
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
    yield ok({
      issues,
      truncatedChangelogs,
      keys: page.value.issues.map((i) => i.key ?? i.id),
      last: page.value.isLast === true || !page.value.nextPageToken,
    });
  }
}

/** Replaces truncated changelogs (in place) by the full ones, 1000 issues per bulk request. */
export async function completeChangelogs(
  jira: JiraClient,
  issues: readonly Record<string, unknown>[],
): Promise<Result<null, IssueReadFailure>> {
  for (let i = 0; i < issues.length; i += 1000) {
    const batch = issues.slice(i, i + 1000);
    const byId = new Map<string, unknown[]>();
    for await (const page of changelogPages(jira, {
      issueIdsOrKeys: batch.map((b) => String(b.id)),
      maxResults: 10_000,
    })) {
      if (!page.ok) return err(failure('Reading the changelogs', page.error));
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
