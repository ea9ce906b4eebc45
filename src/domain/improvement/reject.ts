import { ok, type Result } from '../result';
import { guardDecision } from './decision-guard';
import type { Improvement } from './improvement';
import { IMPROVEMENT_ERROR, refuse } from './improvement-errors';
import { advance } from './lifecycle';

/** A rejection must say why. */
export interface RejectPayload {
  readonly comment: string;
}

/**
 * Rejects the submitted plan: one rejection by any eligible approver is enough, whatever the policy. The
 * plan returns to planning; the decision stays in history and ends the round of approvals.
 */
export function reject(
  improvement: Improvement,
  payload: RejectPayload,
  actor: string,
  nowIso: string,
): Result<Improvement> {
  const allowed = guardDecision(improvement, 'reject', actor);
  if (!allowed.ok) return allowed;
  const comment = payload.comment.trim();
  if (comment === '')
    return refuse(
      IMPROVEMENT_ERROR.rejectionNeedsComment,
      'Say why the plan is rejected, so that the team knows what to change',
    );
  const decision = {
    by: actor,
    at: nowIso,
    decision: 'reject' as const,
    comment,
    planHash: improvement.approval.planHash ?? '',
  };
  const approval = { ...improvement.approval, decisions: [...improvement.approval.decisions, decision] };
  return ok(advance(improvement, 'reject', 'planning', { approval }));
}
