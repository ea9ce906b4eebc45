import { projectReport } from '../../../src/app/kpi/project-kpis';
import {
  ingestTickets,
  readMonitorMeta,
  removeTickets,
  resetProjectAggregates,
} from '../../../src/app/monitor/ingest';
import { timeZone } from '../../../src/domain/time/zone';
import type { KeyValueStore } from '../../../src/store/port';
import { checkedStore } from '../../../src/store/checked-store';
import { memoryStore } from '../../support/memory-store';
import { aTicket, at, DAY, HOUR } from '../../support/ticket-builder';
import { settingsWith } from './monitor-fixtures';

const utc = (() => {
  const z = timeZone('UTC');
  if (!z.ok) throw new Error('UTC');
  return z.value;
})();
const october = { from: at('2026-10-01T00:00:00Z'), to: at('2026-11-01T00:00:00Z') };
const settings = settingsWith({ fcrExcludeRepeat: true });

const rowOf = async (store: KeyValueStore, kpi: string, period = october) => {
  const report = await projectReport(store, settings, { projectKey: 'SUP', period, zone: utc });
  if (!report.ok) throw new Error(report.error.message);
  return report.value.scorecard.find((r) => r.kpi === kpi)?.actual;
};

// Alice's first ticket: resolved an hour after creation with one reply, so FCR unless she comes back.
const first = aTicket({
  key: 'SUP-1',
  reporterId: 'alice',
  createdAt: at('2026-10-01T09:00:00Z'),
  firstAgentReplyAt: at('2026-10-01T09:30:00Z'),
  agentPublicReplies: 1,
  firstResolvedAt: at('2026-10-01T10:00:00Z'),
});
// She writes again 23 hours after the resolution: inside the 48-hour repeat-contact window.
const again = aTicket({ key: 'SUP-2', reporterId: 'alice', createdAt: at('2026-10-02T09:00:00Z') });

describe('ingesting tickets', () => {
  it('re-judges an earlier ticket when a later batch brings its repeat contact, and again when that is deleted', async () => {
    const store = checkedStore(memoryStore());
    const one = await ingestTickets(store, 'SUP', [first], settings);
    expect(one.ok && one.value).toMatchObject({ ingested: 1, rejudged: 0 });
    expect(await rowOf(store, 'fcrRate')).toBe(1);
    expect(await rowOf(store, 'repeatContactRate')).toBe(0);

    const two = await ingestTickets(store, 'SUP', [again], settings);
    // SUP-1 now has a repeat contact: 1 of 1 resolved, and (fcrExcludeRepeat) no longer FCR.
    expect(two.ok && two.value).toMatchObject({ ingested: 1, rejudged: 1 });
    expect(await rowOf(store, 'repeatContactRate')).toBe(1);
    expect(await rowOf(store, 'fcrRate')).toBe(0);

    const removed = await removeTickets(store, 'SUP', ['SUP-2']);
    expect(removed.ok && removed.value).toMatchObject({ removed: 1, rejudged: 1 });
    expect(await rowOf(store, 'repeatContactRate')).toBe(0);
    expect(await rowOf(store, 'fcrRate')).toBe(1);
    const meta = await readMonitorMeta(store, 'SUP');
    expect(meta.ok && meta.value?.tickets).toBe(1);
  });

  it('counts a contact only inside the window: 49 hours after the resolution is no repeat', async () => {
    const store = checkedStore(memoryStore());
    const late = aTicket({
      key: 'SUP-3',
      reporterId: 'alice',
      createdAt: first.firstResolvedAt! + 49 * HOUR,
    });
    await ingestTickets(store, 'SUP', [late], settings);
    await ingestTickets(store, 'SUP', [first], settings);
    expect(await rowOf(store, 'repeatContactRate')).toBe(0);
  });

  it('rewrites nothing but the metadata when tickets are read again unchanged', async () => {
    const store = memoryStore();
    await ingestTickets(store, 'SUP', [first, again], settings);
    const before = new Map(store.data);
    const setsBefore = store.sets;
    // The same facts with their keys in another order, as another reader might build them.
    const reordered = Object.fromEntries(Object.entries(first).reverse()) as typeof first;
    const result = await ingestTickets(store, 'SUP', [reordered, again], settings);
    expect(result.ok && result.value).toMatchObject({
      ingested: 2,
      unchanged: 2,
      rejudged: 0,
      touchedShards: 0,
    });
    // Two writes: the metadata marked as being written, then cleared.
    expect(store.sets - setsBefore).toBe(2);
    for (const [key, value] of before) if (!key.endsWith(':meta')) expect(store.data.get(key)).toBe(value);
  });

  it('refuses a ticket of another project', async () => {
    const result = await ingestTickets(
      memoryStore(),
      'SUP',
      [aTicket({ key: 'IT-1', projectKey: 'IT' })],
      settings,
    );
    expect(!result.ok && result.error.message).toBe(
      'IT-1 belongs to project IT, not SUP: ingest it with its own project',
    );
  });

  it('keeps the keys the reader skipped until the ticket is read after all', async () => {
    const store = memoryStore();
    await ingestTickets(store, 'SUP', [first], settings, { npsEnabled: false, skippedKeys: ['SUP-9'] });
    const report = await projectReport(store, settings, { projectKey: 'SUP', period: october, zone: utc });
    expect(report.ok && report.value.skipped).toBe(1);
    await ingestTickets(store, 'SUP', [aTicket({ key: 'SUP-9' })], settings);
    const after = await readMonitorMeta(store, 'SUP');
    expect(after.ok && after.value?.skipped).toBe(0);
  });
});

