import { ok, type Result } from '../result';
import { checkPolicy } from './approval-policy';
import type { ApprovalPolicy, Improvement } from './improvement';
import { IMPROVEMENT_ERROR, refuse } from './improvement-errors';
import { dayOf } from './labels';
import { advance, requireStage } from './lifecycle';
import { planHash } from './plan-hash';
import { planProblems } from './plan-readiness';

/** Who decides on the plan and how, resolved (from users, a group or a role) by the caller. */
export interface SubmitPayload {
  readonly approvers: readonly string[];
  readonly policy: ApprovalPolicy;
  /** The submitter's calendar date (YYYY-MM-DD) for due-date checks; defaults to the date of `nowIso`. */
  readonly today?: string;
}

/**
 * planning → awaitingApproval. Needs a complete plan: at least one action, every action SMART and
 * addressing a cause marked root cause, at least one root cause, every root cause verified
 * (`IMPROVEMENT.PLAN_INCOMPLETE`, listing everything missing); and an approval policy that approvers
 * other than the submitter can satisfy. The approval binds to the plan hash as submitted.
 */
export function submit(
  improvement: Improvement,
  payload: SubmitPayload,
  actor: string,
  nowIso: string,
): Result<Improvement> {
  const stage = requireStage(improvement, 'submit');
  if (!stage.ok) return stage;
  const problems = planProblems(improvement.causes, improvement.actions, payload.today ?? dayOf(nowIso));
  if (problems.length > 0) return refuse(IMPROVEMENT_ERROR.planIncomplete, problems);
  const approvers = [...new Set(payload.approvers.map((a) => a.trim()).filter((a) => a !== ''))];
  const policy = checkPolicy(approvers, payload.policy, actor);
  if (!policy.ok) return policy;
  const approval = {
    ...improvement.approval,
    approvers,
    policy: payload.policy,
    submittedBy: actor,
    submittedAt: nowIso,
    planHash: planHash(improvement),
  };
  return ok(advance(improvement, 'submit', 'awaitingApproval', { approval }));
}
