import type { ResolverKey } from '../../../src/contract/resolvers';
import type { AlertRule, MonitoringSettings } from '../../../src/contract/monitoring-schema';
import { getComments, getIssue, searchJql } from '../../../src/jira/endpoints';
import type { LocalApp } from '../../../src/local/forge-runtime/local-app';
import { installMonitoredApp, mustAs } from '../../support/local-app';
import { startTestHost, TEST_NOW, type TestHost } from '../../support/local-host';

const DAY = 86_400_000;
let clock = TEST_NOW; // 2026-11-01T08:00Z, a Sunday; the site's tickets end at 2026-11-01T00:00Z
let host: TestHost;
let app: LocalApp;
const ids = { admin: '', manager: '', agent: '' };

beforeAll(async () => {
  host = await startTestHost({ now: () => clock });
  app = await installMonitoredApp(host, 'alerts');
  ids.admin = host.credentials.find((c) => c.role === 'admin')?.accountId ?? '';
  ids.manager = host.credentials.find((c) => c.role === 'qualityManager')?.accountId ?? '';
  ids.agent = host.credentials.find((c) => c.role === 'agent')?.accountId ?? '';
}, 120_000);
afterAll(async () => {
  app.close();
  await host.dispose();
});

const must = <K extends ResolverKey>(key: K, payload: unknown, as: keyof typeof ids = 'admin') =>
  mustAs(app, key, payload, ids[as]);

const rule = (over: Partial<AlertRule>): AlertRule => ({
  id: 'slow-resolution',
  name: 'Resolution slower than nothing',
  enabled: true,
  kpi: 'resolutionMedianMs',
  projectKey: 'SUP',
  dimension: null,
  // Any day with a resolved ticket has a median above 0 ms, so this fires on measured days.
  condition: { kind: 'absolute', direction: 'above', value: 0 },
  periodsInRow: 3,
  severity: 'warning',
  openImprovement: true,
  improvementKpi: null,
  notifyUsers: [],
  notifyIssueKey: null,
  teamLead: null,
  ...over,
});

/** Monitoring settings in UTC that watch these rules and generate no reviews. */
const watching = (...rules: AlertRule[]): MonitoringSettings => ({
  schemaVersion: 1,
  timeZone: 'UTC',
  reviewProjects: [],
  rules,
});

