import { ok, type Result } from '../result';
import type { EffectivenessCheck, Improvement } from './improvement';
import { IMPROVEMENT_ERROR, refuse } from './improvement-errors';
import { advance, requireStage } from './lifecycle';

/** The outcome of the significance test; who checked and when come from the command. */
export type CheckPayload = Omit<EffectivenessCheck, 'checkedBy' | 'checkedAt'>;

/**
 * Records the effectiveness check while checking; a later check replaces it (the audit trail keeps the
 * earlier one). Refuses figures no test could produce (`IMPROVEMENT.INVALID_CHECK`).
 */
export function recordCheck(
  improvement: Improvement,
  payload: CheckPayload,
  actor: string,
  nowIso: string,
): Result<Improvement> {
  const stage = requireStage(improvement, 'recordCheck');
  if (!stage.ok) return stage;
  const problems = checkProblems(payload);
  if (problems.length > 0) return refuse(IMPROVEMENT_ERROR.invalidCheck, problems);
  const check: EffectivenessCheck = { ...payload, checkedBy: actor, checkedAt: nowIso };
  return ok(advance(improvement, 'recordCheck', 'checking', { check }));
}

function checkProblems(check: CheckPayload): string[] {
  const problems: string[] = [];
  if (!(check.alpha > 0 && check.alpha < 1))
    problems.push(`Significance level ${check.alpha} must be between 0 and 1`);
  if (check.pValue !== null && !(check.pValue >= 0 && check.pValue <= 1))
    problems.push(`p-value ${check.pValue} must be between 0 and 1`);
  const n = check.after.observations;
  if (!Number.isInteger(n) || n < 0) problems.push(`${n} is not a number of observations`);
  if (check.after.from > check.after.to)
    problems.push(`The measurement window ends (${check.after.to}) before it starts (${check.after.from})`);
  return problems;
}
