import type { Result } from '../result';
import { branchIds, findCause } from './cause-tree';
import { editPlan } from './edit-plan';
import type { Cause, Improvement, SixM } from './improvement';

/** Changes to a cause; whatever is left out stays as it is. */
export interface CauseChanges {
  readonly text?: string;
  readonly category?: SixM;
  readonly parentId?: string | null;
  readonly whys?: readonly string[];
}

/**
 * Edits a cause's text, bone, parent or 5-Why chain. A cause moved to another bone or under another
 * parent takes its sub-causes along, all onto the bone it ends up on.
 */
export function editCause(
  improvement: Improvement,
  id: string,
  changes: CauseChanges,
  actor: string,
  nowIso: string,
): Result<Improvement> {
  const found = findCause(improvement, id);
  if (!found.ok) return found;
  const parentId = changes.parentId === undefined ? found.value.parentId : changes.parentId;
  const newParent = improvement.causes.find((c) => c.id === parentId);
  const category = changes.category ?? (parentId !== found.value.parentId ? newParent?.category : undefined);
  const branch = branchIds(improvement.causes, id);
  const causes = improvement.causes.map((cause): Cause => {
    if (cause.id === id)
      return {
        ...cause,
        parentId,
        category: category ?? cause.category,
        text: changes.text === undefined ? cause.text : changes.text.trim(),
        whys: changes.whys === undefined ? cause.whys : changes.whys.map((why) => why.trim()),
      };
    return category !== undefined && branch.has(cause.id) ? { ...cause, category } : cause;
  });
  return editPlan(improvement, causes, improvement.actions, actor, nowIso);
}
