import { err, ok, type Result } from '../../domain/result';
import { timeZone } from '../../domain/time/zone';
import { formatLocalDateTime } from '../../domain/time/local-date-time';
import type { TicketFacts } from '../../domain/ticket';
import type { Settings } from '../../contract/settings-schema';
import { getMyself } from '../../jira/endpoints';
import { fromJira, type AppError } from '../app-error';
import type { AppPorts } from '../ports';
import { aggregatesOf } from './aggregates';
import {
  acquireSyncLease,
  addBreachesDue,
  breachesDue,
  clearDirtyMarks,
  dropBreachDaysBefore,
  readCheckpoint,
  readDirtyMarks,
  readSyncState,
  releaseSyncLease,
  writeSyncState,
  type SyncState,
} from './sync-state';
import { pendingBreaches, ticketPages, ticketReading, type TicketReading } from './ticket-pages';

/**
 * How far before the cursor a sync searches again. JQL compares dates to the minute in the
 * searcher's zone, and Jira's and the app's clocks may differ a little: re-reading a few minutes
 * costs a few tickets, which ingest idempotently (an upsert keyed by issue key).
 */
export const SYNC_OVERLAP_MS = 5 * 60_000;

/** How long a sync's lease holds: Forge stops a scheduled job after 900 s. */
const SYNC_LEASE_MS = 900_000;

/** Issue keys per `key in (...)` search: far below JQL's length limits, one or two pages each. */
const KEYS_PER_SEARCH = 200;

/** What one sync did. */
export interface SyncSummary {
  readonly projectKey: string;
  /** Tickets read and ingested (changed, dirty or with a breach due). */
  readonly changed: number;
  readonly removed: number;
  readonly dirty: number;
  readonly breaches: number;
  readonly requests: number;
  readonly cursor: number;
}

/**
 * Incremental sync of one backfilled project: reads the tickets updated since the cursor (less an
 * overlap), those events marked dirty, and those whose ongoing SLA cycle's breach instant has
 * passed since the last run; ingests them (the aggregates rewrite the days they touch) and removes
 * deleted or moved ones. The cursor, the dirty marks and the breach index only move once all of it
 * succeeded, so a failed Jira call leaves everything to the next run.
 */
export async function syncProject(
  ports: AppPorts,
  settings: Settings,
  projectKey: string,
): Promise<Result<SyncSummary, AppError>> {
  const checkpoint = await readCheckpoint(ports.store, projectKey);
  if (!checkpoint.ok) return checkpoint;
  if (checkpoint.value?.status !== 'done')
    return err({
      code: 'MONITOR.NOT_BACKFILLED',
      message: `${projectKey} has no finished backfill yet; the sync starts after it`,
    });
  const state = await readSyncState(ports.store, projectKey);
  if (!state.ok) return state;
  if (!state.value)
    return err({
      code: 'MONITOR.NOT_BACKFILLED',
      message: `${projectKey} has no sync cursor; restart its backfill`,
    });

  const runStart = ports.now();
  const owner = `sync-${runStart}-${state.value.cursor}`;
  if (!(await acquireSyncLease(ports.store, projectKey, owner, runStart, SYNC_LEASE_MS)))
    return err({
      code: 'MONITOR.SYNC_BUSY',
      message: `another sync of ${projectKey} is running; this run leaves the changes to it and the next one`,
    });
  try {
    return await syncAndRecord(ports, settings, projectKey, state.value, runStart);
  } finally {
    // Released only once the cursor is written, so the next run starts from it.
    await releaseSyncLease(ports.store, projectKey, owner);
  }
}

/** Runs the sync and records its outcome: the new cursor on success, the error (cursor kept) on failure. */
async function syncAndRecord(
  ports: AppPorts,
  settings: Settings,
  projectKey: string,
  state: SyncState,
  runStart: number,
): Promise<Result<SyncSummary, AppError>> {
  const requestsBefore = ports.jira.stats().total;
  const result = await syncOnce(ports, settings, projectKey, state, runStart);
  const requests = ports.jira.stats().total - requestsBefore;
  if (!result.ok) {
    await writeSyncState(ports.store, {
      ...state,
      lastError: { code: result.error.code, message: result.error.message },
    });
    return result;
  }
  const summary = { ...result.value, requests, cursor: runStart };
  await writeSyncState(ports.store, {
    schemaVersion: 1,
    projectKey,
    cursor: runStart,
    lastRunAt: runStart,
    lastRun: {
      changed: summary.changed,
      removed: summary.removed,
      dirty: summary.dirty,
      breaches: summary.breaches,
      requests,
      ms: Math.max(0, ports.now() - runStart),
    },
    lastError: null,
  });
  return ok(summary);
}

