import {
  acquireSyncLease,
  addBreachesDue,
  breachesDue,
  clearDirtyMarks,
  dropBreachDaysBefore,
  markDirty,
  readCheckpoint,
  readDirtyMarks,
  releaseSyncLease,
} from '../../../src/app/monitor/sync-state';
import { pendingBreaches } from '../../../src/app/monitor/ticket-pages';
import { sqliteStore } from '../../../src/local/app-store/sqlite-store';
import { checkedStore } from '../../../src/store/checked-store';
import { aTicket as ticket } from '../../support/ticket-builder';

const at = (iso: string) => Date.parse(iso);
const newStore = () => checkedStore(sqliteStore(':memory:'));

describe('sync state', () => {
  it('clears the dirty marks a sync consumed, keeping one an event renewed meanwhile', async () => {
    const store = newStore();
    await markDirty(store, 'SUP', { issueKey: 'SUP-1', deleted: false, at: 1000 });
    await markDirty(store, 'SUP', { issueKey: 'SUP-2', deleted: true, at: 1000 });
    const read = await readDirtyMarks(store, 'SUP');
    expect(read.marks.map((m) => m.issueKey)).toEqual(['SUP-1', 'SUP-2']);
    // SUP-1 changes again after the sync read the marks and before it cleared them.
    await markDirty(store, 'SUP', { issueKey: 'SUP-1', deleted: false, at: 2000 });
    await clearDirtyMarks(store, 'SUP', read.marks);
    expect((await readDirtyMarks(store, 'SUP')).marks).toEqual([
      { schemaVersion: 1, issueKey: 'SUP-1', deleted: false, at: 2000 },
    ]);
  });

  it('keeps marks of one project apart from another whose key starts the same', async () => {
    const store = newStore();
    await markDirty(store, 'SUP', { issueKey: 'SUP-1', deleted: false, at: 1 });
    await markDirty(store, 'SUPPORT', { issueKey: 'SUPPORT-1', deleted: false, at: 1 });
    expect((await readDirtyMarks(store, 'SUP')).marks.map((m) => m.issueKey)).toEqual(['SUP-1']);
  });

  it('finds the breaches due in a window, across day shards, and drops the days passed', async () => {
    const store = newStore();
    await addBreachesDue(
      store,
      'SUP',
      new Map([
        ['SUP-1', at('2026-11-01T23:30:00Z')],
        ['SUP-2', at('2026-11-02T00:10:00Z')],
        ['SUP-3', at('2026-11-02T05:00:00Z')],
      ]),
    );
    const due = await breachesDue(store, 'SUP', at('2026-11-01T23:00:00Z'), at('2026-11-02T01:00:00Z'));
    expect(due.keys.sort()).toEqual(['SUP-1', 'SUP-2']);
    expect(due.days).toEqual(['2026-11-01', '2026-11-02']);
    await dropBreachDaysBefore(store, 'SUP', due.days, at('2026-11-02T01:00:00Z'));
    const later = await breachesDue(store, 'SUP', 0, at('2026-11-03T00:00:00Z'));
    expect(later.keys).toEqual(['SUP-2', 'SUP-3']);
  });

  it('lets one sync of a project run at a time, until its lease is released or runs out', async () => {
    const store = newStore();
    expect(await acquireSyncLease(store, 'SUP', 'hourly', 0, 900_000)).toBe(true);
    expect(await acquireSyncLease(store, 'SUP', 'daily', 1000, 900_000)).toBe(false);
    expect(await acquireSyncLease(store, 'OPS', 'daily', 1000, 900_000)).toBe(true);
    // The lease of a run that died ends with its time limit.
    expect(await acquireSyncLease(store, 'SUP', 'daily', 900_000, 900_000)).toBe(true);
    // The first run, finishing late, does not release the lease it no longer holds.
    await releaseSyncLease(store, 'SUP', 'hourly');
    expect(await acquireSyncLease(store, 'SUP', 'hourly', 900_001, 900_000)).toBe(false);
    await releaseSyncLease(store, 'SUP', 'daily');
    expect(await acquireSyncLease(store, 'SUP', 'hourly', 900_002, 900_000)).toBe(true);
  });

  it('reports an unreadable checkpoint instead of treating it as absent', async () => {
    const store = newStore();
    await store.set('monitor-backfill:SUP', { schemaVersion: 1, projectKey: 'SUP', status: 'sleeping' });
    const read = await readCheckpoint(store, 'SUP');
    expect(read.ok).toBe(false);
    expect(!read.ok && read.error.code).toBe('MONITOR.UNREADABLE');
  });
});

describe('pending breaches', () => {
  it('lists the earliest future breach of each ticket with a running, unbreached SLA clock', () => {
    const now = at('2026-11-01T08:00:00Z');
    const running = (breachTime: number, breached = false) => ({
      name: 'Time to resolution',
      completedCycles: [],
      ongoingCycle: { breached, breachTime },
    });
    const tickets = [
      ticket({
        key: 'SUP-1',
        sla: [running(now + 3_600_000), { ...running(now + 60_000), name: 'Time to first response' }],
      }),
      ticket({ key: 'SUP-2', sla: [running(now + 60_000, true)] }),
      ticket({ key: 'SUP-3', sla: [running(now - 60_000)] }),
      ticket({ key: 'SUP-4', sla: [] }),
    ];
    expect(pendingBreaches(tickets, now)).toEqual(new Map([['SUP-1', now + 60_000]]));
  });
});
