import { ok, type Result } from '../result';
import type { Improvement } from './improvement';
import { IMPROVEMENT_ERROR, refuse } from './improvement-errors';
import { actionLabel, listOf } from './labels';
import { advance, requireStage, type NoPayload } from './lifecycle';

/** implementing → checking, once every action is done (`IMPROVEMENT.ACTIONS_NOT_DONE` lists the rest). */
export function startChecking(
  improvement: Improvement,
  _payload: NoPayload,
  _actor: string,
  _nowIso: string,
): Result<Improvement> {
  const stage = requireStage(improvement, 'startChecking');
  if (!stage.ok) return stage;
  const open = improvement.actions.filter((a) => !a.done);
  if (open.length > 0)
    return refuse(
      IMPROVEMENT_ERROR.actionsNotDone,
      `Not done yet: ${listOf(open.map(actionLabel))} — finish ${open.length === 1 ? 'it' : 'them'} ` +
        '(or change the plan) before checking the effect',
    );
  return ok(advance(improvement, 'startChecking', 'checking'));
}
