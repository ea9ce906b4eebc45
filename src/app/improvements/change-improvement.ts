import { err, type Result } from '../../domain/result';
import { auditEntries, type Improvement } from '../../domain/improvement';
import type { AppError } from '../app-error';
import { appendAudit } from '../audit/audit-log';
import type { AppPorts, Caller } from '../ports';
import { readImprovement, writeImprovement } from './improvement-repository';
import { moveToStage } from './sync-status';

/**
 * The one way an improvement changes: read it, refuse a stale version, apply a domain rule, move the
 * Jira issue to the new stage's status, save the record whole, append the audit trail.
 */
export async function changeImprovement(
  ports: AppPorts,
  caller: Caller,
  key: string,
  expectedVersion: number,
  change: (
    current: Improvement,
    nowIso: string,
  ) => Promise<Result<Improvement, AppError>> | Result<Improvement, AppError>,
): Promise<Result<Improvement, AppError>> {
  const current = await readImprovement(ports.jira, key);
  if (!current.ok) return current;
  if (current.value.version !== expectedVersion) {
    return err({
      code: 'IMPROVEMENT.CONFLICT',
      message: `${key} was changed by someone else (now version ${current.value.version}, you edited version ${expectedVersion}); reload to see their change`,
    });
  }
  const nowIso = new Date(ports.now()).toISOString();
  const next = await change(current.value, nowIso);
  if (!next.ok) return next;
  if (next.value.stage !== current.value.stage) {
    const moved = await moveToStage(ports.jira, key, next.value.stage);
    if (!moved.ok) return moved;
  }
  const saved = await writeImprovement(ports.jira, next.value, expectedVersion);
  if (!saved.ok) return saved;
  await appendAudit(
    ports.store,
    key,
    saved.value.version,
    auditEntries(current.value, saved.value, caller.accountId, nowIso),
  );
  return saved;
}
