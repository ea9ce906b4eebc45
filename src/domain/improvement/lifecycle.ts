import { ok, type Result } from '../result';
import type { Improvement, Stage } from './improvement';
import { IMPROVEMENT_ERROR, refuse } from './improvement-errors';
import { listOf, STAGE_LABEL } from './labels';

const PLAN_EDITABLE = [
  'analysing',
  'planning',
  'awaitingApproval',
  'approved',
  'implementing',
  'checking',
] as const;
const OPEN = ['identified', ...PLAN_EDITABLE] as const;

/**
 * The lifecycle in one table: for each command, the stages it may start from and the stages it may lead
 * to. Editing the plan keeps the stage, except that a changed plan after submission goes back to approval.
 */
export const LIFECYCLE = {
  startAnalysis: { from: ['identified'], to: ['analysing'], verb: 'start the analysis' },
  startPlanning: { from: ['analysing'], to: ['planning'], verb: 'start planning' },
  editPlan: { from: PLAN_EDITABLE, to: PLAN_EDITABLE, verb: 'change the causes or actions' },
  submit: { from: ['planning'], to: ['awaitingApproval'], verb: 'submit the plan' },
  approve: { from: ['awaitingApproval'], to: ['awaitingApproval', 'approved'], verb: 'approve the plan' },
  reject: { from: ['awaitingApproval'], to: ['planning'], verb: 'reject the plan' },
  startImplementation: { from: ['approved'], to: ['implementing'], verb: 'start implementation' },
  startChecking: { from: ['implementing'], to: ['checking'], verb: 'start checking the effect' },
  recordCheck: { from: ['checking'], to: ['checking'], verb: 'record the effectiveness check' },
  close: { from: ['checking'], to: ['closed'], verb: 'close the improvement' },
  withdraw: { from: OPEN, to: ['closed'], verb: 'withdraw the improvement' },
} as const satisfies Record<string, { from: readonly Stage[]; to: readonly Stage[]; verb: string }>;

/** A command the lifecycle table knows (closing splits into `close` and `withdraw`). */
export type LifecycleCommand = keyof typeof LIFECYCLE;
/** The stages a command may start from. */
export type FromStage<C extends LifecycleCommand> = (typeof LIFECYCLE)[C]['from'][number];
/** The stages a command may lead to. */
export type ToStage<C extends LifecycleCommand> = (typeof LIFECYCLE)[C]['to'][number];

/** The improvement's stage if `command` may start from it, else `IMPROVEMENT.WRONG_STAGE`. */
export function requireStage<C extends LifecycleCommand>(
  improvement: Improvement,
  command: C,
): Result<FromStage<C>> {
  const from: readonly FromStage<C>[] = LIFECYCLE[command].from;
  const stage = improvement.stage;
  if (isOneOf(from, stage)) return ok(stage);
  const allowed = listOf(from.map((s) => STAGE_LABEL[s]));
  return refuse(
    IMPROVEMENT_ERROR.wrongStage,
    `Cannot ${LIFECYCLE[command].verb}: ${improvement.key} is ${STAGE_LABEL[stage]}; ` +
      `this is possible only while it is ${allowed}`,
  );
}

function isOneOf<S extends Stage>(stages: readonly S[], stage: Stage): stage is S {
  const wide: readonly Stage[] = stages;
  return wide.includes(stage);
}

/** The next version after `command`: the changes applied, the stage set (only to one the table allows). */
export function advance<C extends LifecycleCommand>(
  improvement: Improvement,
  _command: C,
  to: ToStage<C>,
  changes: Partial<Omit<Improvement, 'key' | 'version' | 'stage'>> = {},
): Improvement {
  return { ...improvement, ...changes, stage: to, version: improvement.version + 1 };
}

/** A command of the loop: the improvement, the command's payload, who acts and when → the next version or why not. */
export type ImprovementCommand<P> = (
  improvement: Improvement,
  payload: P,
  actor: string,
  nowIso: string,
) => Result<Improvement>;

/** The payload of commands that need none. */
export type NoPayload = Readonly<Record<string, never>>;
