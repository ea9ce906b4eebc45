import { ok, type Result } from '../result';
import { canStartImplementation } from './can-start-implementation';
import type { Improvement } from './improvement';
import { advance, requireStage, type NoPayload } from './lifecycle';

/** approved → implementing, only while the approval is complete for the current plan (`canStartImplementation`). */
export function startImplementation(
  improvement: Improvement,
  _payload: NoPayload,
  _actor: string,
  _nowIso: string,
): Result<Improvement> {
  const stage = requireStage(improvement, 'startImplementation');
  if (!stage.ok) return stage;
  const allowed = canStartImplementation(improvement);
  if (!allowed.ok) return allowed;
  return ok(advance(improvement, 'startImplementation', 'implementing'));
}
