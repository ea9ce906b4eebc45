import type { ImprovementRecord } from '@contract/improvement-schema';
import { isOverdue } from '../project-page/format';
import { STAGES, type Stage } from '../project-page/stages';

/** The gadgets format figures exactly as the project page does. */
export {
  categoryLabel,
  formatDelta,
  formatShare,
  formatValue,
  kpiLabel,
  lastDays,
  todayIn,
  zoneOf,
} from '../project-page/format';

/** How many improvements are in each lifecycle stage, in stage order. */
export const countByStage = (items: readonly ImprovementRecord[]): Array<{ stage: Stage; count: number }> =>
  STAGES.map((stage) => ({ stage, count: items.filter((i) => i.stage === stage).length }));

/** Every overdue action across open improvements, oldest due date first. */
export function overdueList(items: readonly ImprovementRecord[], today: string) {
  return items
    .filter((i) => i.stage !== 'closed')
    .flatMap((i) => i.actions.filter((a) => isOverdue(a, today)).map((a) => ({ key: i.key, action: a })))
    .sort((a, b) => (a.action.dueDate ?? '').localeCompare(b.action.dueDate ?? ''));
}
