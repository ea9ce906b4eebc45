import { ok, type DomainError, type Result } from '../result';
import type { ClosureCode, Improvement } from './improvement';
import { IMPROVEMENT_ERROR, refuseAll } from './improvement-errors';
import { advance, requireStage } from './lifecycle';

/** How the improvement ends, the standard it became and what was learned. */
export interface ClosePayload {
  readonly code: ClosureCode;
  readonly standard: string | null;
  readonly learnings: string;
}

/**
 * Closes the improvement. `successful` and `unsuccessful` close a checked improvement (checking →
 * closed) and need a recorded check; `successful` also a verdict of effective or improved and the SOP or
 * KB article the fix became. `withdrawn` ends it from any open stage. Unsuccessful and withdrawn
 * closures need learnings. The code is that of the first problem; the message lists them all.
 */
export function close(
  improvement: Improvement,
  payload: ClosePayload,
  actor: string,
  nowIso: string,
): Result<Improvement> {
  const command = payload.code === 'withdrawn' ? 'withdraw' : 'close';
  const stage = requireStage(improvement, command);
  if (!stage.ok) return stage;
  const standard = (payload.standard ?? '').trim();
  const learnings = payload.learnings.trim();
  const [first, ...rest] = closureProblems(improvement, payload.code, standard, learnings);
  if (first) return refuseAll([first, ...rest]);
  const closure = {
    code: payload.code,
    standard: standard === '' ? null : standard,
    learnings,
    closedBy: actor,
    closedAt: nowIso,
  };
  return ok(advance(improvement, command, 'closed', { closure }));
}

function closureProblems(
  improvement: Improvement,
  code: ClosureCode,
  standard: string,
  learnings: string,
): DomainError[] {
  const problems: DomainError[] = [];
  const check = improvement.check;
  if (code !== 'withdrawn' && check === null)
    problems.push({
      code: IMPROVEMENT_ERROR.noCheck,
      message: 'No effectiveness check is recorded — record the check first',
    });
  if (
    code === 'successful' &&
    check !== null &&
    check.verdict !== 'effective' &&
    check.verdict !== 'improved'
  )
    problems.push({
      code: IMPROVEMENT_ERROR.notEffective,
      message: `The check found the change ${check.verdict.replace('-', ' ')} — close it as unsuccessful or start another cycle`,
    });
  if (code === 'successful' && standard === '')
    problems.push({
      code: IMPROVEMENT_ERROR.noStandard,
      message: 'Link the SOP or knowledge-base article the fix became',
    });
  if (code !== 'successful' && learnings === '')
    problems.push({
      code: IMPROVEMENT_ERROR.needsLearnings,
      message: `Say what was learned before closing it as ${code}`,
    });
  return problems;
}
