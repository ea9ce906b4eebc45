import type { Improvement } from './improvement';
import { appendedChanges, fieldChange, itemChanges, memberChanges, type AuditEntry } from './audit-diff';

/**
 * What changed from `before` to `after`, for the append-only audit trail: the stage, each problem field,
 * evidence tickets added and removed, each cause and action by id (added, removed or member changed),
 * the approval set-up and each new decision, the check, the closure. The version number is not an entry.
 */
export function auditEntries(
  before: Improvement,
  after: Improvement,
  actor: string,
  atIso: string,
): AuditEntry[] {
  const { decisions: oldDecisions, ...oldApproval } = before.approval;
  const { decisions: newDecisions, ...newApproval } = after.approval;
  const changes = [
    ...fieldChange('key', before.key, after.key),
    ...fieldChange('stage', before.stage, after.stage),
    ...memberChanges('problem', before.problem, after.problem),
    ...listChanges('evidence', before.evidence, after.evidence),
    ...itemChanges('causes', before.causes, after.causes),
    ...itemChanges('actions', before.actions, after.actions),
    ...memberChanges('approval', oldApproval, newApproval),
    ...appendedChanges('approval.decisions', oldDecisions, newDecisions),
    ...fieldChange('check', before.check, after.check),
    ...fieldChange('closure', before.closure, after.closure),
    ...fieldChange('previousCycle', before.previousCycle, after.previousCycle),
    ...fieldChange('createdBy', before.createdBy, after.createdBy),
    ...fieldChange('createdAt', before.createdAt, after.createdAt),
  ];
  return changes.map((change) => ({ at: atIso, by: actor, ...change }));
}

/** Values added to and removed from a list of plain values, one entry each. */
function listChanges(field: string, before: readonly string[], after: readonly string[]) {
  return [
    ...before.filter((v) => !after.includes(v)).map((v) => ({ field, before: v, after: null })),
    ...after.filter((v) => !before.includes(v)).map((v) => ({ field, before: null, after: v })),
  ];
}
