import { ok, type Result } from '../result';
import type { Approval, Cause, Improvement } from './improvement';
import { IMPROVEMENT_ERROR, refuse } from './improvement-errors';

/** An approval nobody has been asked for yet. */
export const NO_APPROVAL: Approval = {
  approvers: [],
  policy: { kind: 'any' },
  submittedBy: null,
  submittedAt: null,
  planHash: null,
  decisions: [],
};

/**
 * "Start another cycle": a new identified improvement on the same problem, continuing a closed one.
 * The problem is cloned, its baseline being the KPI as last checked (when checked); the learnings are
 * appended to the statement; the root causes left unresolved are carried over (with their evidence,
 * 5-Why chains, as causes on the bone itself); the evidence tickets too. No actions, no approval.
 */
export function nextCycle(
  closed: Improvement,
  newKey: string,
  actor: string,
  nowIso: string,
): Result<Improvement> {
  if (closed.stage !== 'closed' || closed.closure === null)
    return refuse(
      IMPROVEMENT_ERROR.wrongStage,
      `${closed.key} is not closed yet — close it before starting another cycle`,
    );
  const { code, learnings } = closed.closure;
  const statement =
    learnings === ''
      ? closed.problem.statement
      : `${closed.problem.statement}\n\nLearnings from ${closed.key} (${code}): ${learnings}`;
  return ok({
    key: newKey,
    version: 1,
    stage: 'identified',
    problem: { ...closed.problem, statement, baseline: closed.check?.after ?? closed.problem.baseline },
    evidence: closed.evidence,
    causes: unresolvedRootCauses(closed).map((cause) => ({ ...cause, parentId: null })),
    actions: [],
    approval: NO_APPROVAL,
    check: null,
    closure: null,
    previousCycle: closed.key,
    createdBy: actor,
    createdAt: nowIso,
  });
}

/**
 * Root causes the closed cycle did not resolve: after a successful closure, those no done action
 * addressed; otherwise all of them, as the fix was not shown to work.
 */
export function unresolvedRootCauses(closed: Improvement): Cause[] {
  const rootCauses = closed.causes.filter((c) => c.isRootCause);
  if (closed.closure?.code !== 'successful') return rootCauses;
  const resolved = new Set(closed.actions.filter((a) => a.done).map((a) => a.rootCauseId));
  return rootCauses.filter((c) => !resolved.has(c.id));
}
