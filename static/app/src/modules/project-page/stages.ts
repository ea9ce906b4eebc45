import type { ThemeAppearance } from '@atlaskit/lozenge';
import { stageSchema, type ImprovementRecord } from '@contract/improvement-schema';
import { isOverdue } from './format';

/** The lifecycle stages in order, Identified … Closed. */
export type Stage = ImprovementRecord['stage'];
export const STAGES: readonly Stage[] = stageSchema.options;

/** The lozenge colour of each stage: new (grey), in progress (blue), waiting (yellow), done (green). */
export const STAGE_APPEARANCE: Readonly<Record<Stage, ThemeAppearance>> = {
  identified: 'default',
  analysing: 'inprogress',
  planning: 'inprogress',
  awaitingApproval: 'moved',
  approved: 'new',
  implementing: 'inprogress',
  checking: 'moved',
  closed: 'success',
};

/** The actions of an improvement whose due date has passed without being done. */
export const overdueActions = (improvement: ImprovementRecord, today: string) =>
  improvement.actions.filter((a) => isOverdue(a, today));
