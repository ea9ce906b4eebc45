import { ok, type Result } from '../result';
import type { Improvement } from './improvement';
import { advance, requireStage, type NoPayload } from './lifecycle';

/** analysing → planning: the team plans actions against the causes found (root causes may still be added). */
export function startPlanning(
  improvement: Improvement,
  _payload: NoPayload,
  _actor: string,
  _nowIso: string,
): Result<Improvement> {
  const stage = requireStage(improvement, 'startPlanning');
  if (!stage.ok) return stage;
  return ok(advance(improvement, 'startPlanning', 'planning'));
}
