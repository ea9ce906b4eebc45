import { approve, type ApprovePayload } from './approve';
import { close, type ClosePayload } from './close';
import type { ImprovementCommand, NoPayload } from './lifecycle';
import { recordCheck, type CheckPayload } from './record-check';
import { reject, type RejectPayload } from './reject';
import { startAnalysis } from './start-analysis';
import { startChecking } from './start-checking';
import { startImplementation } from './start-implementation';
import { startPlanning } from './start-planning';
import { submit, type SubmitPayload } from './submit-plan';

/** Every lifecycle command by name, all with the same shape, for callers that dispatch on a name. */
export const IMPROVEMENT_COMMANDS = {
  startAnalysis: startAnalysis satisfies ImprovementCommand<NoPayload>,
  startPlanning: startPlanning satisfies ImprovementCommand<NoPayload>,
  submit: submit satisfies ImprovementCommand<SubmitPayload>,
  approve: approve satisfies ImprovementCommand<ApprovePayload>,
  reject: reject satisfies ImprovementCommand<RejectPayload>,
  startImplementation: startImplementation satisfies ImprovementCommand<NoPayload>,
  startChecking: startChecking satisfies ImprovementCommand<NoPayload>,
  recordCheck: recordCheck satisfies ImprovementCommand<CheckPayload>,
  close: close satisfies ImprovementCommand<ClosePayload>,
} as const;

/** The name of a lifecycle command. */
export type ImprovementCommandName = keyof typeof IMPROVEMENT_COMMANDS;

/** The payload a lifecycle command takes. */
export type ImprovementCommandPayload<N extends ImprovementCommandName> = Parameters<
  (typeof IMPROVEMENT_COMMANDS)[N]
>[1];
