import { err, ok, type Result } from '../../domain/result';
import type { Settings } from '../../contract/settings-schema';
import type { AppError } from '../app-error';
import type { AppPorts } from '../ports';
import { aggregatesOf } from './aggregates';
import { checkProjectKey } from './project-key';
import {
  addBreachesDue,
  clearSyncRecords,
  readCheckpoint,
  writeCheckpoint,
  writeSyncState,
  type BackfillCheckpoint,
} from './sync-state';
import { pendingBreaches, ticketPages, ticketReading } from './ticket-pages';

/**
 * Of the 900 s Forge gives a queue consumer, what one backfill step may spend reading before it
 * hands over: the rest covers the page in flight (a slow search, retries after a 429) and the
 * checkpoint write.
 */
export const BACKFILL_STEP_BUDGET_MS = 780_000;

/** The message a backfill step travels in, on Forge's queue and on the local emulation alike. */
export interface BackfillStepEvent {
  readonly projectKey: string;
  readonly runId: string;
}

/** What a step did: whether the backfill is finished, or the next step must be queued. */
export interface BackfillStepOutcome {
  readonly done: boolean;
  readonly handOver: boolean;
  readonly checkpoint: BackfillCheckpoint | null;
}

/**
 * Starts (or restarts) a project's backfill from its first ticket: the first step resets the
 * aggregates and sync records, and a new run id makes any step still queued from an earlier run
 * stop on arrival. The caller queues the first step with the returned event.
 */
export async function startBackfill(
  ports: AppPorts,
  projectKey: string,
): Promise<Result<{ event: BackfillStepEvent; checkpoint: BackfillCheckpoint }, AppError>> {
  const key = checkProjectKey(projectKey);
  if (!key.ok) return key;
  const previous = await readCheckpoint(ports.store, projectKey);
  const runId = nextRunId(previous.ok ? previous.value : null, ports.now());
  const now = ports.now();
  const checkpoint: BackfillCheckpoint = {
    schemaVersion: 1,
    projectKey,
    runId,
    status: 'running',
    after: null,
    resetPending: true,
    ticketsDone: 0,
    skipped: 0,
    pages: 0,
    steps: 0,
    requests: 0,
    startedAt: now,
    updatedAt: now,
    finishedAt: null,
    error: null,
  };
  await writeCheckpoint(ports.store, checkpoint);
  return ok({ event: { projectKey, runId }, checkpoint });
}

/**
 * Resumes a failed or paused backfill where its checkpoint stands, under a new run id; the
 * caller queues the returned event.
 */
export async function resumeBackfill(
  ports: AppPorts,
  projectKey: string,
): Promise<Result<{ event: BackfillStepEvent; checkpoint: BackfillCheckpoint }, AppError>> {
  const stored = await readCheckpoint(ports.store, projectKey);
  if (!stored.ok) return stored;
  if (!stored.value)
    return err({
      code: 'MONITOR.NO_BACKFILL',
      message: `${projectKey} has no backfill to resume; start one`,
    });
  const runId = nextRunId(stored.value, ports.now());
  const checkpoint: BackfillCheckpoint = {
    ...stored.value,
    runId,
    status: 'running',
    error: null,
    updatedAt: ports.now(),
  };
  await writeCheckpoint(ports.store, checkpoint);
  return ok({ event: { projectKey, runId }, checkpoint });
}

/** A run id no earlier run of the project had: a generation counter, with the instant for people. */
function nextRunId(previous: BackfillCheckpoint | null, now: number): string {
  const generation = Number(previous?.runId.split('-')[0]) || 0;
  return `${generation + 1}-${new Date(now).toISOString()}`;
}

/**
 * One backfill step, as one queue-consumer invocation runs it: reads the project's tickets in key
 * order from the checkpoint on, a page at a time, ingests each page and writes the checkpoint
 * after it, so a crash loses at most the page in flight and a resumed step reads exactly the
 * tickets after the last one stored. Stops at the end or when `budgetMs` of `clock` time is used,
 * and then asks for a hand-over. A Jira failure marks the backfill failed, with the error, at the
 * checkpoint it reached (an admin resumes it from there).
 */
export async function runBackfillStep(
  ports: AppPorts,
  settings: Settings,
  event: BackfillStepEvent,
  options: { readonly budgetMs?: number; readonly clock?: () => number } = {},
): Promise<Result<BackfillStepOutcome, AppError>> {
  const clock = options.clock ?? ports.now;
  const budgetMs = options.budgetMs ?? BACKFILL_STEP_BUDGET_MS;
  const began = clock();
  const stored = await readCheckpoint(ports.store, event.projectKey);
  if (!stored.ok) return stored;
  // A step of an abandoned or finished run: nothing to do (queues deliver at least once).
  if (!stored.value || stored.value.runId !== event.runId || stored.value.status !== 'running')
    return ok({ done: true, handOver: false, checkpoint: stored.value });

  const requestsBefore = ports.jira.stats().total;
  let checkpoint: BackfillCheckpoint = { ...stored.value, steps: stored.value.steps + 1 };
  const save = async (patch: Partial<BackfillCheckpoint>) => {
    checkpoint = {
      ...checkpoint,
      ...patch,
      requests: stored.value!.requests + (ports.jira.stats().total - requestsBefore),
      updatedAt: ports.now(),
    };
    await writeCheckpoint(ports.store, checkpoint);
  };
  const fail = async (error: AppError) => {
    await save({ status: 'failed', error: { code: error.code, message: error.message } });
    return err(error);
  };

  const aggregates = aggregatesOf(ports.store);
  if (checkpoint.resetPending) {
    const reset = await aggregates.reset(event.projectKey);
    if (!reset.ok) return fail(reset.error);
    await clearSyncRecords(ports.store, event.projectKey);
    await save({ resetPending: false });
  }
  const reading = await ticketReading(ports.jira, settings);
  if (!reading.ok) return fail(reading.error);
  const jql = `project = ${event.projectKey}${checkpoint.after ? ` AND key > ${checkpoint.after}` : ''} ORDER BY key ASC`;

  for await (const page of ticketPages(ports.jira, reading.value, jql)) {
    if (!page.ok) return fail(page.error);
    const readAt = ports.now();
    const ingested = await aggregates.ingest(event.projectKey, page.value.tickets, settings, {
      npsEnabled: reading.value.npsEnabled,
      skippedKeys: page.value.skippedKeys,
    });
    if (!ingested.ok) return fail(ingested.error);
    await addBreachesDue(ports.store, event.projectKey, pendingBreaches(page.value.tickets, readAt));
    const lastKey = page.value.keys.at(-1);
    await save({
      after: lastKey ?? checkpoint.after,
      ticketsDone: checkpoint.ticketsDone + page.value.tickets.length,
      skipped: checkpoint.skipped + page.value.skippedKeys.length,
      pages: checkpoint.pages + 1,
    });
    if (page.value.last) break;
    if (clock() - began >= budgetMs) return ok({ done: false, handOver: true, checkpoint });
  }

  const finishedAt = ports.now();
  // The sync takes over from the instant the backfill began: whatever changed while it read
  // (a ticket it had already passed) is read again by the first sync.
  await writeSyncState(ports.store, {
    schemaVersion: 1,
    projectKey: event.projectKey,
    cursor: checkpoint.startedAt,
    lastRunAt: null,
    lastRun: null,
    lastError: null,
  });
  await save({ status: 'done', finishedAt, error: null });
  return ok({ done: true, handOver: false, checkpoint });
}
