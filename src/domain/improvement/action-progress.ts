import type { Result } from '../result';
import { changeAction } from './action-edits';
import type { Improvement } from './improvement';

/** Marks an action done or not done; only while implementing (`ACTION.DONE_OUTSIDE_IMPLEMENTATION`). */
export function setActionDone(
  improvement: Improvement,
  id: string,
  done: boolean,
  actor: string,
  nowIso: string,
): Result<Improvement> {
  return changeAction(improvement, id, (action) => ({ ...action, done }), actor, nowIso);
}

/** Records the Jira sub-task that carries out an action (null to unlink); not part of the approved plan. */
export function linkSubtask(
  improvement: Improvement,
  id: string,
  subtaskKey: string | null,
  actor: string,
  nowIso: string,
): Result<Improvement> {
  return changeAction(improvement, id, (action) => ({ ...action, subtaskKey }), actor, nowIso);
}
