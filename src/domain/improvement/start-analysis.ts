import { ok, type Result } from '../result';
import type { Improvement } from './improvement';
import { advance, requireStage, type NoPayload } from './lifecycle';

/** identified → analysing: the team starts looking for causes. */
export function startAnalysis(
  improvement: Improvement,
  _payload: NoPayload,
  _actor: string,
  _nowIso: string,
): Result<Improvement> {
  const stage = requireStage(improvement, 'startAnalysis');
  if (!stage.ok) return stage;
  return ok(advance(improvement, 'startAnalysis', 'analysing'));
}
