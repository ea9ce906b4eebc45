import type { Approval, ApprovalPolicy, Decision } from './improvement';

/** Where the approval of the submitted plan stands. */
export interface ApprovalStatus {
  /** Approvers who may decide: everyone named except the submitter (segregation of duties). */
  readonly eligible: readonly string[];
  readonly approvedBy: readonly string[];
  /** Eligible approvers who have not approved yet. */
  readonly waitingFor: readonly string[];
  readonly required: number;
  readonly complete: boolean;
}

/** Approvers other than the submitter. */
export function eligibleApprovers(approval: Approval): string[] {
  return [...new Set(approval.approvers)].filter((a) => a !== approval.submittedBy);
}

/** How many approvals the policy needs from `eligible` approvers: any → 1, all → every one, N of M → N. */
export function requiredApprovals(policy: ApprovalPolicy, eligible: number): number {
  if (policy.kind === 'any') return 1;
  if (policy.kind === 'all') return eligible;
  return policy.n;
}

/**
 * The decisions that count for the plan as now submitted: made by an eligible approver on the submitted
 * plan hash, at or after its submission and after the last rejection (which ended the previous round).
 * Older decisions stay in `approval.decisions` as history.
 */
export function countingDecisions(approval: Approval): Decision[] {
  const lastReject = approval.decisions.map((d) => d.decision).lastIndexOf('reject');
  const eligible = new Set(eligibleApprovers(approval));
  const since = approval.submittedAt === null ? NaN : Date.parse(approval.submittedAt);
  return approval.decisions
    .slice(lastReject + 1)
    .filter((d) => d.planHash === approval.planHash && eligible.has(d.by) && Date.parse(d.at) >= since);
}

/** Where the approval stands; complete when the policy's count of approvals on the current round is reached. */
export function approvalStatus(approval: Approval): ApprovalStatus {
  const eligible = eligibleApprovers(approval);
  const approvedBy = [
    ...new Set(countingDecisions(approval).flatMap((d) => (d.decision === 'approve' ? [d.by] : []))),
  ];
  const required = requiredApprovals(approval.policy, eligible.length);
  const waitingFor = eligible.filter((a) => !approvedBy.includes(a));
  const complete = approval.planHash !== null && required >= 1 && approvedBy.length >= required;
  return { eligible, approvedBy, waitingFor, required, complete };
}
