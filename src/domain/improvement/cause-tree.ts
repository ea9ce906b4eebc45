import { ok, type Result } from '../result';
import type { Cause, Improvement } from './improvement';
import { IMPROVEMENT_ERROR, refuse } from './improvement-errors';

/** The cause with this id, or `CAUSE.UNKNOWN`. */
export function findCause(improvement: Improvement, id: string): Result<Cause> {
  const cause = improvement.causes.find((c) => c.id === id);
  if (cause) return ok(cause);
  return refuse(
    IMPROVEMENT_ERROR.causeUnknown,
    `${improvement.key} has no cause ${id} — it may have been removed`,
  );
}

/** The ids of a cause and every cause under it, at any depth (safe on cyclic data). */
export function branchIds(causes: readonly Cause[], id: string): Set<string> {
  const branch = new Set([id]);
  for (let grew = true; grew;) {
    grew = false;
    for (const cause of causes) {
      if (cause.parentId !== null && branch.has(cause.parentId) && !branch.has(cause.id)) {
        branch.add(cause.id);
        grew = true;
      }
    }
  }
  return branch;
}
