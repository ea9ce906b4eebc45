import { z } from 'zod';
import { err, ok, type Result } from '../../domain/result';
import type { KeyValueStore } from '../../store/port';
import type { AppError } from '../app-error';

/**
 * What the monitor remembers between runs, per project: the backfill checkpoint, the incremental
 * sync cursor, the issue keys events marked dirty, and the instants at which an ongoing SLA cycle
 * will breach (a breach changes no `updated`, so the sync must look for it itself).
 * Every record carries a schema version and is read through its schema.
 */

const BACKFILL = 'monitor-backfill:';
const SYNC = 'monitor-sync:';
const DIRTY = 'monitor-dirty:';
const BREACH = 'monitor-breach:';
const LEASE = 'monitor-sync-lease:';

const errorSchema = z.object({ code: z.string(), message: z.string() });

export const backfillCheckpointSchema = z.object({
  schemaVersion: z.literal(1),
  projectKey: z.string(),
  /** Changes on every (re)start, so a queued step of an abandoned run stops instead of writing. */
  runId: z.string(),
  status: z.enum(['running', 'paused', 'done', 'failed']),
  /**
   * The position the next step resumes after: the last issue key ingested of a search ordered by
   * key. Keys only grow within a project, so `key > after ORDER BY key ASC` finds exactly the rest,
   * however long the gap (a nextPageToken may expire between two steps).
   */
  after: z.string().nullable(),
  /**
   * The first step still has to clear the project's aggregates: clearing can take longer than a
   * resolver's 25 s, so the admin's Rebuild only records it and the queue consumer does it.
   */
  resetPending: z.boolean().default(false),
  ticketsDone: z.number().int().min(0),
  skipped: z.number().int().min(0),
  pages: z.number().int().min(0),
  /** Queue steps run so far (the first one included). */
  steps: z.number().int().min(0),
  /** Jira requests all steps made (the client counts them). */
  requests: z.number().int().min(0),
  startedAt: z.number(),
  updatedAt: z.number(),
  finishedAt: z.number().nullable(),
  error: errorSchema.nullable(),
});
export type BackfillCheckpoint = z.infer<typeof backfillCheckpointSchema>;

export const syncStateSchema = z.object({
  schemaVersion: z.literal(1),
  projectKey: z.string(),
  /** Every change made before this instant has been ingested; the next run reads from here (less a margin). */
  cursor: z.number(),
  lastRunAt: z.number().nullable(),
  lastRun: z
    .object({
      changed: z.number().int().min(0),
      removed: z.number().int().min(0),
      dirty: z.number().int().min(0),
      breaches: z.number().int().min(0),
      requests: z.number().int().min(0),
      ms: z.number().min(0),
    })
    .nullable(),
  lastError: errorSchema.nullable(),
});
export type SyncState = z.infer<typeof syncStateSchema>;

export const dirtyMarkSchema = z.object({
  schemaVersion: z.literal(1),
  issueKey: z.string(),
  /** An `avi:jira:deleted:issue` event: the ticket leaves the aggregates without a search. */
  deleted: z.boolean(),
  at: z.number(),
});
export type DirtyMark = z.infer<typeof dirtyMarkSchema>;

export const breachDaySchema = z.object({
  schemaVersion: z.literal(1),
  /** Issue key → the breach instant of its ongoing, not yet breached SLA cycle(s). */
  due: z.record(z.string(), z.number()),
});

const unreadable = (what: string, key: string, error: z.ZodError): AppError => ({
  code: 'MONITOR.UNREADABLE',
  message: `the stored ${what} "${key}" cannot be read (${error.issues[0]?.path.join('.') ?? ''}: ${error.issues[0]?.message ?? ''}); restart the backfill from the admin page`,
});

async function readRecord<S extends z.ZodType>(
  store: KeyValueStore,
  key: string,
  schema: S,
  what: string,
): Promise<Result<z.output<S> | null, AppError>> {
  const stored = await store.get(key);
  if (stored === undefined || stored === null) return ok(null);
  const parsed = schema.safeParse(stored);
  return parsed.success ? ok(parsed.data) : err(unreadable(what, key, parsed.error));
}

export const readCheckpoint = (store: KeyValueStore, projectKey: string) =>
  readRecord(store, BACKFILL + projectKey, backfillCheckpointSchema, 'backfill checkpoint');

export const writeCheckpoint = (store: KeyValueStore, checkpoint: BackfillCheckpoint): Promise<void> =>
  store.set(BACKFILL + checkpoint.projectKey, checkpoint);

export const readSyncState = (store: KeyValueStore, projectKey: string) =>
  readRecord(store, SYNC + projectKey, syncStateSchema, 'sync state');

export const writeSyncState = (store: KeyValueStore, state: SyncState): Promise<void> =>
  store.set(SYNC + state.projectKey, state);

/** Every key under a prefix, page by page (the store pages at most 100 entries). */
async function listAll(store: KeyValueStore, prefix: string) {
  const entries: { key: string; value: unknown }[] = [];
  let cursor: string | null = null;
  do {
    const page = await store.list(prefix, { cursor });
    entries.push(...page.entries);
    cursor = page.cursor;
  } while (cursor !== null);
  return entries;
}

/** Projects with a backfill checkpoint, with it (an unreadable one is reported in its place). */
export async function listCheckpoints(
  store: KeyValueStore,
): Promise<Result<BackfillCheckpoint, AppError & { projectKey: string }>[]> {
  return (await listAll(store, BACKFILL)).map((entry) => {
    const projectKey = entry.key.slice(BACKFILL.length);
    const parsed = backfillCheckpointSchema.safeParse(entry.value);
    return parsed.success
      ? ok(parsed.data)
      : err({ ...unreadable('backfill checkpoint', entry.key, parsed.error), projectKey });
  });
}

