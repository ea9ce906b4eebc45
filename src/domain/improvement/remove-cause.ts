import type { Result } from '../result';
import { branchIds, findCause } from './cause-tree';
import { editPlan } from './edit-plan';
import type { Improvement } from './improvement';

/**
 * Removes a cause with every sub-cause under it; refused (`CAUSE.ADDRESSED_BY_ACTION`) while an
 * action addresses any of them.
 */
export function removeCause(
  improvement: Improvement,
  id: string,
  actor: string,
  nowIso: string,
): Result<Improvement> {
  const found = findCause(improvement, id);
  if (!found.ok) return found;
  const branch = branchIds(improvement.causes, id);
  const causes = improvement.causes.filter((cause) => !branch.has(cause.id));
  return editPlan(improvement, causes, improvement.actions, actor, nowIso);
}
