import { ok, type Result } from '../result';
import { approvalStatus } from './approval-status';
import { guardDecision } from './decision-guard';
import type { Improvement } from './improvement';
import { advance } from './lifecycle';

/** An approval, with an optional comment. */
export interface ApprovePayload {
  readonly comment?: string;
}

/**
 * Records an approval of the submitted plan hash; the plan becomes approved once the policy (any, all,
 * N of M) is met by approvals on the current round, and otherwise stays awaiting approval.
 */
export function approve(
  improvement: Improvement,
  payload: ApprovePayload,
  actor: string,
  nowIso: string,
): Result<Improvement> {
  const allowed = guardDecision(improvement, 'approve', actor);
  if (!allowed.ok) return allowed;
  const decision = {
    by: actor,
    at: nowIso,
    decision: 'approve' as const,
    comment: (payload.comment ?? '').trim(),
    planHash: improvement.approval.planHash ?? '',
  };
  const approval = { ...improvement.approval, decisions: [...improvement.approval.decisions, decision] };
  const stage = approvalStatus(approval).complete ? 'approved' : 'awaitingApproval';
  return ok(advance(improvement, 'approve', stage, { approval }));
}
