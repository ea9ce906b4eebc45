import { judgeTicket, type JudgedTicket } from '../../domain/kpi/judged-ticket';
import type { KpiOptions } from '../../domain/kpi/options';
import { repeatContactIndex, type RepeatContactIndex } from '../../domain/kpi/repeat-contact';
import { basisHash, monitoredDimensions, type AggregateBasis } from '../../domain/monitor/aggregate-config';
import { applyToCell, cellIsEmpty, emptyCell, type Cell } from '../../domain/monitor/cell';
import { ALL, contributions, storedValues } from '../../domain/monitor/contributions';
import { dayOfSlot, SLOTS_PER_DAY } from '../../domain/monitor/slots';
import { err, ok, type Result } from '../../domain/result';
import type { TicketFacts } from '../../domain/ticket';
import type { Settings } from '../../contract/settings-schema';
import type { KeyValueStore } from '../../store/port';
import type { AppError } from '../app-error';
import { resolveKpiConfig } from '../report/resolve-config';
import {
  keyIndexKey,
  keyIndexSchema,
  metaKey,
  metaSchema,
  projectPrefix,
  reporterKey,
  reporterSchema,
  rowBlockOf,
  rowsKey,
  rowsSchema,
  shardKey,
  daySumKey,
  DAY_SLOT,
  shardSchema,
  type StoredContact,
  type StoredMeta,
  type StoredTicket,
} from './aggregate-records';
import { RecordSet } from './working-set';

/** What one ingest or removal changed. */
export interface IngestSummary {
  /** Tickets of the batch (new, changed or unchanged; unchanged ones rewrite nothing). */
  readonly ingested: number;
  readonly removed: number;
  /** Stored tickets outside the batch whose repeat contact (and so FCR) changed because of it. */
  readonly rejudged: number;
  /** UTC days whose aggregate shards were rewritten. */
  readonly touchedDays: number;
  readonly touchedShards: number;
  readonly unchanged: number;
}

/** The state of a project's aggregates, as the admin page and the readers need it. */
export interface MonitorMeta {
  readonly projectKey: string;
  readonly basisHash: string;
  readonly dimensions: readonly string[];
  readonly npsEnabled: boolean;
  readonly tickets: number;
  readonly skipped: number;
  readonly batches: number;
  readonly interrupted: boolean;
  /** True when the aggregates cannot be read as they are: a write was interrupted, or (given settings) the KPI options changed. */
  readonly needsRebuild: boolean;
  readonly reason: string | null;
}

/** What the aggregates of these settings depend on. */
export function aggregateBasis(settings: Settings): AggregateBasis {
  const config = resolveKpiConfig(settings.kpi);
  return { options: config.options, dimensions: monitoredDimensions(config), npsField: config.npsField };
}

/**
 * Upserts a batch of tickets (new or changed) into the project's aggregates: re-judges them and
 * the stored tickets of the same reporters whose repeat contact they change, and rewrites only the
 * rows and day shards touched. Any partition of a ticket set, ingested in any order, gives the same
 * aggregates. `skippedKeys` are tickets the reader could not read (kept in the meta for the report).
 */
export async function ingestTickets(
  store: KeyValueStore,
  projectKey: string,
  tickets: readonly TicketFacts[],
  settings: Settings,
  options?: { npsEnabled: boolean; skippedKeys?: readonly string[] },
): Promise<Result<IngestSummary, AppError>> {
  const foreign = tickets.find((t) => t.projectKey !== projectKey);
  if (foreign)
    return err({
      code: 'VALIDATION.INVALID_INPUT',
      message: `${foreign.key} belongs to project ${foreign.projectKey}, not ${projectKey}: ingest it with its own project`,
    });
  const basis = aggregateBasis(settings);
  const npsEnabled = options?.npsEnabled ?? basis.npsField !== null;
  return applyBatch(store, projectKey, {
    basis,
    npsEnabled,
    upserts: tickets,
    removals: [],
    skippedKeys: options?.skippedKeys ?? [],
  });
}