const mentionsIn = (body: unknown): string[] =>
  JSON.stringify(body)
    .match(/"type":"mention","attrs":\{"id":"[^"]+"/g)
    ?.map((m) => m.replace(/.*"id":"/, '').replace(/"$/, '')) ?? [];

async function improvementsOfSup(): Promise<string[]> {
  const page = await searchJql(host.clientAs('admin'), {
    jql: 'project = SUP AND issuetype = "Service Improvement" ORDER BY key ASC',
    fields: ['summary'],
    maxResults: 50,
  });
  if (!page.ok) throw new Error(page.error.message);
  return page.value.issues.map((i) => i.key ?? '');
}

describe('daily alerts on the local host', () => {
  let opened = '';
  let redCard = '';

  it('refuses a rule that opens an improvement on a KPI no improvement can measure', async () => {
    const monitoring = watching(rule({ id: 'nps-drop', kpi: 'nps' }));
    const answer = await app.invoke('alerts/settings/save', { monitoring }, ids.admin);
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.error.message).toContain('improvementKpi');
  });

  it('opens an Identified improvement with the evidence when a rule fires, and notifies by mention', async () => {
    await must('alerts/settings/save', {
      monitoring: watching(
        rule({ notifyUsers: [ids.agent] }),
        rule({
          id: 'slow-first-reply',
          name: 'First reply slower than nothing',
          kpi: 'frtMedianMs',
          periodsInRow: 2,
          severity: 'redCard',
          teamLead: ids.manager,
          notifyUsers: [ids.agent],
        }),
      ),
    });
    const run = await must('alerts/run-daily', {});
    expect(run.today).toBe('2026-11-01');
    // The reviews due are generated after the alerts: the last complete ISO week and month.
    expect(run.reviews.map((r) => `${r.projectKey} ${r.kind} ${r.label}`)).toEqual([
      'SUP weekly 2026-W43',
      'SUP monthly 2026-10',
    ]);
    expect(run.reviewFailures).toEqual([]);
    const [slow, red] = run.alerts;
    // The streak is the last 3 complete days before today, each measured and above 0 ms.
    expect(slow?.evaluation?.reason).toBe('fired');
    expect(slow?.evaluation?.streak.map((d) => d.day)).toEqual(['2026-10-29', '2026-10-30', '2026-10-31']);
    expect(slow?.evaluation?.threshold).toBe(0);
    opened = slow?.improvementKey ?? '';
    redCard = red?.improvementKey ?? '';
    expect(opened).toMatch(/^SUP-\d+$/);
    expect(redCard).toMatch(/^SUP-\d+$/);
    expect(slow?.actions.map((a) => a.kind)).toEqual(['improvementOpened', 'commented']);

    // The streak values are the KPI's own daily values, as the trend resolver gives them.
    const trend = await must('kpi/trend', {
      projectKey: 'SUP',
      kpi: 'resolutionMedianMs',
      from: '2026-10-29',
      to: '2026-11-01',
      timeZone: 'UTC',
    });
    expect(slow?.evaluation?.streak).toEqual(trend.points);

    const improvement = await must('improvement/get', { key: opened });
    expect(improvement.stage).toBe('identified');
    expect(improvement.problem.kpi).toBe('resolutionMedianMs');
    expect(improvement.problem.statement).toContain(
      'Alert rule "Resolution slower than nothing" (slow-resolution)',
    );
    expect(improvement.problem.statement).toContain('2026-10-29');
    const comments = await getComments(host.clientAs('admin'), opened);
    if (!comments.ok) throw new Error(comments.error.message);
    expect(comments.value.comments).toHaveLength(1);
    expect(mentionsIn(comments.value.comments[0]?.body)).toEqual([ids.agent]);
  }, 60_000);

  it('flags the team lead on a red card: mention, label ql-red-card and the highest priority', async () => {
    const comments = await getComments(host.clientAs('admin'), redCard);
    if (!comments.ok) throw new Error(comments.error.message);
    expect(comments.value.comments).toHaveLength(1);
    expect(mentionsIn(comments.value.comments[0]?.body)).toEqual([ids.manager, ids.agent]);
    expect(JSON.stringify(comments.value.comments[0]?.body)).toContain('Red card (红牌)');
    const issue = await getIssue(host.clientAs('admin'), redCard, { fields: ['labels', 'priority'] });
    if (!issue.ok) throw new Error(issue.error.message);
    expect(issue.value.fields?.labels).toContain('ql-red-card');
    expect(JSON.stringify(issue.value.fields?.priority)).toContain('Highest');
  });

  it('does nothing twice when run again the same day', async () => {
    const before = await improvementsOfSup();
    const again = await must('alerts/run-daily', {});
    expect(again.alerts.map((a) => a.improvementKey)).toEqual([opened, redCard]);
    expect(await improvementsOfSup()).toEqual(before);
    const comments = await getComments(host.clientAs('admin'), opened);
    expect(comments.ok && comments.value.comments).toHaveLength(1);
  }, 60_000);

  it('opens no second improvement while the first is open, even on another day it fires', async () => {
    clock = TEST_NOW - DAY; // today 2026-10-31: the streak 10-28..10-30 fires again
    const before = await improvementsOfSup();
    const run = await must('alerts/run-daily', {});
    const slow = run.alerts.find((a) => a.ruleId === 'slow-resolution');
    expect(slow?.evaluation?.reason).toBe('fired');
    expect(slow?.actions).toEqual([{ kind: 'improvementStillOpen', issueKey: opened }]);
    expect(await improvementsOfSup()).toEqual(before);
    const comments = await getComments(host.clientAs('admin'), opened);
    expect(comments.ok && comments.value.comments).toHaveLength(1);
  }, 60_000);

  it('opens a new improvement once the one it opened is closed', async () => {
    const current = await must('improvement/get', { key: opened });
    await must('improvement/close', {
      key: opened,
      version: current.version,
      code: 'withdrawn',
      standard: null,
      learnings: 'Opened by a test rule',
    });
    clock = TEST_NOW - 2 * DAY; // today 2026-10-30: the streak 10-27..10-29
    const before = await improvementsOfSup();
    const run = await must('alerts/run-daily', {});
    const slow = run.alerts.find((a) => a.ruleId === 'slow-resolution');
    expect(slow?.actions[0]?.kind).toBe('improvementOpened');
    expect(slow?.improvementKey).not.toBe(opened);
    expect((await improvementsOfSup()).length).toBe(before.length + 1);
  }, 60_000);

  it('keeps the history by project and month, newest day first', async () => {
    const october = await must('alerts/history', { projectKey: 'SUP', month: '2026-10' });
    expect(october.entries.map((e) => `${e.day} ${e.ruleId}`)).toEqual([
      '2026-10-31 slow-first-reply',
      '2026-10-31 slow-resolution',
      '2026-10-30 slow-first-reply',
      '2026-10-30 slow-resolution',
    ]);
    const november = await must('alerts/history', { projectKey: 'SUP', month: '2026-11' });
    expect(november.entries).toHaveLength(2);
    clock = TEST_NOW;
  });

  it('watches one dimension value: the series is that value’s daily figure, the improvement is scoped to it', async () => {
    clock = TEST_NOW - 3 * DAY; // today 2026-10-29: the streak 10-27..10-28
    const dayReport = (day: string, to: string) =>
      must('kpi/report', { projectKey: 'SUP', from: day, to, timeZone: 'UTC', breakdownBy: 'requestType' });
    const busiest = (await dayReport('2026-10-27', '2026-10-28')).breakdown[0]?.value ?? '';
    await must('alerts/settings/save', {
      monitoring: watching(
        rule({
          id: 'scoped',
          name: 'One request type',
          kpi: 'fcrRate',
          periodsInRow: 2,
          dimension: { name: 'requestType', value: busiest },
          condition: { kind: 'absolute', direction: 'above', value: -1 },
        }),
        rule({
          id: 'nobody',
          name: 'A request type nobody uses',
          kpi: 'fcrRate',
          periodsInRow: 2,
          dimension: { name: 'requestType', value: 'No such request type' },
          condition: { kind: 'absolute', direction: 'above', value: -1 },
        }),
      ),
    });
    const run = await must('alerts/run-daily', {});
    const [scoped, nobody] = run.alerts;
    const expected = await Promise.all(
      [
        ['2026-10-27', '2026-10-28'],
        ['2026-10-28', '2026-10-29'],
      ].map(async ([from, to]) => {
        const row = (await dayReport(from ?? '', to ?? '')).breakdown.find((r) => r.value === busiest);
        return { day: from, value: (row as { fcrRate?: number | null } | undefined)?.fcrRate ?? null };
      }),
    );
    expect(scoped?.evaluation?.streak).toEqual(expected);
    // The busiest request type has resolved tickets on both days, so each day is measured and fires.
    expect(expected.every((d) => d.value !== null)).toBe(true);
    expect(scoped?.evaluation?.reason).toBe('fired');
    const improvement = await must('improvement/get', { key: scoped?.improvementKey ?? '' });
    expect(improvement.problem.scope.dimensions).toEqual({ requestType: busiest });
    expect(improvement.problem.statement).toContain(`SUP (requestType = ${busiest})`);
    expect(nobody?.evaluation).toMatchObject({ fired: false, reason: 'noData' });
    expect(nobody?.evaluation?.streak).toEqual([
      { day: '2026-10-27', value: null },
      { day: '2026-10-28', value: null },
    ]);
    clock = TEST_NOW;
  }, 60_000);
});
