import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { exportDataset } from '../../src/app/export/export-dataset';
import { makeKpiReport } from '../../src/app/report/make-kpi-report';
import { reportJql } from '../../src/app/report/report-jql';
import { breachesDue, readDirtyMarks, readSyncState } from '../../src/app/monitor/sync-state';
import { SYNC_OVERLAP_MS, syncProject } from '../../src/app/monitor/sync';
import { readMonitorMeta } from '../../src/app/monitor/ingest';
import { markIssueEvent } from '../../src/app/monitor/issue-events';
import { DEFAULT_SETTINGS } from '../../src/app/settings/settings-store';
import type { JiraClient } from '../../src/jira/client';
import { addComment, createIssue, getFields, getIssue, searchJql } from '../../src/jira/endpoints';
import { discoverFields } from '../../src/jira/field-map';
import { installLocalApp, type LocalApp } from '../../src/local/forge-runtime/local-app';
import { moveTo } from '../support/jira-transitions';
import { startTestHost, TEST_NOW, type TestHost } from '../support/local-host';

const TICKETS = 350;
const MINUTE = 60_000;
let now = TEST_NOW;
let host: TestHost;
let app: LocalApp;
let admin = '';

beforeAll(async () => {
  host = await startTestHost({ tickets: TICKETS, days: 40, now: () => now });
  const storeFile = join(mkdtempSync(join(tmpdir(), 'ql-app-')), 'app.db');
  let tick = 0;
  // A budget of 1 ms on a clock that moves 1 ms a reading: each queued step reads one page, then hands over.
  app = installLocalApp(host.site, storeFile, { backfillBudgetMs: 1, backfillClock: () => tick++ });
  admin = host.credentials.find((c) => c.role === 'admin')?.accountId ?? '';
}, 120_000);
afterAll(async () => {
  app.close();
  await host.dispose();
});

/** A small deterministic generator (mulberry32), so the "random" edits are the same on every run. */
function prng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const ok = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

const monitorStatus = z.object({
  projects: z.array(
    z.object({
      projectKey: z.string(),
      backfill: z.object({
        status: z.string(),
        ticketsDone: z.number(),
        skipped: z.number(),
        pages: z.number(),
        steps: z.number(),
      }),
      dirty: z.number(),
    }),
  ),
});

const plain = (text: string) => ({
  type: 'doc',
  version: 1,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

const keysOf = async (jira: JiraClient, jql: string) =>
  ok(await searchJql(jira, { jql, fields: ['key'], maxResults: 1000 })).issues.map((i) => i.key ?? i.id);

/** Figures compared with a tolerance far below any displayed digit (sums are added in another order). */
const rounded = (value: unknown): unknown =>
  typeof value === 'number'
    ? Math.round(value * 1e9) / 1e9
    : Array.isArray(value)
      ? value.map(rounded)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)]))
        : value;

/** The `ql report --site` path: export the tickets the period needs, then compute the full report. */
async function freshReport(period: { from: string; to: string; timeZone: string }) {
  const request = { ...period, config: {} };
  const jql = ok(reportJql('SUP', request));
  const dataset = ok(await exportDataset(host.clientAs('qualityManager'), jql));
  return ok(makeKpiReport(dataset.fields, dataset.issues, request));
}

const PERIODS = [
  { from: '2026-10-25', to: '2026-11-02', timeZone: 'Asia/Shanghai' },
  { from: '2026-10-02', to: '2026-11-02', timeZone: 'Asia/Shanghai' },
  { from: '2026-11-01', to: '2026-11-02', timeZone: 'UTC' },
];

async function expectReportsEqualFresh(): Promise<void> {
  for (const period of PERIODS) {
    const answer = await app.invoke('kpi/report', { projectKey: 'SUP', ...period }, admin);
    if (!answer.ok) throw new Error(answer.error.message);
    const stored = answer.data as {
      volume: unknown;
      scorecard: unknown;
      composite: { score: number | null };
    };
    const fresh = await freshReport(period);
    expect(rounded(stored.volume)).toEqual(rounded(fresh.volume));
    expect(rounded(stored.scorecard)).toEqual(rounded(fresh.scorecard));
    expect(rounded(stored.composite.score)).toEqual(rounded(fresh.composite.score));
  }
}