/** Takes deleted issues out of the aggregates (and re-judges the repeat contacts they made). */
export async function removeTickets(
  store: KeyValueStore,
  projectKey: string,
  keys: readonly string[],
): Promise<Result<IngestSummary, AppError>> {
  const meta = await readMeta(store, projectKey);
  if (!meta.ok) return meta;
  if (meta.value === null)
    return ok({ ingested: 0, removed: 0, rejudged: 0, touchedDays: 0, touchedShards: 0, unchanged: 0 });
  const m = meta.value;
  return applyBatch(store, projectKey, {
    basis: { options: m.options, dimensions: m.dimensions, npsField: m.npsField },
    npsEnabled: m.npsEnabled,
    upserts: [],
    removals: keys,
    skippedKeys: [],
  });
}

/** The project's aggregate metadata, or null before the first ingest; with settings, also whether they are stale. */
export async function readMonitorMeta(
  store: KeyValueStore,
  projectKey: string,
  settings?: Settings,
): Promise<Result<MonitorMeta | null, AppError>> {
  const meta = await readMeta(store, projectKey);
  if (!meta.ok || meta.value === null) return meta as Result<null, AppError>;
  const m = meta.value;
  const stale = settings !== undefined && basisHash(aggregateBasis(settings)) !== m.basisHash;
  const reason = m.interrupted
    ? 'a write of the aggregates was interrupted, or a stored record was found unreadable'
    : stale
      ? 'the KPI options or dimensions changed since the aggregates were built'
      : null;
  return ok({
    projectKey: m.projectKey,
    basisHash: m.basisHash,
    dimensions: m.dimensions,
    npsEnabled: m.npsEnabled,
    tickets: m.tickets,
    skipped: m.skippedKeys.length,
    batches: m.batches,
    interrupted: m.interrupted,
    needsRebuild: reason !== null,
    reason,
  });
}

/** Deletes every aggregate record of the project (the metadata first, so readers stop at once). */
export async function resetProjectAggregates(
  store: KeyValueStore,
  projectKey: string,
): Promise<Result<{ deleted: number }, AppError>> {
  await store.delete(metaKey(projectKey));
  let deleted = 0;
  // Each pass lists from the start: deleting while paging with a cursor could skip records.
  for (;;) {
    const page = await store.list(projectPrefix(projectKey), { limit: 100 });
    if (page.entries.length === 0) return ok({ deleted });
    await Promise.all(page.entries.map((e) => store.delete(e.key)));
    deleted += page.entries.length;
  }
}

async function readMeta(
  store: KeyValueStore,
  projectKey: string,
): Promise<Result<StoredMeta | null, AppError>> {
  const raw = await store.get(metaKey(projectKey));
  if (raw === undefined || raw === null) return ok(null);
  const parsed = metaSchema.safeParse(raw);
  if (!parsed.success)
    return err({
      code: 'KPI.NOT_READY',
      message: `the KPI aggregate metadata of ${projectKey} is unreadable (${parsed.error.message}): rebuild the aggregates`,
    });
  return ok(parsed.data);
}

interface Batch {
  readonly basis: AggregateBasis;
  readonly npsEnabled: boolean;
  readonly upserts: readonly TicketFacts[];
  readonly removals: readonly string[];
  readonly skippedKeys: readonly string[];
}

const noIndex: RepeatContactIndex = { hasRepeatContact: () => false };