/**
 * Marks an issue for the next sync. One record per issue, so concurrent events never overwrite
 * each other's marks; a later mark of the same issue only moves its instant.
 */
export async function markDirty(
  store: KeyValueStore,
  projectKey: string,
  mark: Omit<DirtyMark, 'schemaVersion'>,
): Promise<void> {
  await store.set(`${DIRTY}${projectKey}:${mark.issueKey}`, { schemaVersion: 1, ...mark });
}

/** The dirty marks of a project; unreadable ones are kept out and reported by key. */
export async function readDirtyMarks(
  store: KeyValueStore,
  projectKey: string,
): Promise<{ marks: DirtyMark[]; unreadable: string[] }> {
  const marks: DirtyMark[] = [];
  const unreadableKeys: string[] = [];
  for (const entry of await listAll(store, `${DIRTY}${projectKey}:`)) {
    const parsed = dirtyMarkSchema.safeParse(entry.value);
    if (parsed.success) marks.push(parsed.data);
    else unreadableKeys.push(entry.key);
  }
  return { marks, unreadable: unreadableKeys };
}

/**
 * Clears the marks a sync consumed; a mark an event renewed meanwhile (a later instant) stays
 * for the next run, so no change is lost between reading and clearing.
 */
export async function clearDirtyMarks(
  store: KeyValueStore,
  projectKey: string,
  consumed: readonly DirtyMark[],
): Promise<void> {
  for (const mark of consumed) {
    const key = `${DIRTY}${projectKey}:${mark.issueKey}`;
    const now = dirtyMarkSchema.safeParse(await store.get(key));
    if (!now.success || now.data.at <= mark.at) await store.delete(key);
  }
}

const DAY_MS = 86_400_000;
const dayOf = (instant: number) => new Date(Math.floor(instant / DAY_MS) * DAY_MS).toISOString().slice(0, 10);

/**
 * Records when tickets' ongoing SLA cycles will breach, sharded by UTC day of the breach so that
 * one value stays far below the store's limit and a sync reads only the days it passed.
 */
export async function addBreachesDue(
  store: KeyValueStore,
  projectKey: string,
  due: ReadonlyMap<string, number>,
): Promise<void> {
  const byDay = new Map<string, [string, number][]>();
  for (const [issueKey, at] of due) {
    const day = dayOf(at);
    byDay.set(day, [...(byDay.get(day) ?? []), [issueKey, at]]);
  }
  for (const [day, entries] of byDay) {
    const key = `${BREACH}${projectKey}:${day}`;
    const stored = breachDaySchema.safeParse(await store.get(key));
    const merged = { ...(stored.success ? stored.data.due : {}), ...Object.fromEntries(entries) };
    await store.set(key, { schemaVersion: 1, due: merged });
  }
}

/** Tickets whose recorded breach instant lies in [from, to), with the shard days read. */
export async function breachesDue(
  store: KeyValueStore,
  projectKey: string,
  from: number,
  to: number,
): Promise<{ keys: string[]; days: string[] }> {
  const keys = new Set<string>();
  const days: string[] = [];
  for (const entry of await listAll(store, `${BREACH}${projectKey}:`)) {
    const day = entry.key.slice(`${BREACH}${projectKey}:`.length);
    if (day > dayOf(to)) continue;
    days.push(day);
    const parsed = breachDaySchema.safeParse(entry.value);
    if (!parsed.success) continue;
    for (const [issueKey, at] of Object.entries(parsed.data.due))
      if (at >= from && at < to) keys.add(issueKey);
  }
  return { keys: [...keys], days };
}

/** Drops the shards of days wholly before `before` (their breaches were all re-read). */
export async function dropBreachDaysBefore(
  store: KeyValueStore,
  projectKey: string,
  days: readonly string[],
  before: number,
): Promise<void> {
  const today = dayOf(before);
  for (const day of days) if (day < today) await store.delete(`${BREACH}${projectKey}:${day}`);
}

const leaseSchema = z.object({ schemaVersion: z.literal(1), owner: z.string(), until: z.number() });

/**
 * Takes the project's sync lease unless another run holds an unexpired one: the hourly job and the
 * daily monitoring may start a sync of the same project at once, and two runs ingesting the same
 * tickets would each apply their change. KVS offers no compare-and-set through the store port, so
 * the lease is written, then read back: of two runs racing, the later write wins and the other
 * sees it is not the owner. A lease outlives a crashed run by at most `ttlMs`.
 */
export async function acquireSyncLease(
  store: KeyValueStore,
  projectKey: string,
  owner: string,
  now: number,
  ttlMs: number,
): Promise<boolean> {
  const key = LEASE + projectKey;
  const held = leaseSchema.safeParse(await store.get(key));
  if (held.success && held.data.owner !== owner && held.data.until > now) return false;
  await store.set(key, { schemaVersion: 1, owner, until: now + ttlMs });
  const after = leaseSchema.safeParse(await store.get(key));
  return after.success && after.data.owner === owner;
}

export async function releaseSyncLease(
  store: KeyValueStore,
  projectKey: string,
  owner: string,
): Promise<void> {
  const key = LEASE + projectKey;
  const held = leaseSchema.safeParse(await store.get(key));
  if (held.success && held.data.owner === owner) await store.delete(key);
}

/** Forgets everything the monitor kept for a project except the checkpoint (before a rebuild). */
export async function clearSyncRecords(store: KeyValueStore, projectKey: string): Promise<void> {
  await store.delete(SYNC + projectKey);
  for (const prefix of [`${BREACH}${projectKey}:`]) {
    for (const entry of await listAll(store, prefix)) await store.delete(entry.key);
  }
}
