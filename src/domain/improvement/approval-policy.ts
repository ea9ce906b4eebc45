import { ok, type Result } from '../result';
import type { ApprovalPolicy } from './improvement';
import { IMPROVEMENT_ERROR, refuse } from './improvement-errors';

/** Refuses an approval set-up that could never approve a plan submitted by `submitter`. */
export function checkPolicy(
  approvers: readonly string[],
  policy: ApprovalPolicy,
  submitter: string,
): Result<true> {
  const eligible = new Set(approvers.filter((a) => a.trim() !== '' && a !== submitter)).size;
  if (eligible === 0)
    return refuse(
      IMPROVEMENT_ERROR.noApprovers,
      'No approver other than the submitter — name at least one approver who did not submit the plan',
    );
  if (policy.kind !== 'nOfM') return ok(true);
  if (!Number.isInteger(policy.n) || policy.n < 1)
    return refuse(
      IMPROVEMENT_ERROR.policyUnsatisfiable,
      `"${policy.n} of M" is not a number of approvals — use 1 or more`,
    );
  if (policy.n > eligible)
    return refuse(
      IMPROVEMENT_ERROR.policyUnsatisfiable,
      `The policy needs ${policy.n} approvals but only ${eligible} approver${eligible === 1 ? '' : 's'} ` +
        'other than the submitter can decide — lower N or add approvers',
    );
  return ok(true);
}