async function applyBatch(
  store: KeyValueStore,
  projectKey: string,
  batch: Batch,
): Promise<Result<IngestSummary, AppError>> {
  const hash = basisHash(batch.basis);
  const metaRead = await readMeta(store, projectKey);
  if (!metaRead.ok) return metaRead;
  const previousMeta = metaRead.value;
  if (previousMeta && previousMeta.basisHash !== hash)
    return err({
      code: 'KPI.NOT_READY',
      message: `the KPI aggregates of ${projectKey} were built with other KPI options or dimensions: reset and rebuild them before ingesting`,
    });
  if (previousMeta && (previousMeta.interrupted || previousMeta.writing)) {
    await store.set(metaKey(projectKey), { ...previousMeta, writing: false, interrupted: true });
    return err({
      code: 'KPI.NOT_READY',
      message: `an earlier write of the KPI aggregates of ${projectKey} was interrupted or found them out of step: reset and rebuild them`,
    });
  }
  const meta: StoredMeta = previousMeta ?? {
    schemaVersion: 1,
    projectKey,
    basisHash: hash,
    options: batch.basis.options,
    dimensions: [...batch.basis.dimensions],
    npsField: batch.basis.npsField,
    npsEnabled: batch.npsEnabled,
    tickets: 0,
    skippedKeys: [],
    writing: false,
    interrupted: false,
    batches: 0,
  };
  // Marked before the first write and cleared after the last: a crash in between is detected.
  await store.set(metaKey(projectKey), { ...meta, writing: true });

  const upserts = new Map<string, TicketFacts>();
  for (const t of batch.upserts) upserts.set(t.key, t);
  const removals = new Set(batch.removals.filter((k) => !upserts.has(k)));
  let keys = [...upserts.keys(), ...removals];

  const keyIndex = new RecordSet(store, keyIndexSchema, (v) => Object.keys(v.days).length === 0);
  const rows = new RecordSet(store, rowsSchema, (v) => Object.keys(v.rows).length === 0);
  const reporters = new RecordSet(store, reporterSchema, (v) => Object.keys(v.contacts).length === 0);
  const shards = new RecordSet(store, shardSchema, (v) => Object.keys(v.cells).length === 0);
  // Nothing is written before every record is read and checked; a record found unreadable or out of
  // step with the others still means only a rebuild can repair the aggregates.
  const fail = async (error: AppError) => {
    await store.set(metaKey(projectKey), { ...meta, writing: false, interrupted: true });
    return err(error);
  };

  // 1. Where each ticket's stored row is, and the rows themselves.
  let problem = await keyIndex.load(keys.map((k) => keyIndexKey(projectKey, k)));
  if (problem) return fail(problem);
  const oldBlock = new Map<string, number>();
  for (const k of keys) {
    const day = keyIndex.get(keyIndexKey(projectKey, k))?.days[k];
    if (day !== undefined) oldBlock.set(k, day);
  }
  problem = await rows.load([
    ...[...oldBlock.values()].map((d) => rowsKey(projectKey, d)),
    ...[...upserts.values()].map((t) => rowsKey(projectKey, rowBlockOf(t.createdAt))),
  ]);
  if (problem) return fail(problem);
  const oldRow = new Map<string, StoredTicket>();
  for (const [k, day] of oldBlock) {
    const row = rows.get(rowsKey(projectKey, day))?.rows[k];
    if (row) oldRow.set(k, row);
  }
  // A ticket read again without a change changes nothing: its judgement moves only with other
  // tickets of its reporter, and those are re-judged below. The hourly sync re-reads many such.
  const batchSize = upserts.size;
  let unchanged = 0;
  for (const [k, t] of upserts) {
    const before = oldRow.get(k);
    if (before && canonical(before.facts) === canonical(t)) {
      upserts.delete(k);
      unchanged++;
    }
  }
  const readKeys = keys;
  keys = keys.filter((k) => upserts.has(k) || removals.has(k));

  // 2. The contacts of every reporter concerned, before and after the batch.
  const reporterIds = new Set<string>();
  for (const k of keys) {
    const before = oldRow.get(k)?.facts.reporterId;
    if (before) reporterIds.add(before);
    const after = upserts.get(k)?.reporterId;
    if (after) reporterIds.add(after);
  }
  problem = await reporters.load([...reporterIds].map((r) => reporterKey(projectKey, r)));
  if (problem) return fail(problem);
  const contactsOf = (reporterId: string) =>
    reporters.edit(reporterKey(projectKey, reporterId), () => ({ schemaVersion: 1 as const, contacts: {} }))
      .contacts;
  for (const k of keys) {
    const before = oldRow.get(k)?.facts.reporterId;
    if (before) delete contactsOf(before)[k];
    const t = upserts.get(k);
    if (t?.reporterId) contactsOf(t.reporterId)[k] = [t.createdAt, t.firstResolvedAt, t.requestType, false];
  }

  // 3. Judge the batch, and find stored tickets of those reporters whose repeat contact changed.
  const options = batch.basis.options;
  const indexes = new Map<string, RepeatContactIndex>();
  const rejudge = new Map<string, number>();
  for (const reporterId of reporterIds) {
    const contacts = contactsOf(reporterId);
    const index = repeatContactIndex(contactFacts(projectKey, reporterId, contacts));
    indexes.set(reporterId, index);
    for (const [k, c] of Object.entries(contacts)) {
      if (upserts.has(k)) continue;
      const repeat = hasRepeat(index, projectKey, reporterId, k, c, options);
      if (repeat !== c[3]) rejudge.set(k, rowBlockOf(c[0]));
    }
  }
  const newRow = new Map<string, StoredTicket>();
  for (const [k, t] of upserts) {
    const judged = judgeTicket(t, options, (t.reporterId && indexes.get(t.reporterId)) || noIndex);
    newRow.set(k, stored(judged));
    if (t.reporterId) (contactsOf(t.reporterId)[k] as StoredContact)[3] = judged.repeatContact;
  }
  problem = await rows.load([...rejudge.values()].map((d) => rowsKey(projectKey, d)));
  if (problem) return fail(problem);
  for (const [k, day] of rejudge) {
    const row = rows.get(rowsKey(projectKey, day))?.rows[k];
    const reporterId = row?.facts.reporterId;
    if (!row || !reporterId)
      return fail({
        code: 'KPI.NOT_READY',
        message: `the stored KPI records of ${projectKey} disagree about ${k}: reset and rebuild the aggregates`,
      });
    oldRow.set(k, row);
    const judged = judgeTicket(row.facts, options, indexes.get(reporterId) ?? noIndex);
    newRow.set(k, stored(judged));
    (contactsOf(reporterId)[k] as StoredContact)[3] = judged.repeatContact;
  }

  // 4. Take away what changed tickets contributed, add what they contribute now.
  const changes: { row: StoredTicket; sign: 1 | -1 }[] = [];
  for (const k of [...keys, ...rejudge.keys()]) {
    const before = oldRow.get(k);
    const after = newRow.get(k);
    if (before && after && canonical(before) === canonical(after)) continue;
    if (before) changes.push({ row: before, sign: -1 });
    if (after) changes.push({ row: after, sign: 1 });
  }
  const dimensions = [ALL, ...batch.basis.dimensions];
  const applications: {
    key: string;
    slot: string;
    value: string;
    cell: Cell;
    sign: 1 | -1;
    ticket: string;
  }[] = [];
  for (const c of changes) {
    for (const part of contributions(c.row)) {
      const day = dayOfSlot(part.slot);
      const slot = String(part.slot - day * SLOTS_PER_DAY);
      for (const dimension of dimensions)
        for (const value of storedValues(c.row.facts, dimension)) {
          const application = { value, cell: part.cell, sign: c.sign, ticket: c.row.facts.key };
          applications.push({ ...application, key: shardKey(projectKey, dimension, day), slot });
          if (dimension !== ALL)
            applications.push({ ...application, key: daySumKey(projectKey, dimension, day), slot: DAY_SLOT });
        }
    }
  }
  problem = await shards.load(applications.map((a) => a.key));
  if (problem) return fail(problem);
  for (const a of applications) {
    const shard = shards.edit(a.key, () => ({ schemaVersion: 1 as const, cells: {} }));
    const slotCells = shard.cells[a.slot] ?? (shard.cells[a.slot] = {});
    const cell = slotCells[a.value] ?? (slotCells[a.value] = emptyCell());
    if (!applyToCell(cell, a.cell, a.sign))
      return fail({
        code: 'KPI.NOT_READY',
        message: `the KPI aggregates of ${projectKey} do not hold what ${a.ticket} contributed: reset and rebuild them`,
      });
    if (cellIsEmpty(cell)) delete slotCells[a.value];
    if (Object.keys(slotCells).length === 0) delete shard.cells[a.slot];
  }

  // 5. Rows, key index and the new ticket count.
  let added = 0;
  let removed = 0;
  for (const k of keys) {
    const before = oldBlock.get(k);
    if (before !== undefined && oldRow.has(k)) {
      const beforeRows = rows.edit(rowsKey(projectKey, before), () => ({
        schemaVersion: 1 as const,
        rows: {},
      }));
      delete beforeRows.rows[k];
    }
    const indexRecord = keyIndex.edit(keyIndexKey(projectKey, k), () => ({
      schemaVersion: 1 as const,
      days: {},
    }));
    const after = newRow.get(k);
    if (after) {
      const day = rowBlockOf(after.facts.createdAt);
      rows.edit(rowsKey(projectKey, day), () => ({ schemaVersion: 1 as const, rows: {} })).rows[k] = after;
      indexRecord.days[k] = day;
      if (before === undefined) added++;
    } else {
      delete indexRecord.days[k];
      if (before !== undefined) removed++;
    }
  }
  for (const [k, day] of rejudge) {
    const after = newRow.get(k);
    if (after)
      rows.edit(rowsKey(projectKey, day), () => ({ schemaVersion: 1 as const, rows: {} })).rows[k] = after;
  }

  await shards.write();
  await rows.write();
  await reporters.write();
  await keyIndex.write();

  const skipped = new Set(meta.skippedKeys);
  for (const k of readKeys) skipped.delete(k);
  for (const k of batch.skippedKeys) skipped.add(k);
  await store.set(metaKey(projectKey), {
    ...meta,
    npsEnabled: batch.upserts.length > 0 ? batch.npsEnabled : meta.npsEnabled,
    tickets: meta.tickets + added - removed,
    skippedKeys: [...skipped].sort(),
    writing: false,
    batches: meta.batches + 1,
  } satisfies StoredMeta);

  const touchedDays = new Set(shards.touchedKeys.map((k) => k.slice(k.lastIndexOf(':') + 1)));
  return ok({
    ingested: batchSize,
    removed,
    rejudged: [...rejudge.keys()].filter((k) => {
      const before = oldRow.get(k);
      const after = newRow.get(k);
      return before && after && canonical(before) !== canonical(after);
    }).length,
    touchedDays: touchedDays.size,
    touchedShards: shards.touchedKeys.length,
    unchanged,
  });
}

/** JSON with object keys sorted: equal for equal facts whatever order a reader built them in. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );

const stored = (j: JudgedTicket): StoredTicket => ({
  facts: j.facts as StoredTicket['facts'],
  reopened: j.reopened,
  repeatContact: j.repeatContact,
  fcr: j.fcr,
});

function contactFacts(projectKey: string, reporterId: string, contacts: Record<string, StoredContact>) {
  return Object.entries(contacts).map(([key, c]) => ({
    key,
    projectKey,
    reporterId,
    createdAt: c[0],
    firstResolvedAt: c[1],
    requestType: c[2],
  }));
}

function hasRepeat(
  index: RepeatContactIndex,
  projectKey: string,
  reporterId: string,
  key: string,
  c: StoredContact,
  options: KpiOptions,
): boolean {
  return index.hasRepeatContact(
    { key, projectKey, reporterId, createdAt: c[0], firstResolvedAt: c[1], requestType: c[2] },
    options.repeatWindowHours,
    options.repeatSameRequestType,
  );
}
