import { ok, type Result } from '../result';
import { checkPolicy } from './approval-policy';
import type { Action, Cause, Improvement, Stage } from './improvement';
import { IMPROVEMENT_ERROR, refuse, refuseAll } from './improvement-errors';
import { dayOf } from './labels';
import { advance, requireStage } from './lifecycle';
import { planHash } from './plan-hash';
import { planProblems } from './plan-readiness';
import { actionProblems } from './validate-actions';
import { causeProblems } from './validate-causes';

const SUBMITTED: readonly Stage[] = ['awaitingApproval', 'approved', 'implementing', 'checking'];

/**
 * Replaces the causes and actions (from analysis until checking; never once identified only or closed).
 * Once the plan has been submitted, a change to its content (a new plan hash) is a resubmission by the
 * editor: the plan must still be complete, it goes back to awaiting approval, and earlier decisions no
 * longer count (they stay in history). A change that keeps the hash keeps the stage and the approvals.
 */
export function editPlan(
  improvement: Improvement,
  causes: readonly Cause[],
  actions: readonly Action[],
  actor: string,
  nowIso: string,
): Result<Improvement> {
  const stage = requireStage(improvement, 'editPlan');
  if (!stage.ok) return stage;
  const [first, ...rest] = [...causeProblems(causes), ...actionProblems(actions, causes, improvement)];
  if (first) return refuseAll([first, ...rest]);
  const hash = planHash({ causes, actions });
  if (!SUBMITTED.includes(stage.value) || hash === improvement.approval.planHash)
    return ok(advance(improvement, 'editPlan', stage.value, { causes, actions }));
  const problems = planProblems(causes, actions, dayOf(nowIso));
  if (problems.length > 0)
    return refuse(IMPROVEMENT_ERROR.planIncomplete, [
      'This change would send the plan back for approval, but it is not complete',
      ...problems,
    ]);
  const approval = improvement.approval;
  const policy = checkPolicy(approval.approvers, approval.policy, actor);
  if (!policy.ok) return policy;
  return ok(
    advance(improvement, 'editPlan', 'awaitingApproval', {
      causes,
      actions,
      approval: { ...approval, submittedBy: actor, submittedAt: nowIso, planHash: hash },
    }),
  );
}
