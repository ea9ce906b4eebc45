import { z } from 'zod';
import { resumeBackfill, runBackfillStep, startBackfill } from '../../../src/app/monitor/backfill';
import { readMonitorMeta } from '../../../src/app/monitor/ingest';
import { readCheckpoint, readSyncState } from '../../../src/app/monitor/sync-state';
import type { AppPorts } from '../../../src/app/ports';
import { DEFAULT_SETTINGS } from '../../../src/app/settings/settings-store';
import type { JiraClient } from '../../../src/jira/client';
import { sqliteStore } from '../../../src/local/app-store/sqlite-store';
import { checkedStore } from '../../../src/store/checked-store';
import { startTestHost, TEST_NOW, type Exchange, type TestHost } from '../../support/local-host';

const TICKETS = 450;
let host: TestHost;

beforeAll(async () => {
  host = await startTestHost({ tickets: TICKETS, days: 30 });
}, 120_000);
afterAll(async () => {
  await host.dispose();
});

const searchAnswer = z.object({ issues: z.array(z.object({ key: z.string() })) });

/** Issue keys every search answer carried, in order, from what the recording transport saw. */
const searchedKeys = (exchanges: readonly Exchange[]) =>
  exchanges
    .filter((e) => e.path.startsWith('/rest/api/3/search/jql') && e.response.status === 200)
    .flatMap((e) => searchAnswer.parse(e.response.json).issues.map((i) => i.key));

const portsWith = (jira: JiraClient): AppPorts => ({
  jira,
  jiraAsApp: jira,
  store: checkedStore(sqliteStore(':memory:')),
  now: () => TEST_NOW,
});

/** A clock that moves one millisecond each time it is read: a budget of 1 ms allows one page a step. */
const tickingClock = () => {
  let t = 0;
  return () => t++;
};

describe('backfill in queue steps', () => {
  it('hands over after each page under a tiny budget and reads every ticket exactly once', async () => {
    const exchanges: Exchange[] = [];
    const ports = portsWith(host.clientAs('admin', {}, exchanges));
    const started = await startBackfill(ports, 'SUP');
    if (!started.ok) throw new Error(started.error.message);

    const clock = tickingClock();
    let steps = 0;
    for (;;) {
      steps += 1;
      const outcome = await runBackfillStep(ports, DEFAULT_SETTINGS, started.value.event, {
        budgetMs: 1,
        clock,
      });
      if (!outcome.ok) throw new Error(outcome.error.message);
      if (!outcome.value.handOver) break;
      expect(steps).toBeLessThan(20);
    }

    // 450 tickets in pages of 100: five pages, one per step.
    expect(steps).toBe(5);
    const keys = searchedKeys(exchanges);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toHaveLength(host.site.issues.count());
    const checkpoint = await readCheckpoint(ports.store, 'SUP');
    expect(checkpoint.ok && checkpoint.value).toMatchObject({
      status: 'done',
      pages: 5,
      steps: 5,
      after: `SUP-${TICKETS}`,
    });
    if (!checkpoint.ok || !checkpoint.value) throw new Error('no checkpoint');
    expect(checkpoint.value.ticketsDone + checkpoint.value.skipped).toBe(TICKETS);
    // One field list per step, one search per page: nothing else was needed.
    expect(checkpoint.value.requests).toBe(5 + 5);
    const meta = await readMonitorMeta(ports.store, 'SUP');
    expect(meta.ok && meta.value?.tickets).toBe(checkpoint.value.ticketsDone);
    // The sync takes over from the instant the backfill began.
    const sync = await readSyncState(ports.store, 'SUP');
    expect(sync.ok && sync.value?.cursor).toBe(TEST_NOW);
  }, 60_000);

  it('resumes after a failed page exactly where the last checkpoint stands', async () => {
    const exchanges: Exchange[] = [];
    const healthy = host.clientAs('admin', {}, exchanges);
    let searches = 0;
    // The third search fails for good: the step stops with the backfill failed after two pages.
    const failing: JiraClient = {
      ...healthy,
      call: ((spec: Parameters<JiraClient['call']>[0]) =>
        healthy.call(
          spec.route === '/rest/api/3/search/jql' && ++searches === 3
            ? { ...spec, body: { jql: 'project = NOPE!' } }
            : spec,
        )) as unknown as JiraClient['call'],
    };
    const ports = portsWith(failing);
    const started = await startBackfill(ports, 'SUP');
    if (!started.ok) throw new Error(started.error.message);
    const failed = await runBackfillStep(ports, DEFAULT_SETTINGS, started.value.event, {
      budgetMs: 1_000_000,
    });
    expect(failed.ok).toBe(false);
    const stopped = await readCheckpoint(ports.store, 'SUP');
    expect(stopped.ok && stopped.value).toMatchObject({ status: 'failed', pages: 2, after: 'SUP-200' });
    expect(stopped.ok && stopped.value?.error?.code).toBe('JIRA.BAD_REQUEST');

    // A step of the failed run does nothing; a resumed run reads from SUP-201 on.
    const stale = await runBackfillStep(ports, DEFAULT_SETTINGS, started.value.event);
    expect(stale.ok && stale.value).toMatchObject({ done: true, handOver: false });
    const resumed = await resumeBackfill(ports, 'SUP');
    if (!resumed.ok) throw new Error(resumed.error.message);
    expect(resumed.value.event.runId).not.toBe(started.value.event.runId);
    const rest = await runBackfillStep(ports, DEFAULT_SETTINGS, resumed.value.event, { budgetMs: 1_000_000 });
    expect(rest.ok && rest.value.done).toBe(true);

    const keys = searchedKeys(exchanges);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toHaveLength(TICKETS);
    const done = await readCheckpoint(ports.store, 'SUP');
    expect(done.ok && done.value).toMatchObject({ status: 'done', pages: 5, error: null });
  }, 60_000);
});
