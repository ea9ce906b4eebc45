import { err, type DomainError, type Result } from '../result';

/** Stable codes of every refusal of the improvement rules: the UI and the API key on these, never on messages. */
export const IMPROVEMENT_ERROR = {
  wrongStage: 'IMPROVEMENT.WRONG_STAGE',
  planIncomplete: 'IMPROVEMENT.PLAN_INCOMPLETE',
  noApprovers: 'IMPROVEMENT.NO_APPROVERS',
  policyUnsatisfiable: 'IMPROVEMENT.POLICY_UNSATISFIABLE',
  notAnApprover: 'IMPROVEMENT.NOT_AN_APPROVER',
  segregationOfDuties: 'IMPROVEMENT.SEGREGATION_OF_DUTIES',
  alreadyDecided: 'IMPROVEMENT.ALREADY_DECIDED',
  rejectionNeedsComment: 'IMPROVEMENT.REJECTION_NEEDS_COMMENT',
  notApproved: 'IMPROVEMENT.NOT_APPROVED',
  planChanged: 'IMPROVEMENT.PLAN_CHANGED',
  actionsNotDone: 'IMPROVEMENT.ACTIONS_NOT_DONE',
  invalidCheck: 'IMPROVEMENT.INVALID_CHECK',
  noCheck: 'IMPROVEMENT.NO_CHECK',
  notEffective: 'IMPROVEMENT.NOT_EFFECTIVE',
  noStandard: 'IMPROVEMENT.NO_STANDARD',
  needsLearnings: 'IMPROVEMENT.NEEDS_LEARNINGS',
  causeUnknown: 'CAUSE.UNKNOWN',
  causeDuplicateId: 'CAUSE.DUPLICATE_ID',
  causeUnknownParent: 'CAUSE.UNKNOWN_PARENT',
  causeCycle: 'CAUSE.CYCLE',
  causeCategoryMismatch: 'CAUSE.CATEGORY_MISMATCH',
  causeEmptyText: 'CAUSE.EMPTY_TEXT',
  causeTooManyWhys: 'CAUSE.TOO_MANY_WHYS',
  causeEmptyWhy: 'CAUSE.EMPTY_WHY',
  causeNotVerified: 'CAUSE.NOT_VERIFIED',
  causeAddressedByAction: 'CAUSE.ADDRESSED_BY_ACTION',
  actionUnknown: 'ACTION.UNKNOWN',
  actionDuplicateId: 'ACTION.DUPLICATE_ID',
  actionUnknownRootCause: 'ACTION.UNKNOWN_ROOT_CAUSE',
  actionDoneOutsideImplementation: 'ACTION.DONE_OUTSIDE_IMPLEMENTATION',
} as const;
/** One of the stable refusal codes. */
export type ImprovementErrorCode = (typeof IMPROVEMENT_ERROR)[keyof typeof IMPROVEMENT_ERROR];

/** A refusal with one code; several problems of that kind are listed in one message. */
export function refuse(code: ImprovementErrorCode, problems: string | readonly string[]): Result<never> {
  return err({ code, message: typeof problems === 'string' ? problems : problems.join('; ') });
}

/** A refusal for several problems: the code of the first, the messages of all (so one attempt shows everything). */
export function refuseAll(problems: readonly [DomainError, ...DomainError[]]): Result<never> {
  return err({ code: problems[0].code, message: problems.map((p) => p.message).join('; ') });
}
