import type { DomainError } from '../result';
import type { Action, Cause, Improvement } from './improvement';
import { IMPROVEMENT_ERROR } from './improvement-errors';
import { actionLabel, causeLabel } from './labels';

/**
 * What is wrong with a new set of actions for `before`: duplicate ids, an action addressing a cause that
 * does not exist (or that this change removes), or progress (`done`) changed outside implementation.
 * Drafts may still be incomplete; whether they are SMART is decided on submission.
 */
export function actionProblems(
  actions: readonly Action[],
  causes: readonly Cause[],
  before: Improvement,
): DomainError[] {
  const problems: DomainError[] = [];
  const report = (code: string, message: string): void => void problems.push({ code, message });
  const ids = new Set<string>();
  const causeIds = new Set(causes.map((c) => c.id));
  const previous = new Map(before.actions.map((a) => [a.id, a]));
  for (const action of actions) {
    if (ids.has(action.id))
      report(IMPROVEMENT_ERROR.actionDuplicateId, `Two actions have the id ${action.id}`);
    ids.add(action.id);
    const id = action.rootCauseId;
    if (id !== null && !causeIds.has(id)) {
      const removed = before.causes.find((c) => c.id === id);
      if (removed)
        report(
          IMPROVEMENT_ERROR.causeAddressedByAction,
          `Cause ${causeLabel(removed)} cannot be removed: ${actionLabel(action)} addresses it — ` +
            'point the action at another root cause or remove the action first',
        );
      else
        report(
          IMPROVEMENT_ERROR.actionUnknownRootCause,
          `${actionLabel(action)} addresses cause ${id}, which does not exist`,
        );
    }
    const wasDone = previous.get(action.id)?.done ?? false;
    if (action.done !== wasDone && before.stage !== 'implementing')
      report(
        IMPROVEMENT_ERROR.actionDoneOutsideImplementation,
        `${actionLabel(action)} can be marked ${action.done ? 'done' : 'not done'} only while the improvement is being implemented`,
      );
  }
  return problems;
}