describe('reading the aggregates', () => {
  it('says what to do when a project has no aggregates yet', async () => {
    const report = await projectReport(memoryStore(), settings, {
      projectKey: 'SUP',
      period: october,
      zone: utc,
    });
    expect(!report.ok && report.error).toEqual({
      code: 'KPI.NOT_READY',
      message: 'KPI aggregates for SUP are not built yet: start the backfill on the admin page',
    });
  });

  it('calls the aggregates stale once the KPI options change, and refuses to ingest into them', async () => {
    const store = memoryStore();
    await ingestTickets(store, 'SUP', [first], settings);
    const changed = settingsWith({ fcrExcludeRepeat: true, repeatWindowHours: 24 });
    const report = await projectReport(store, changed, { projectKey: 'SUP', period: october, zone: utc });
    expect(!report.ok && report.error.code).toBe('KPI.NOT_READY');
    expect(!report.ok && report.error.message).toContain('were built with other KPI options');
    const meta = await readMonitorMeta(store, 'SUP', changed);
    expect(meta.ok && meta.value?.needsRebuild).toBe(true);
    expect((await ingestTickets(store, 'SUP', [again], changed)).ok).toBe(false);
    // A reset and a fresh ingest under the new options make them readable again.
    await resetProjectAggregates(store, 'SUP');
    expect((await store.list('qlm:SUP:')).entries).toEqual([]);
    await ingestTickets(store, 'SUP', [first, again], changed);
    expect((await projectReport(store, changed, { projectKey: 'SUP', period: october, zone: utc })).ok).toBe(
      true,
    );
  });

  it('refuses a period bound that is not on a quarter hour, naming it', async () => {
    const store = memoryStore();
    await ingestTickets(store, 'SUP', [first], settings);
    const period = { from: october.from + 5 * 60_000, to: october.to };
    const report = await projectReport(store, settings, { projectKey: 'SUP', period, zone: utc });
    expect(!report.ok && report.error.message).toContain(
      "the period's start 2026-10-01T00:05:00.000Z is not on a quarter hour",
    );
  });

  it('refuses a breakdown the aggregates do not keep', async () => {
    const store = memoryStore();
    await ingestTickets(store, 'SUP', [first], settings);
    const report = await projectReport(store, settings, {
      projectKey: 'SUP',
      period: october,
      zone: utc,
      breakdownBy: 'components',
    });
    expect(!report.ok && report.error.message).toContain('not kept by "components"');
  });

  it('detects a write that died half-way and asks for a rebuild', async () => {
    const inner = memoryStore();
    await ingestTickets(inner, 'SUP', [first], settings);
    let writes = 0;
    const dying: KeyValueStore = {
      ...inner,
      set: async (key, value) => {
        if (++writes === 3) throw new Error('consumer killed');
        await inner.set(key, value);
      },
    };
    await expect(ingestTickets(dying, 'SUP', [again], settings)).rejects.toThrow('consumer killed');
    const next = await ingestTickets(inner, 'SUP', [again], settings);
    expect(!next.ok && next.error.message).toContain('was interrupted');
    const report = await projectReport(inner, settings, { projectKey: 'SUP', period: october, zone: utc });
    expect(!report.ok && report.error.message).toContain('a write was interrupted');
  });

  it('gives no breakdown unless one is asked for (the scorecard gadget reads the unbroken figures only)', async () => {
    const store = memoryStore();
    await ingestTickets(store, 'SUP', [first, again], settings);
    const plain = await projectReport(store, settings, { projectKey: 'SUP', period: october, zone: utc });
    expect(plain.ok && plain.value.breakdown).toEqual([]);
    const byType = await projectReport(store, settings, {
      projectKey: 'SUP',
      period: october,
      zone: utc,
      breakdownBy: 'requestType',
    });
    // The tickets carry no requestType dimension value (as Jira read them): one "(none)" row, 2 created, 1 resolved.
    expect(byType.ok && byType.value.breakdown.map((r) => [r.value, r.volume])).toEqual([
      ['(none)', { created: 2, resolved: 1 }],
    ]);
  });

  it('reports an unreadable day shard by its key instead of reading past it', async () => {
    const store = memoryStore();
    await ingestTickets(store, 'SUP', [first], settings);
    await store.set('qlm:SUP:agg:all:2026-10-01', {
      schemaVersion: 1,
      inline: { schemaVersion: 1, cells: { 36: { '*': [1] } } },
    });
    const report = await projectReport(store, settings, { projectKey: 'SUP', period: october, zone: utc });
    expect(!report.ok && report.error.code).toBe('KPI.NOT_READY');
    expect(!report.ok && report.error.message).toContain('qlm:SUP:agg:all:2026-10-01 is unreadable');
  });

  it('compares the period with the one of the same length before it', async () => {
    const store = memoryStore();
    const september = aTicket({
      key: 'SUP-5',
      createdAt: at('2026-09-15T00:00:00Z'),
      firstAgentReplyAt: at('2026-09-15T00:00:20Z'),
    });
    const octoberTicket = aTicket({
      key: 'SUP-6',
      createdAt: at('2026-10-15T00:00:00Z'),
      firstAgentReplyAt: at('2026-10-15T00:00:10Z'),
    });
    await ingestTickets(store, 'SUP', [september, octoberTicket], settings);
    const period = { from: october.from, to: october.from + 30 * DAY };
    const report = await projectReport(store, settings, { projectKey: 'SUP', period, zone: utc });
    if (!report.ok) throw new Error(report.error.message);
    // FRT median 10 s now, 20 s in the 30 days before: change −10 s, target 15 s met.
    expect(report.value.scorecard.find((r) => r.kpi === 'frtMedianMs')).toMatchObject({
      actual: 10_000,
      previous: 20_000,
      change: -10_000,
      target: 15_000,
      meetsTarget: true,
    });
  });
});
