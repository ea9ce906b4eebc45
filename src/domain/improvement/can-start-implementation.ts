import { ok, type Result } from '../result';
import { approvalStatus } from './approval-status';
import type { Improvement } from './improvement';
import { IMPROVEMENT_ERROR, refuse } from './improvement-errors';
import { listOf, STAGE_LABEL } from './labels';
import { planHash } from './plan-hash';

/**
 * Whether implementation may start: the improvement is approved, its plan is still the one approved
 * (hash recomputed now), and enough approvals on that hash meet the policy. Also the rule the Jira
 * workflow validator enforces on the transition.
 */
export function canStartImplementation(improvement: Improvement): Result<true> {
  if (improvement.stage !== 'approved')
    return refuse(
      IMPROVEMENT_ERROR.notApproved,
      `${improvement.key} is ${STAGE_LABEL[improvement.stage]}, not approved — implementation starts once the plan is approved`,
    );
  if (improvement.approval.planHash !== planHash(improvement))
    return refuse(
      IMPROVEMENT_ERROR.planChanged,
      'The plan changed after it was approved — it has to be approved again before implementation starts',
    );
  const status = approvalStatus(improvement.approval);
  if (!status.complete)
    return refuse(
      IMPROVEMENT_ERROR.notApproved,
      `The current plan has ${status.approvedBy.length} of the ${status.required} approvals it needs` +
        (status.waitingFor.length > 0 ? `; waiting for ${listOf(status.waitingFor)}` : ''),
    );
  return ok(true);
}