async function syncOnce(
  ports: AppPorts,
  settings: Settings,
  projectKey: string,
  state: SyncState,
  runStart: number,
): Promise<Result<Omit<SyncSummary, 'requests' | 'cursor'>, AppError>> {
  const reading = await ticketReading(ports.jira, settings);
  if (!reading.ok) return reading;
  const me = await getMyself(ports.jira);
  if (!me.ok) return err(fromJira(me.error, 'Reading the time zone JQL dates are read in'));
  const zone = timeZone(me.value.timeZone ?? 'UTC');
  if (!zone.ok) return zone;

  const aggregates = aggregatesOf(ports.store);
  const read = new Map<string, TicketFacts>();
  const skippedKeys = new Set<string>();
  const since = formatLocalDateTime(state.cursor - SYNC_OVERLAP_MS, zone.value);
  const updated = await collect(
    ports,
    reading.value,
    `project = ${projectKey} AND updated >= "${since}" ORDER BY updated ASC, key ASC`,
    read,
    skippedKeys,
  );
  if (!updated.ok) return updated;

  const { marks } = await readDirtyMarks(ports.store, projectKey);
  const deleted = new Set(marks.filter((m) => m.deleted).map((m) => m.issueKey));
  const breaches = await breachesDue(ports.store, projectKey, state.cursor - SYNC_OVERLAP_MS, runStart);
  const toRead = [
    ...new Set([...marks.filter((m) => !m.deleted).map((m) => m.issueKey), ...breaches.keys]),
  ].filter((key) => !read.has(key) && !skippedKeys.has(key) && !deleted.has(key) && isIssueKey(key));
  const missing: string[] = [];
  for (let i = 0; i < toRead.length; i += KEYS_PER_SEARCH) {
    const found = await collectKeys(
      ports,
      reading.value,
      projectKey,
      toRead.slice(i, i + KEYS_PER_SEARCH),
      read,
      skippedKeys,
    );
    if (!found.ok) return found;
    missing.push(...found.value);
  }

  const tickets = [...read.values()];
  if (tickets.length > 0 || skippedKeys.size > 0) {
    const ingested = await aggregates.ingest(projectKey, tickets, settings, {
      npsEnabled: reading.value.npsEnabled,
      skippedKeys: [...skippedKeys],
    });
    if (!ingested.ok) return ingested;
  }
  // Deleted, moved to another project, or out of the app's sight: no longer this project's.
  const removedKeys = [...deleted, ...missing];
  if (removedKeys.length > 0) {
    const removed = await aggregates.remove(projectKey, removedKeys);
    if (!removed.ok) return removed;
  }
  await addBreachesDue(ports.store, projectKey, pendingBreaches(tickets, runStart));
  await clearDirtyMarks(ports.store, projectKey, marks);
  await dropBreachDaysBefore(ports.store, projectKey, breaches.days, runStart);
  return ok({
    projectKey,
    changed: tickets.length,
    removed: removedKeys.length,
    dirty: marks.length,
    breaches: breaches.keys.length,
  });
}

const isIssueKey = (key: string) => /^[A-Z][A-Z0-9_]*-\d+$/.test(key);

/**
 * Reads the tickets of some keys into `into`; answers the keys not found in the project. Jira
 * refuses the whole search when one key no longer exists ("An issue with key 'SUP-9' does not
 * exist for field 'key'"), so those keys are taken out and the search is made again.
 */
async function collectKeys(
  ports: AppPorts,
  reading: TicketReading,
  projectKey: string,
  keys: readonly string[],
  into: Map<string, TicketFacts>,
  skipped: Set<string>,
): Promise<Result<string[], AppError>> {
  let asked = [...keys];
  const gone: string[] = [];
  while (asked.length > 0) {
    const found = await collect(
      ports,
      reading,
      `project = ${projectKey} AND key in (${asked.join(', ')}) ORDER BY key ASC`,
      into,
      skipped,
    );
    if (found.ok) return ok([...gone, ...asked.filter((key) => !found.value.has(key))]);
    const named = [...found.error.message.matchAll(/issue with key '([^']+)' does not exist/gi)]
      .map((m) => m[1] ?? '')
      .filter((key) => asked.includes(key));
    if (named.length === 0) return found;
    gone.push(...named);
    asked = asked.filter((key) => !named.includes(key));
  }
  return ok(gone);
}

/** Reads every ticket a search finds into `into`; answers the keys this search found. */
async function collect(
  ports: AppPorts,
  reading: TicketReading,
  jql: string,
  into: Map<string, TicketFacts>,
  skipped: Set<string>,
): Promise<Result<Set<string>, AppError>> {
  const found = new Set<string>();
  for await (const page of ticketPages(ports.jira, reading, jql)) {
    if (!page.ok) return page;
    for (const key of page.value.keys) found.add(key);
    for (const key of page.value.skippedKeys) skipped.add(key);
    for (const ticket of page.value.tickets) into.set(ticket.key, ticket);
  }
  return ok(found);
}
