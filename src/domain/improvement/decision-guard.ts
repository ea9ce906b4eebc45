import { ok, type Result } from '../result';
import { countingDecisions } from './approval-status';
import type { Improvement } from './improvement';
import { IMPROVEMENT_ERROR, refuse } from './improvement-errors';
import { listOf } from './labels';
import { requireStage } from './lifecycle';

/**
 * Whether `actor` may approve or reject the plan now awaiting approval: only a named approver, never
 * the submitter (segregation of duties), and once per round.
 */
export function guardDecision(
  improvement: Improvement,
  command: 'approve' | 'reject',
  actor: string,
): Result<true> {
  const stage = requireStage(improvement, command);
  if (!stage.ok) return stage;
  const approval = improvement.approval;
  if (!approval.approvers.includes(actor))
    return refuse(
      IMPROVEMENT_ERROR.notAnApprover,
      `Only the approvers named when the plan was submitted (${listOf(approval.approvers)}) can decide on it`,
    );
  if (actor === approval.submittedBy)
    return refuse(
      IMPROVEMENT_ERROR.segregationOfDuties,
      'You submitted this plan, so you cannot decide on it — another approver has to',
    );
  const earlier = countingDecisions(approval).find((d) => d.by === actor);
  if (earlier)
    return refuse(
      IMPROVEMENT_ERROR.alreadyDecided,
      `You already ${earlier.decision === 'approve' ? 'approved' : 'rejected'} this version of the plan`,
    );
  return ok(true);
}
