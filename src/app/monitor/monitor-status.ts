import { err, ok, type Result } from '../../domain/result';
import type { ProjectMonitor } from '../../contract/monitor-schema';
import type { AppError } from '../app-error';
import type { AppPorts } from '../ports';
import { readSettings } from '../settings/settings-store';
import { aggregatesOf } from './aggregates';
import { resumeBackfill, startBackfill } from './backfill';
import { checkProjectKey } from './project-key';
import {
  listCheckpoints,
  readCheckpoint,
  readDirtyMarks,
  readSyncState,
  type BackfillCheckpoint,
} from './sync-state';

const iso = (instant: number) => new Date(instant).toISOString();
const isoOrNull = (instant: number | null) => (instant === null ? null : iso(instant));

/** One project's backfill, sync and pending work, as the admin page shows them. */
export async function projectMonitor(
  ports: AppPorts,
  projectKey: string,
): Promise<Result<ProjectMonitor, AppError>> {
  const settings = await readSettings(ports.store);
  if (!settings.ok) return settings;
  const [checkpoint, sync, dirty, meta] = await Promise.all([
    readCheckpoint(ports.store, projectKey),
    readSyncState(ports.store, projectKey),
    readDirtyMarks(ports.store, projectKey),
    aggregatesOf(ports.store).meta(projectKey, settings.value),
  ]);
  if (!checkpoint.ok) return checkpoint;
  if (!sync.ok) return sync;
  // Unreadable aggregate metadata needs a rebuild as much as changed settings do.
  const rebuild = meta.ok
    ? { needed: meta.value?.needsRebuild ?? false, reason: meta.value?.reason ?? null }
    : { needed: true, reason: meta.error.message };
  return ok({
    projectKey,
    backfill: checkpoint.value ? progressOf(checkpoint.value) : null,
    sync: sync.value
      ? {
          cursor: iso(sync.value.cursor),
          lastRunAt: isoOrNull(sync.value.lastRunAt),
          lastRun: sync.value.lastRun,
          lastError: sync.value.lastError,
        }
      : null,
    dirty: dirty.marks.length,
    needsRebuild: rebuild.needed,
    rebuildReason: rebuild.needed ? rebuild.reason : null,
  });
}

const progressOf = (c: BackfillCheckpoint) => ({
  status: c.status,
  ticketsDone: c.ticketsDone,
  skipped: c.skipped,
  pages: c.pages,
  steps: c.steps,
  requests: c.requests,
  after: c.after,
  startedAt: iso(c.startedAt),
  updatedAt: iso(c.updatedAt),
  finishedAt: isoOrNull(c.finishedAt),
  error: c.error,
});

/** Every project with a backfill, newest figures first in key order. */
export async function monitorStatus(
  ports: AppPorts,
): Promise<Result<{ projects: ProjectMonitor[] }, AppError>> {
  const projects: ProjectMonitor[] = [];
  for (const entry of await listCheckpoints(ports.store)) {
    const projectKey = entry.ok ? entry.value.projectKey : entry.error.projectKey;
    const one = await projectMonitor(ports, projectKey);
    if (!one.ok) return one;
    projects.push(one.value);
  }
  return ok({ projects });
}

/**
 * Starts a project's backfill from its first ticket (restart) or from its checkpoint (resume),
 * and queues its first step. A running backfill is not started twice: its steps are in the queue.
 */
export async function requestBackfill(
  ports: AppPorts,
  input: { projectKey: string; mode: 'restart' | 'resume' },
): Promise<Result<ProjectMonitor, AppError>> {
  const key = checkProjectKey(input.projectKey);
  if (!key.ok) return key;
  if (!ports.backfillQueue)
    return err({ code: 'MONITOR.NO_QUEUE', message: 'This host cannot queue background work' });
  const current = await readCheckpoint(ports.store, input.projectKey);
  if (!current.ok && input.mode === 'resume') return current;
  if (current.ok && current.value?.status === 'running' && ports.now() - current.value.updatedAt < STALE_MS)
    return err({
      code: 'MONITOR.ALREADY_RUNNING',
      message: `The backfill of ${input.projectKey} is running (last checkpoint ${iso(current.value.updatedAt)}); wait for it to finish`,
    });
  const started =
    input.mode === 'resume'
      ? await resumeBackfill(ports, input.projectKey)
      : await startBackfill(ports, input.projectKey);
  if (!started.ok) return started;
  await ports.backfillQueue.push(started.value.event);
  return projectMonitor(ports, input.projectKey);
}

/**
 * A running backfill whose checkpoint has not moved for this long lost its step (a consumer that
 * died past its retries): it may be started again. Longer than one step's 900 s.
 */
const STALE_MS = 20 * 60_000;
