import { err, ok, type Result } from '../../domain/result';
import { scoreReview } from '../../contract/qa-scoring';
import type { QaAnswer, QaReview } from '../../contract/qa-schema';
import type { AppError } from '../app-error';
import type { AppPorts, Caller } from '../ports';
import { readQaConfig } from './qa-config-store';
import { readSampledItem, recordReview } from './qa-aggregates';
import { requireReviewer } from './reviewers';
import { readScorecardVersion } from './scorecard-store';
import { readTicketReviews, writeTicketReviews } from './ticket-reviews';
import { ticketAgent } from './ticket-summary';

export interface ReviewSubmission {
  readonly issueKey: string;
  readonly scorecardId: string;
  readonly scorecardVersion: number;
  readonly answers: readonly QaAnswer[];
  readonly comment: string;
}

/**
 * Scores a ticket against a published scorecard version and stores the review on the ticket (the
 * `ql.qaReview` property, beside any other reviewer's) and in the per-day QA aggregate. A reviewer
 * reviews a ticket once and never their own ticket; the review records whether the ticket was in the
 * random sample, the targeted sample or neither, which decides whether it counts toward QA compliance.
 */
export async function submitReview(
  ports: AppPorts,
  caller: Caller,
  submission: ReviewSubmission,
): Promise<Result<QaReview, AppError>> {
  const config = await readQaConfig(ports.store);
  if (!config.ok) return config;
  const ticket = await ticketAgent(ports, submission.issueKey);
  if (!ticket.ok) return ticket;
  const allowed = await requireReviewer(ports, caller, ticket.value.projectKey, config.value);
  if (!allowed.ok) return allowed;
  if (ticket.value.agent?.accountId === caller.accountId)
    return err({
      code: 'QA.SELF_REVIEW',
      message: `You are the agent of ${submission.issueKey}; another reviewer must score it`,
    });

  const version = await readScorecardVersion(
    ports.store,
    submission.scorecardId,
    submission.scorecardVersion,
  );
  if (!version.ok) return version;
  const scored = scoreReview(version.value, submission.answers);
  if (!scored.ok) return scored;

  const sample = await readSampledItem(ports.store, ticket.value.projectKey, submission.issueKey);
  const scoredReview: Omit<QaReview, 'id'> = {
    issueKey: submission.issueKey,
    projectKey: ticket.value.projectKey,
    scorecardId: submission.scorecardId,
    scorecardVersion: submission.scorecardVersion,
    reviewer: caller.accountId,
    agent: ticket.value.agent?.accountId ?? null,
    reviewedAt: new Date(ports.now()).toISOString(),
    sampleKind: sample?.kind ?? 'adHoc',
    sampleId: sample?.sampleId ?? null,
    answers: submission.answers.map((a) => ({ criterionId: a.criterionId, value: a.value, note: a.note })),
    comment: submission.comment,
    result: {
      score: scored.value.score,
      passMark: scored.value.passMark,
      passed: scored.value.passed,
      criticalFailed: [...scored.value.criticalFailed],
      failedCriteria: scored.value.failedCriteria.map((c) => ({ id: c.id, name: c.name })),
    },
    response: { state: 'pending', comment: '', at: null, jiraCommentId: null },
  };

  // The property holds every reviewer's review: read, add, write, then read back. Another reviewer
  // saving between our read and write would drop ours, so a missing review is merged in again.
  for (let attempt = 0; attempt < 3; attempt++) {
    const existing = await readTicketReviews(ports.jira, submission.issueKey);
    if (!existing.ok) return existing;
    const mine = existing.value.find((r) => r.reviewer === caller.accountId);
    if (mine && attempt === 0)
      return err({
        code: 'QA.ALREADY_REVIEWED',
        message: `You already reviewed ${submission.issueKey}; a second review must come from another reviewer (calibration)`,
      });
    if (mine) {
      await recordReview(ports.store, existing.value, mine);
      return ok(mine);
    }
    const review: QaReview = { id: `${submission.issueKey}-r${existing.value.length + 1}`, ...scoredReview };
    // The ticket's property is the record; the aggregates follow it.
    const saved = await writeTicketReviews(ports.jiraAsApp, submission.issueKey, [...existing.value, review]);
    if (!saved.ok) return saved;
    const check = await readTicketReviews(ports.jira, submission.issueKey);
    if (!check.ok) return check;
    if (check.value.some((r) => r.reviewer === caller.accountId && r.id === review.id)) {
      await recordReview(ports.store, check.value, review);
      return ok(review);
    }
  }
  return err({
    code: 'QA.CONFLICT',
    message: `Other reviewers kept saving reviews of ${submission.issueKey} at the same time; submit again`,
  });
}