describe('monitor: backfill on the queue, then incremental sync, equal to a full recomputation', () => {
  it('backfills through the emulated queue, one page a step, every ticket once', async () => {
    const started = await app.invoke('monitor/backfill', { projectKey: 'SUP' }, admin);
    if (!started.ok) throw new Error(started.error.message);
    await app.monitor.queue.idle();
    const status = monitorStatus.parse(ok(await invokeOk('monitor/status', {})));
    const sup = status.projects.find((p) => p.projectKey === 'SUP');
    // 350 tickets in pages of 100: four pages, each its own queue invocation after a hand-over.
    expect(sup?.backfill).toMatchObject({ status: 'done', pages: 4, steps: 4 });
    expect(app.monitor.queue.invocations).toBe(4);
    expect((sup?.backfill.ticketsDone ?? 0) + (sup?.backfill.skipped ?? 0)).toBe(host.site.issues.count());
    await expectReportsEqualFresh();
  }, 120_000);

  it('after seeded random edits, one sync gives the figures of a fresh full report', async () => {
    const agent = host.clientAs('agent');
    const adminJira = host.clientAs('admin');
    const customerCredential = host.credentials.find((c) => c.role === 'customer');
    if (!customerCredential) throw new Error('no customer account');
    const customer = host.clientAs('customer');
    const fields = ok(discoverFields(ok(await getFields(agent)), { npsField: null, dimensions: [] }));
    const random = prng(20261101);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const advance = () => (now += Math.floor(1 + random() * 4) * MINUTE);
    now += 60 * MINUTE;

    const open = await keysOf(agent, 'project = SUP AND resolution = Unresolved ORDER BY key ASC');
    const resolved = await keysOf(agent, 'project = SUP AND resolution is not EMPTY ORDER BY key ASC');
    const own = await keysOf(
      agent,
      `project = SUP AND reporter = "${customerCredential.accountId}" ORDER BY key ASC`,
    );
    expect(open.length).toBeGreaterThan(10);
    expect(own.length).toBeGreaterThan(0);
    const edited = new Set<string>();

    for (let i = 0; i < 40; i++) {
      advance();
      const action = pick([
        'resolve',
        'reopen',
        'agentComment',
        'internalComment',
        'customerComment',
        'rate',
        'newTicket',
      ]);
      if (action === 'resolve' && open.length > 0) {
        const key = open.splice(Math.floor(random() * open.length), 1)[0] as string;
        ok(await moveTo(agent, key, 'Resolved'));
        resolved.push(key);
        edited.add(key);
      } else if (action === 'reopen' && resolved.length > 0) {
        const key = resolved.splice(Math.floor(random() * resolved.length), 1)[0] as string;
        ok(await moveTo(agent, key, 'Waiting for support'));
        open.push(key);
        edited.add(key);
      } else if (action === 'agentComment' || action === 'internalComment') {
        const key = pick([...open, ...resolved]);
        ok(
          await addComment(agent, key, {
            body: plain('已处理'),
            ...(action === 'internalComment' && {
              properties: [{ key: 'sd.public.comment', value: { internal: true } }],
            }),
          }),
        );
        edited.add(key);
      } else if (action === 'customerComment') {
        const key = pick(own);
        ok(
          await customer.call({
            method: 'POST',
            route: '/rest/servicedeskapi/request/{issueIdOrKey}/comment',
            params: { issueIdOrKey: key },
            body: { body: '还是不行', public: true },
            schema: z.unknown(),
          }),
        );
        edited.add(key);
      } else if (action === 'rate') {
        const key = pick(own);
        ok(
          await customer.call({
            method: 'POST',
            route: '/rest/servicedeskapi/request/{requestIdOrKey}/feedback',
            params: { requestIdOrKey: key },
            body: { type: 'csat', rating: 1 + Math.floor(random() * 5) },
            schema: z.unknown(),
          }),
        );
        edited.add(key);
      } else {
        // The same customer contacts again: a repeat contact of their earlier ticket.
        const earlier = ok(
          await getIssue(agent, pick([...open, ...resolved]), {
            fields: ['reporter', 'issuetype', fields.requestType ?? 'summary'],
          }),
        );
        const f = z
          .looseObject({
            reporter: z.object({ accountId: z.string() }),
            issuetype: z.object({ id: z.string() }),
          })
          .parse(earlier.fields);
        const created = ok(
          await createIssue(adminJira, {
            fields: {
              project: { key: 'SUP' },
              issuetype: { id: f.issuetype.id },
              summary: '又来了',
              reporter: { accountId: f.reporter.accountId },
              ...(fields.requestType && { [fields.requestType]: earlier.fields?.[fields.requestType] }),
            },
          }),
        );
        open.push(created.key);
        edited.add(created.key);
      }
    }
    await host.site.settled();
    expect(edited.size).toBeGreaterThan(10);

    // Every event of a monitored project left a mark for the next sync.
    const { store } = app.monitor.ports();
    const marks = await readDirtyMarks(store, 'SUP');
    expect(new Set(marks.marks.map((m) => m.issueKey))).toEqual(edited);

    now += 5 * MINUTE;
    // Tickets whose running SLA clock ran out since the backfill: no `updated` shows it, so they are re-read too.
    const breaching = await breachesDue(store, 'SUP', TEST_NOW - SYNC_OVERLAP_MS, now);
    await app.monitor.syncNow();
    const sync = ok(await readSyncState(store, 'SUP'));
    expect(sync?.cursor).toBe(now);
    expect(sync?.lastError).toBeNull();
    // Only what changed was read again: the edited tickets (and those breaching), not the project.
    expect(sync?.lastRun?.changed).toBe(new Set([...edited, ...breaching.keys]).size);
    expect(sync?.lastRun?.changed).toBeLessThan(edited.size + 5);
    expect((await readDirtyMarks(store, 'SUP')).marks).toEqual([]);

    await expectReportsEqualFresh();
  }, 240_000);

  it('a failed Jira call leaves the cursor and the dirty marks where they were', async () => {
    const ports = app.monitor.ports();
    const { store } = ports;
    const before = ok(await readSyncState(store, 'SUP'));
    now += 10 * MINUTE;
    ok(await addComment(host.clientAs('agent'), 'SUP-3', { body: plain('收到') }));
    await host.site.settled();
    const marked = (await readDirtyMarks(store, 'SUP')).marks;
    expect(marked.map((m) => m.issueKey)).toContain('SUP-3');

    // A client whose every search is refused: the sync stops, recording the error, moving nothing.
    const broken: JiraClient = {
      ...ports.jira,
      call: ((spec: Parameters<JiraClient['call']>[0]) =>
        ports.jira.call(
          spec.route === '/rest/api/3/search/jql' ? { ...spec, body: { jql: 'project = = SUP' } } : spec,
        )) as unknown as JiraClient['call'],
    };
    const failed = await syncProject({ ...ports, jira: broken }, DEFAULT_SETTINGS, 'SUP');
    expect(failed.ok).toBe(false);
    const after = ok(await readSyncState(store, 'SUP'));
    expect(after?.cursor).toBe(before?.cursor);
    expect(after?.lastError?.code).toBe('JIRA.BAD_REQUEST');
    expect((await readDirtyMarks(store, 'SUP')).marks).toEqual(marked);
  }, 60_000);

  it('takes deleted issues out of the figures, and a marked key that no longer exists', async () => {
    const ports = app.monitor.ports();
    const before = ok(await readMonitorMeta(ports.store, 'SUP'));
    // As avi:jira:deleted:issue marks it (the local site has no issue deletion); SUP-99999 never existed.
    await markIssueEvent(ports.store, { eventType: 'avi:jira:deleted:issue', issue: { key: 'SUP-7' } }, now);
    await markIssueEvent(
      ports.store,
      { eventType: 'avi:jira:updated:issue', issue: { key: 'SUP-99999' } },
      now,
    );
    now += 10 * MINUTE;
    const synced = ok(await syncProject(ports, DEFAULT_SETTINGS, 'SUP'));
    expect(synced.removed).toBe(2);
    const after = ok(await readMonitorMeta(ports.store, 'SUP'));
    expect(after?.tickets).toBe((before?.tickets ?? 0) - 1);
    expect((await readDirtyMarks(ports.store, 'SUP')).marks).toEqual([]);
  }, 60_000);
});

async function invokeOk(key: 'monitor/status', payload: unknown) {
  const answer = await app.invoke(key, payload, admin);
  return answer.ok ? { ok: true as const, value: answer.data } : { ok: false as const, error: answer.error };
}
