import type { Result } from '../result';
import { editPlan } from './edit-plan';
import type { Improvement, SixM } from './improvement';

/** A new cause on a bone, or under another cause (then on the same bone), with an optional 5-Why chain. */
export interface NewCause {
  readonly id: string;
  readonly category: SixM;
  readonly text: string;
  readonly parentId?: string | null;
  readonly whys?: readonly string[];
}

/** Adds a cause to the fishbone; not yet a root cause (see `markRootCause`). */
export function addCause(
  improvement: Improvement,
  cause: NewCause,
  actor: string,
  nowIso: string,
): Result<Improvement> {
  const added = {
    id: cause.id,
    category: cause.category,
    text: cause.text.trim(),
    parentId: cause.parentId ?? null,
    whys: (cause.whys ?? []).map((why) => why.trim()),
    isRootCause: false,
    verification: null,
  };
  return editPlan(improvement, [...improvement.causes, added], improvement.actions, actor, nowIso);
}
