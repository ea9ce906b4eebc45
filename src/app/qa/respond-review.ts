import { err, ok, type Result } from '../../domain/result';
import type { QaReview } from '../../contract/qa-schema';
import { addComment } from '../../jira/endpoints';
import { fromJira, type AppError } from '../app-error';
import type { AppPorts, Caller } from '../ports';
import { readTicketReviews, writeTicketReviews } from './ticket-reviews';

export interface ReviewResponse {
  readonly issueKey: string;
  readonly reviewId: string;
  readonly comment: string;
}

/**
 * The reviewed agent acknowledges a review or disputes it. Only the review's agent may answer, and
 * only once. A dispute posts an internal Jira comment on the ticket mentioning the reviewer (so Jira
 * notifies them), written as the agent; the review keeps the state, the comment and its Jira id.
 */
export async function respondToReview(
  ports: AppPorts,
  caller: Caller,
  response: ReviewResponse,
  state: 'acknowledged' | 'disputed',
): Promise<Result<QaReview, AppError>> {
  const reviews = await readTicketReviews(ports.jira, response.issueKey);
  if (!reviews.ok) return reviews;
  const review = reviews.value.find((r) => r.id === response.reviewId);
  if (!review)
    return err({
      code: 'QA.REVIEW_NOT_FOUND',
      message: `${response.issueKey} has no review ${response.reviewId}`,
    });
  if (review.agent !== caller.accountId)
    return err({
      code: 'QA.NOT_AGENT',
      message: 'Only the reviewed agent may acknowledge or dispute this review',
    });
  if (review.response.state !== 'pending')
    return err({
      code: 'QA.ALREADY_ANSWERED',
      message: `You already ${review.response.state} this review on ${review.response.at ?? 'an earlier date'}`,
    });

  let jiraCommentId: string | null = null;
  if (state === 'disputed') {
    const posted = await addComment(ports.jira, response.issueKey, {
      body: disputeDocument(review, response.comment),
      // Internal: a QA dispute is between staff and must not reach the customer on the portal.
      properties: [{ key: 'sd.public.comment', value: { internal: true } }],
    });
    if (!posted.ok) return err(fromJira(posted.error, `Posting the dispute on ${response.issueKey}`));
    jiraCommentId = posted.value.id;
  }
  const answered: QaReview = {
    ...review,
    response: { state, comment: response.comment, at: new Date(ports.now()).toISOString(), jiraCommentId },
  };
  const saved = await writeTicketReviews(
    ports.jiraAsApp,
    response.issueKey,
    reviews.value.map((r) => (r.id === review.id ? answered : r)),
  );
  if (!saved.ok) return saved;
  return ok(answered);
}

/** The dispute comment: a mention of the reviewer, what was disputed, and the agent's reason. */
function disputeDocument(review: QaReview, reason: string) {
  const score = review.result.score === null ? 'no score' : `${review.result.score}`;
  return {
    type: 'doc',
    version: 1,
    content: [
      {
        type: 'paragraph',
        content: [
          { type: 'mention', attrs: { id: review.reviewer } },
          {
            type: 'text',
            text: ` QA review ${review.id} (${score}, ${review.result.passed ? 'passed' : 'failed'}) is disputed / 质检结果申诉: `,
          },
          { type: 'text', text: reason },
        ],
      },
    ],
  };
}
