import { z } from 'zod';
import { err, ok, type Result } from '../../domain/result';
import { ticketQaSchema, type QaReview, type TicketQa } from '../../contract/qa-schema';
import { getIssueProperty, setIssueProperty } from '../../jira/endpoints';
import type { JiraClient } from '../../jira/client';
import { fromJira, type AppError } from '../app-error';
import { QA_REVIEW_PROPERTY } from './qa-keys';

/** The reviews stored on a ticket (empty when it has none); an unreadable property is an error. */
export async function readTicketReviews(
  jira: JiraClient,
  issueKey: string,
): Promise<Result<QaReview[], AppError>> {
  const stored = await getIssueProperty(jira, issueKey, QA_REVIEW_PROPERTY);
  if (!stored.ok)
    return stored.error.status === 404
      ? ok([])
      : err(fromJira(stored.error, `Reading the reviews of ${issueKey}`));
  const parsed = ticketQaSchema.safeParse(stored.value.value);
  if (!parsed.success)
    return err({
      code: 'QA.REVIEW_UNREADABLE',
      message: `The QA reviews stored on ${issueKey} cannot be read; ask an admin to check its ${QA_REVIEW_PROPERTY} property`,
    });
  return ok(parsed.data.reviews);
}

/** Reviews parsed from an issue bean's `properties` (search with `properties=ql.qaReview`). */
export function reviewsOfIssue(issue: unknown): QaReview[] {
  const properties = withProperties.safeParse(issue).data?.properties;
  const parsed = ticketQaSchema.safeParse(properties?.[QA_REVIEW_PROPERTY]);
  return parsed.success ? parsed.data.reviews : [];
}

const withProperties = z.looseObject({ properties: z.record(z.string(), z.unknown()).optional() });

/**
 * The property value: every review, and a search index of the ticket's counting review (its first)
 * so JQL such as `qlQaPassed = failed` or `qlQaDispute = open` finds tickets.
 */
export function ticketQaProperty(reviews: readonly QaReview[]): TicketQa {
  const first = [...reviews].sort((a, b) => Date.parse(a.reviewedAt) - Date.parse(b.reviewedAt))[0];
  if (!first) throw new Error('a ticket QA property needs at least one review');
  return {
    schemaVersion: 1,
    reviews: [...reviews],
    searchIndex: {
      passed: first.result.passed ? 'passed' : 'failed',
      score: first.result.score,
      reviewedAt: first.reviewedAt,
      sampleKind: first.sampleKind,
      reviewers: new Set(reviews.map((r) => r.reviewer)).size,
      dispute: reviews.some((r) => r.response.state === 'disputed') ? 'open' : 'none',
    },
  };
}

/** Writes the ticket's reviews as the app (the property is the app's record; callers were checked first). */
export async function writeTicketReviews(
  jiraAsApp: JiraClient,
  issueKey: string,
  reviews: readonly QaReview[],
): Promise<Result<null, AppError>> {
  const saved = await setIssueProperty(jiraAsApp, issueKey, QA_REVIEW_PROPERTY, ticketQaProperty(reviews));
  return saved.ok ? ok(null) : err(fromJira(saved.error, `Saving the review on ${issueKey}`));
}
