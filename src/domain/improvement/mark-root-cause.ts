import type { Result } from '../result';
import { findCause } from './cause-tree';
import { editPlan } from './edit-plan';
import type { Improvement, VerificationMethod } from './improvement';

/** The evidence that makes a cause a root cause. */
export interface RootCauseEvidence {
  readonly method: VerificationMethod;
  readonly note: string;
  /** JQL finding the tickets that show it; empty or absent for none. */
  readonly jql?: string | null;
}

/** Marks a cause as a root cause, verified by `actor` now; refused (`CAUSE.NOT_VERIFIED`) without a note. */
export function markRootCause(
  improvement: Improvement,
  id: string,
  evidence: RootCauseEvidence,
  actor: string,
  nowIso: string,
): Result<Improvement> {
  const found = findCause(improvement, id);
  if (!found.ok) return found;
  const jql = (evidence.jql ?? '').trim();
  const verification = {
    method: evidence.method,
    note: evidence.note.trim(),
    jql: jql === '' ? null : jql,
    verifiedBy: actor,
    verifiedAt: nowIso,
  };
  const causes = improvement.causes.map((c) => (c.id === id ? { ...c, isRootCause: true, verification } : c));
  return editPlan(improvement, causes, improvement.actions, actor, nowIso);
}

/** Takes the root-cause mark (and its evidence) off a cause; actions addressing it then block submission. */
export function unmarkRootCause(
  improvement: Improvement,
  id: string,
  actor: string,
  nowIso: string,
): Result<Improvement> {
  const found = findCause(improvement, id);
  if (!found.ok) return found;
  const causes = improvement.causes.map((c) =>
    c.id === id ? { ...c, isRootCause: false, verification: null } : c,
  );
  return editPlan(improvement, causes, improvement.actions, actor, nowIso);
}
