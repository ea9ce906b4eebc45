import { err, ok, type Result } from '../../domain/result';
import { ticketQaSchema, type QaReview } from '../../contract/qa-schema';
import type { ResolverOutput } from '../../contract/resolvers';
import { searchIssuePages } from '../../jira/endpoints';
import { fromJira, type AppError } from '../app-error';
import type { AppPorts } from '../ports';
import { dailyKeysOf, restoreTicket } from './qa-aggregates';
import { QA_REVIEW_PROPERTY } from './qa-keys';
import { readTicketReviews } from './ticket-reviews';

/**
 * Rebuilds a project's QA aggregates from the tickets' `ql.qaReview` properties, the record of every
 * review: repairs a failure between a review's property write and its aggregate write. Reads every
 * reviewed ticket first (JQL over the indexed qlQaReviewedAt), so a failed search changes nothing;
 * then writes each ticket's records and removes day records no ticket's property backs any more
 * (each checked on its ticket first). A ticket whose property cannot be read is named and left as it was.
 */
export async function rebuildQaAggregates(
  ports: AppPorts,
  projectKey: string,
): Promise<Result<ResolverOutput<'qa/aggregates/rebuild'>, AppError>> {
  // Listed before the search: a review saved meanwhile writes a record this rebuild never removes.
  const before = new Set(await dailyKeysOf(ports.store, projectKey));
  const tickets: QaReview[][] = [];
  const unreadable: string[] = [];
  // As the app: the property is the app's record, and the rebuild must see every reviewed ticket.
  for await (const page of searchIssuePages(ports.jiraAsApp, {
    jql: `project = "${projectKey}" AND qlQaReviewedAt IS NOT EMPTY ORDER BY key ASC`,
    fields: ['project'],
    properties: [QA_REVIEW_PROPERTY],
    maxResults: 100,
  })) {
    if (!page.ok) return err(fromJira(page.error, `Finding the reviewed tickets of ${projectKey}`));
    for (const issue of page.value.issues) {
      const parsed = ticketQaSchema.safeParse(issue.properties?.[QA_REVIEW_PROPERTY]);
      if (!parsed.success || parsed.data.reviews.length === 0) unreadable.push(issue.key ?? issue.id);
      else tickets.push(parsed.data.reviews);
    }
  }
  const kept = new Set<string>();
  for (const reviews of tickets) kept.add(await restoreTicket(ports.store, reviews));
  let removed = 0;
  for (const key of before) {
    const issueKey = key.slice(key.lastIndexOf(':') + 1);
    if (kept.has(key) || unreadable.includes(issueKey)) continue;
    // Not found by the search: the ticket itself says (the search index may lag behind a new review).
    const stored = await readTicketReviews(ports.jiraAsApp, issueKey);
    if (!stored.ok) {
      // Left as it is: without the ticket's reviews there is nothing to put instead.
      unreadable.push(issueKey);
      continue;
    }
    // A ticket gone, or without reviews, reads as none: its record goes.
    if (stored.value.length > 0) {
      const restored = await restoreTicket(ports.store, stored.value);
      kept.add(restored);
      tickets.push(stored.value);
      if (restored === key) continue;
    }
    await ports.store.delete(key);
    removed++;
  }
  return ok({
    projectKey,
    tickets: tickets.length,
    reviews: tickets.reduce((n, r) => n + r.length, 0),
    restored: [...kept].filter((k) => !before.has(k)).length,
    removed,
    unreadable,
  });
}
