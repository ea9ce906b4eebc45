/** The improvement loop's rules: one import for the app layer. */
export * from './improvement';
export { IMPROVEMENT_ERROR, type ImprovementErrorCode } from './improvement-errors';
export { LIFECYCLE, type LifecycleCommand, type ImprovementCommand, type NoPayload } from './lifecycle';
export {
  IMPROVEMENT_COMMANDS,
  type ImprovementCommandName,
  type ImprovementCommandPayload,
} from './commands';
export { startAnalysis } from './start-analysis';
export { startPlanning } from './start-planning';
export { submit, type SubmitPayload } from './submit-plan';
export { approve, type ApprovePayload } from './approve';
export { reject, type RejectPayload } from './reject';
export { canStartImplementation } from './can-start-implementation';
export { startImplementation } from './start-implementation';
export { startChecking } from './start-checking';
export { recordCheck, type CheckPayload } from './record-check';
export { close, type ClosePayload } from './close';
export { nextCycle, unresolvedRootCauses, NO_APPROVAL } from './next-cycle';
export { editPlan } from './edit-plan';
export { addCause, type NewCause } from './add-cause';
export { editCause, type CauseChanges } from './edit-cause';
export { removeCause } from './remove-cause';
export { markRootCause, unmarkRootCause, type RootCauseEvidence } from './mark-root-cause';
export { addAction, editAction, removeAction, type ActionChanges } from './action-edits';
export { setActionDone, linkSubtask } from './action-progress';
export { smartCheck, type SmartElement, type SmartHint } from './smart-check';
export { planProblems } from './plan-readiness';
export { planHash, planContent, type Plan } from './plan-hash';
export { approvalStatus, countingDecisions, eligibleApprovers, type ApprovalStatus } from './approval-status';
export { MAX_WHYS, VERIFICATION_METHODS } from './validate-causes';
export { auditEntries } from './audit-entries';
export type { AuditEntry } from './audit-diff';
