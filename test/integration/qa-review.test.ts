import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ResolverKey, ResolverOutput } from '../../src/contract/resolvers';
import { DEFAULT_SCORECARD } from '../../src/app/qa/default-scorecard';
import { getComments, getIssueProperty, searchJql } from '../../src/jira/endpoints';
import { installLocalApp, type LocalApp } from '../../src/local/forge-runtime/local-app';
import { exportCommand } from '../../src/local/cli/export-command';
import { importCommand } from '../../src/local/cli/import-command';
import { reportCommand } from '../../src/local/cli/report-command';
import { openDatabase } from '../../src/local/jira-host/db/open-database';
import { DEFAULT_QA_CONFIG, writeQaConfig } from '../../src/app/qa/qa-config-store';
import { scheduledQaSampling } from '../../src/app/qa/scheduled-sampling';
import { runSampling } from '../../src/app/qa/sampling-run';
import { DEFAULT_SETTINGS } from '../../src/app/settings/settings-store';
import { parsePeriod } from '../../src/domain/time/period-text';
import { sqliteStore } from '../../src/local/app-store/sqlite-store';
import { inProcessTransport } from '../../src/local/jira-host/http/in-process-transport';
import { makeJiraClient } from '../../src/jira/client';
import { checkedStore } from '../../src/store/checked-store';
import { mustAs, refusedAs } from '../support/local-app';
import { startTestHost, TEST_NOW, type TestHost } from '../support/local-host';

let host: TestHost;
let app: LocalApp;
const ids = { admin: '', manager: '', manager2: '', agent: '' };

beforeAll(async () => {
  host = await startTestHost({ tickets: 300, days: 40 });
  app = installLocalApp(host.site, join(mkdtempSync(join(tmpdir(), 'ql-app-')), 'app.db'));
  // problems/list reads the tickets' facts from the KPI aggregates: build them first.
  const built = await app.rebuildAggregates('SUP');
  if (!built.ok) throw new Error(built.error.message);
  const managers = host.credentials.filter((c) => c.role === 'qualityManager');
  ids.admin = host.credentials.find((c) => c.role === 'admin')?.accountId ?? '';
  ids.manager = managers[0]?.accountId ?? '';
  ids.manager2 = managers[1]?.accountId ?? '';
  ids.agent = host.credentials.find((c) => c.role === 'agent')?.accountId ?? '';
}, 120_000);
afterAll(async () => {
  app.close();
  await host.dispose();
});

const must = <K extends ResolverKey>(key: K, payload: unknown, as: string) => mustAs(app, key, payload, as);
const refused = (key: ResolverKey, payload: unknown, as: string) => refusedAs(app, key, payload, as);

/** Answers by criterion id of the default scorecard (greet, confirm, correct, empathy, process, script, close). */
const answers = (v: [number, number, number, number | null, number, number, number]) =>
  [
    'greet-and-identify',
    'confirm-need',
    'correct-answer',
    'empathy-tone',
    'follow-process',
    'standard-script',
    'confirm-and-close',
  ].map((criterionId, i) => ({ criterionId, value: v[i] ?? null }));
// All top marks: 100, passed.
const PERFECT = answers([1, 5, 5, 5, 1, 1, 1]);
// 5 + 10·0.75 + 25·0.5 + 15·0.75 + 15 + 0 + 15 = 66.25: failed, on the script criterion.
const WEAK = answers([1, 4, 3, 4, 1, 0, 1]);
// correct-answer 2 (critical, ≤ 2): 5 + 10 + 25·0.25 + 15 + 15 + 15 + 15 = 81.25 ≥ 80 but failed.
const CRITICAL = answers([1, 5, 2, 5, 1, 1, 1]);

const period = { projectKey: 'SUP', from: '2026-10-18', to: '2026-11-01', timeZone: 'UTC' };
const reviewPeriod = { projectKey: 'SUP', from: '2026-11-01', to: '2026-11-02', timeZone: 'UTC' };

describe('QA sampling and reviews on the local host', () => {
  let sampled: ResolverOutput<'qa/sample/run'>;
  let reviewedKeys: string[] = [];

  it('lets only a Jira admin configure QA and publish scorecards; versions never change', async () => {
    const config = { schemaVersion: 1, reviewerGroup: 'quality-managers', projects: ['SUP'] };
    expect(await refused('qa/config/save', { config }, ids.manager)).toBe('AUTH.FORBIDDEN');
    // an active scorecard that is not published is refused
    expect(
      await refused('qa/config/save', { config: { ...config, activeScorecardId: 'standard' } }, ids.admin),
    ).toBe('QA.SCORECARD_NOT_PUBLISHED');
    const saved = await must('qa/config/save', { config }, ids.admin);
    expect(saved).toMatchObject({ rate: 0.03, minPerAgent: 1, cadence: 'daily', activeScorecardId: null });

    expect(await refused('qa/scorecard/publish', { id: 'standard' }, ids.admin)).toBe(
      'QA.SCORECARD_NOT_FOUND',
    );
    await must('qa/scorecard/save', { id: 'standard', definition: DEFAULT_SCORECARD }, ids.admin);
    const v1 = await must('qa/scorecard/publish', { id: 'standard' }, ids.admin);
    expect(v1).toMatchObject({ version: 1, passMark: 80, scorecardId: 'standard' });
    expect(await refused('qa/scorecard/publish', { id: 'standard' }, ids.admin)).toBe(
      'QA.NOTHING_TO_PUBLISH',
    );
    const list = await must('qa/scorecards', {}, ids.agent);
    expect(list.map((s) => [s.id, s.active, s.latest?.version, s.draft])).toEqual([
      ['standard', true, 1, null],
    ]);
    expect((await must('qa/config/get', {}, ids.agent)).activeScorecardId).toBe('standard');
  });

  it('draws the sample only for reviewers: at least one per agent, reproducible, never twice', async () => {
    expect(await refused('qa/sample/run', period, ids.agent)).toBe('QA.NOT_REVIEWER');
    sampled = await must('qa/sample/run', { ...period, seed: 12345 }, ids.manager);
    expect(sampled.seed).toBe(12345);
    expect(sampled.population).toBeGreaterThan(50);
    const keys = sampled.items.map((i) => i.issueKey);
    expect(new Set(keys).size).toBe(keys.length);
    const random = sampled.items.filter((i) => i.kind === 'random');
    // every agent with tickets resolved in the period has a random pick
    const resolved = await searchJql(host.clientAs('admin'), {
      jql: 'project = SUP AND resolved >= "2026-10-18" AND resolved < "2026-11-01" AND assignee is not EMPTY',
      fields: ['assignee'],
      maxResults: 5000,
    });
    if (!resolved.ok) throw new Error(resolved.error.message);
    const agents = new Set(
      resolved.value.issues.map(
        (i) => (i.fields as { assignee?: { accountId: string } }).assignee?.accountId,
      ),
    );
    for (const agent of agents) expect(random.some((i) => i.agent === agent)).toBe(true);
    // the same period again answers the stored run: nothing drawn twice
    const again = await must('qa/sample/run', { ...period, seed: 999 }, ids.manager);
    expect(again).toEqual(sampled);
    const queue = await must('qa/queue', { projectKey: 'SUP' }, ids.manager);
    expect(queue.items.map((i) => i.issueKey).sort()).toEqual([...keys].sort());
    expect(queue.items.every((i) => !i.reviewed)).toBe(true);
  });

  it('stores a review on the ticket (indexed) and in the aggregates; one review per reviewer', async () => {
    const candidates = sampled.items.filter(
      (i) => i.kind === 'random' && i.agent !== null && i.agent !== ids.manager && i.agent !== ids.manager2,
    );
    expect(candidates.length).toBeGreaterThanOrEqual(2);
    const [first, second] = candidates as [(typeof candidates)[0], (typeof candidates)[0]];
    reviewedKeys = [first.issueKey, second.issueKey];

    const panel = await must('qa/review/get', { issueKey: first.issueKey }, ids.manager);
    expect(panel).toMatchObject({ canReview: true, isAgent: false, reviews: [], sample: { kind: 'random' } });
    expect(panel.scorecard?.version).toBe(1);
    expect(panel.conversation.length).toBeGreaterThan(0);

    const payload = { issueKey: first.issueKey, scorecardId: 'standard', scorecardVersion: 1 };
    expect(await refused('qa/review/submit', { ...payload, answers: PERFECT }, ids.agent)).toBe(
      'QA.NOT_REVIEWER',
    );
    expect(await refused('qa/review/submit', { ...payload, answers: PERFECT.slice(1) }, ids.manager)).toBe(
      'QA.INVALID_ANSWERS',
    );
    const review = await must(
      'qa/review/submit',
      { ...payload, answers: PERFECT, comment: 'Model answer' },
      ids.manager,
    );
    expect(review.result).toMatchObject({ score: 100, passed: true, passMark: 80, failedCriteria: [] });
    expect(review).toMatchObject({ id: `${first.issueKey}-r1`, sampleKind: 'random', agent: first.agent });
    expect(await refused('qa/review/submit', { ...payload, answers: PERFECT }, ids.manager)).toBe(
      'QA.ALREADY_REVIEWED',
    );

    const stored = await getIssueProperty(host.clientAs('admin'), first.issueKey, 'ql.qaReview');
    if (!stored.ok) throw new Error(stored.error.message);
    expect(stored.value.value).toMatchObject({ searchIndex: { passed: 'passed', score: 100, reviewers: 1 } });
    const found = await searchJql(host.clientAs('admin'), {
      jql: 'qlQaPassed = passed',
      fields: ['summary'],
    });
    if (!found.ok) throw new Error(found.error.message);
    expect(found.value.issues.map((i) => i.key)).toEqual([first.issueKey]);

    const critical = await must(
      'qa/review/submit',
      { issueKey: second.issueKey, scorecardId: 'standard', scorecardVersion: 1, answers: CRITICAL },
      ids.manager,
    );
    expect(critical.result).toMatchObject({
      score: 81.25,
      passed: false,
      criticalFailed: ['correct-answer'],
    });
    // 1 of 2 counting random-sample reviews passed
    expect(await must('qa/figures', reviewPeriod, ids.agent)).toEqual({
      reviews: 2,
      passed: 1,
      compliance: 0.5,
      targeted: { reviews: 0, passed: 0 },
    });
    const queue = await must('qa/queue', { projectKey: 'SUP' }, ids.manager);
    expect(queue.items.some((i) => reviewedKeys.includes(i.issueKey))).toBe(false);
  });

  it('names the people it shows: agents in the queue, reviewers in the panel and in calibration', async () => {
    const nameOf = (accountId: string) => host.site.accounts.find(accountId)?.displayName;
    const queue = await must('qa/queue', { projectKey: 'SUP', show: 'all' }, ids.manager);
    const named = queue.items.flatMap((i) => (i.agent ? [i.agent] : []));
    expect(named.length).toBeGreaterThan(0);
    // one bulk lookup per 50 ids: every agent and reviewer of the queue is named as Jira names them
    for (const id of [...named, ids.manager]) expect(queue.people[id]).toBe(nameOf(id));
    expect(queue.people[ids.manager]).toBe('高燕 Gao Yan (quality manager)');
    const panel = await must('qa/review/get', { issueKey: reviewedKeys[0] }, ids.manager2);
    expect(panel.people[ids.manager]).toBe(nameOf(ids.manager));
    const agent = panel.agent?.accountId ?? '';
    expect(panel.people[agent]).toBe(nameOf(agent));
  });

  it('keeps the version a review was scored on when a new version is published', async () => {
    await must(
      'qa/scorecard/save',
      { id: 'standard', definition: { ...DEFAULT_SCORECARD, passMark: 90 } },
      ids.admin,
    );
    expect((await must('qa/scorecard/publish', { id: 'standard' }, ids.admin)).version).toBe(2);
    const panel = await must('qa/review/get', { issueKey: reviewedKeys[0] }, ids.manager2);
    expect(panel.scorecard?.passMark).toBe(90);
    expect(panel.reviewVersions.map((v) => [v.version, v.passMark])).toEqual([[1, 80]]);
    expect(panel.reviews[0]).toMatchObject({ scorecardVersion: 1, result: { passMark: 80, passed: true } });
  });

  it('measures calibration between two reviewers of the same ticket', async () => {
    const second = await must(
      'qa/review/submit',
      { issueKey: reviewedKeys[0], scorecardId: 'standard', scorecardVersion: 2, answers: WEAK },
      ids.manager2,
    );
    expect(second.result).toMatchObject({ score: 66.25, passed: false, passMark: 90 });
    expect(second.result.failedCriteria.map((c) => c.id)).toEqual(['standard-script']);
    expect(await refused('qa/calibration', reviewPeriod, ids.agent)).toBe('QA.NOT_REVIEWER');
    const calibration = await must('qa/calibration', reviewPeriod, ids.manager);
    expect(calibration.tickets.map((t) => t.issueKey)).toEqual([reviewedKeys[0]]);
    const ticket = calibration.tickets[0];
    // PERFECT vs WEAK: greet 1/1, confirm 5/4 (within one), correct 5/3 (no), empathy 5/4, process 1/1,
    // script 1/0 (no), close 1/1 → 5 of 7 agree
    expect(Object.fromEntries(ticket?.criteria.map((c) => [c.criterionId, c.agreement]) ?? [])).toEqual({
      'greet-and-identify': 1,
      'confirm-need': 1,
      'correct-answer': 0,
      'empathy-tone': 1,
      'follow-process': 1,
      'standard-script': 0,
      'confirm-and-close': 1,
    });
    expect(ticket?.criterionAgreement).toBeCloseTo(5 / 7);
    expect(ticket?.passAgreement).toBe(0);
    expect(ticket?.scoreDifference).toBe(33.75);
    expect(calibration.overall).toMatchObject({ tickets: 1, passAgreement: 0, meanScoreDifference: 33.75 });
    expect(calibration.people).toEqual({
      [ids.manager]: host.site.accounts.find(ids.manager)?.displayName,
      [ids.manager2]: host.site.accounts.find(ids.manager2)?.displayName,
    });
    // the second review is a calibration review: compliance still counts the ticket once, by its first review
    expect((await must('qa/figures', reviewPeriod, ids.agent)).reviews).toBe(2);
  });

  it('lets the reviewed agent acknowledge or dispute (a Jira comment mentioning the reviewer), once', async () => {
    const key = reviewedKeys[0] as string;
    const agent = sampled.items.find((i) => i.issueKey === key)?.agent as string;
    const mine = await must('qa/my-reviews', reviewPeriod, agent);
    expect(mine.reviews.map((r) => r.id).sort()).toEqual([`${key}-r1`, `${key}-r2`]);
    const panel = await must('qa/review/get', { issueKey: key }, agent);
    expect(panel).toMatchObject({ isAgent: true, canReview: false });
    expect(panel.reviews).toHaveLength(2);
    // another agent sees the ticket but none of its reviews
    const other = host.credentials.find((c) => c.role === 'agent' && c.accountId !== agent)?.accountId ?? '';
    expect((await must('qa/review/get', { issueKey: key }, other)).reviews).toEqual([]);
    expect((await must('qa/my-reviews', reviewPeriod, other)).reviews.some((r) => r.issueKey === key)).toBe(
      false,
    );

    expect(
      await refused(
        'qa/review/dispute',
        { issueKey: key, reviewId: `${key}-r2`, comment: 'No' },
        ids.manager,
      ),
    ).toBe('QA.NOT_AGENT');
    const acknowledged = await must('qa/review/acknowledge', { issueKey: key, reviewId: `${key}-r1` }, agent);
    expect(acknowledged.response.state).toBe('acknowledged');
    const disputed = await must(
      'qa/review/dispute',
      { issueKey: key, reviewId: `${key}-r2`, comment: 'The script was used: see my second reply' },
      agent,
    );
    expect(disputed.response).toMatchObject({
      state: 'disputed',
      comment: 'The script was used: see my second reply',
    });
    expect(
      await refused('qa/review/dispute', { issueKey: key, reviewId: `${key}-r2`, comment: 'Again' }, agent),
    ).toBe('QA.ALREADY_ANSWERED');

    const comments = await getComments(host.clientAs('admin'), key, { maxResults: 100 });
    if (!comments.ok) throw new Error(comments.error.message);
    const posted = comments.value.comments.find((c) => c.id === disputed.response.jiraCommentId);
    expect(posted).toBeDefined();
    expect(posted?.jsdPublic).toBe(false);
    expect(JSON.stringify(posted?.body)).toContain(`"id":"${ids.manager2}"`);
    expect(JSON.stringify(posted?.body)).toContain('see my second reply');
    const found = await searchJql(host.clientAs('admin'), { jql: 'qlQaDispute = open', fields: ['summary'] });
    expect(found.ok && found.value.issues.map((i) => i.key)).toEqual([key]);
  });

  it('puts failed criteria in the problem Pareto and offers failed tickets as evidence', async () => {
    expect(await refused('qa/failed-tickets', reviewPeriod, ids.agent)).toBe('QA.NOT_REVIEWER');
    const failed = await must('qa/failed-tickets', reviewPeriod, ids.manager);
    // the first ticket's counting review passed; the second failed on its critical criterion
    expect(failed.tickets.map((t) => [t.issueKey, t.failedCriteria.map((c) => c.id)])).toEqual([
      [reviewedKeys[1], ['correct-answer']],
    ]);
    const problems = await must('problems/list', { ...reviewPeriod, groupBy: 'category' }, ids.manager);
    const row = problems.problems.find((p) => p.name === 'qa:correct-answer');
    expect(row).toMatchObject({ count: 1, label: { en: 'The answer is correct and complete' } });
    expect(row?.evidence).toEqual([reviewedKeys[1]]);
  });

  it('rebuilds the QA aggregates from the tickets’ properties after an aggregate write was lost', async () => {
    const store = app.monitor.ports().store;
    const before = await must('qa/figures', reviewPeriod, ids.agent);
    const failedBefore = await must('qa/failed-tickets', reviewPeriod, ids.manager);
    expect(before).toMatchObject({ reviews: 2, passed: 1 });
    // The failed ticket's day record is lost, as when a run stops between the property and the aggregate.
    const lost = (await store.list('qa:daily:SUP:', { limit: 100, cursor: null })).entries.find((e) =>
      e.key.endsWith(`:${reviewedKeys[1]}`),
    );
    if (!lost) throw new Error('no day record of the failed ticket');
    await store.delete(lost.key);
    expect(await must('qa/figures', reviewPeriod, ids.agent)).toMatchObject({ reviews: 1, passed: 1 });
    // A stray record no ticket's property backs (SUP-99999 was never reviewed) is removed by the rebuild.
    await store.set(lost.key.replace(reviewedKeys[1] ?? '', 'SUP-99999'), lost.value);

    expect(await refused('qa/aggregates/rebuild', { projectKey: 'SUP' }, ids.manager)).toBe('AUTH.FORBIDDEN');
    const rebuilt = await must('qa/aggregates/rebuild', { projectKey: 'SUP' }, ids.admin);
    // Two reviewed tickets: the first with two reviewers (calibration), the second with one.
    expect(rebuilt).toEqual({
      projectKey: 'SUP',
      tickets: 2,
      reviews: 3,
      restored: 1,
      removed: 1,
      unreadable: [],
    });
    expect(await must('qa/figures', reviewPeriod, ids.agent)).toEqual(before);
    expect(await must('qa/failed-tickets', reviewPeriod, ids.manager)).toEqual(failedBefore);
    // Run again: nothing to restore or remove.
    expect(await must('qa/aggregates/rebuild', { projectKey: 'SUP' }, ids.admin)).toMatchObject({
      restored: 0,
      removed: 0,
    });
  });

  it('feeds QA compliance into kpi/report and its composite', async () => {
    const rebuilt = await app.rebuildAggregates('SUP');
    if (!rebuilt.ok) throw new Error(rebuilt.error.message);
    const report = await must('kpi/report', { ...reviewPeriod, from: '2026-10-19' }, ids.manager);
    const row = report.scorecard.find((r) => r.kpi === 'qaCompliance');
    expect(row).toMatchObject({ actual: 0.5, target: 0.95, meetsTarget: false });
    expect(report.composite.omitted).not.toContain('qaCompliance');
    const trend = await must(
      'kpi/trend',
      { ...reviewPeriod, from: '2026-10-31', kpi: 'qaCompliance' },
      ids.manager,
    );
    expect(trend).toMatchObject({
      target: 0.95,
      points: [
        { day: '2026-10-31', value: null },
        { day: '2026-11-01', value: 0.5 },
      ],
    });
    expect(TEST_NOW).toBe(Date.parse('2026-11-01T08:00:00Z'));
  });

  it('carries the reviews through ql export and ql import, and ql report prints the same qaCompliance', async () => {
    const admin = host.credentials.find((c) => c.role === 'admin');
    const saved = { email: process.env.JIRA_EMAIL, token: process.env.JIRA_API_TOKEN };
    process.env.JIRA_EMAIL = admin?.email;
    process.env.JIRA_API_TOKEN = admin?.apiToken;
    try {
      const exported = await exportCommand([
        '--site',
        host.url,
        '--jql',
        `key in (${reviewedKeys.join(', ')})`,
      ]);
      if (!exported.ok) throw new Error(exported.error.message);
      const dir = mkdtempSync(join(tmpdir(), 'ql-qa-export-'));
      const file = join(dir, 'dataset.json');
      writeFileSync(file, exported.value);
      const report = await reportCommand([
        '--dataset',
        file,
        '--from',
        '2026-11-01',
        '--to',
        '2026-11-02',
        '--json',
      ]);
      if (!report.ok) throw new Error(report.error.message);
      // the same 1 of 2 as kpi/report: the first ticket's first review passed, the second failed
      expect((JSON.parse(report.value) as { qaCompliance: number }).qaCompliance).toBe(0.5);

      const imported = importCommand([file, '--db', join(dir, 'jira.db')]);
      if (!imported.ok) throw new Error(imported.error.message);
      const db = openDatabase(join(dir, 'jira.db'));
      try {
        const rows = db.all("SELECT key FROM issue_properties WHERE key = 'ql.qaReview'");
        expect(rows).toHaveLength(2);
      } finally {
        db.close();
      }
    } finally {
      process.env.JIRA_EMAIL = saved.email;
      process.env.JIRA_API_TOKEN = saved.token;
    }
  });

  it('draws the scheduled sample of yesterday for every configured project, once', async () => {
    const store = sqliteStore(join(mkdtempSync(join(tmpdir(), 'ql-qa-sched-')), 'app.db'));
    try {
      await writeQaConfig(store, { ...DEFAULT_QA_CONFIG, projects: ['SUP'], timeZone: 'Asia/Shanghai' });
      const jira = makeJiraClient(inProcessTransport(host.site, ids.admin));
      const ports = { jira, jiraAsApp: jira, store: checkedStore(store), now: () => TEST_NOW };
      const first = await scheduledQaSampling(ports);
      if (!first.ok) throw new Error(first.error.message);
      expect(first.value).toHaveLength(1);
      expect(first.value[0]).toMatchObject({ projectKey: 'SUP', error: null });
      expect(first.value[0]?.drawn).toBeGreaterThan(0);
      // 2026-11-01T08:00Z is 16:00 in Shanghai: yesterday there is 2026-10-31, i.e. 10-30T16:00Z to 10-31T16:00Z
      const runs = await store.list('qa:sample-run:SUP:');
      expect(runs.entries.map((e) => e.key)).toEqual([
        'qa:sample-run:SUP:2026-10-30T16:00:00.000Z_2026-10-31T16:00:00.000Z',
      ]);
      const again = await scheduledQaSampling(ports);
      expect(again.ok && again.value).toEqual(first.value);
      expect((await store.list('qa:sample-run:SUP:')).entries).toHaveLength(1);
    } finally {
      store.close();
    }
  });

  it('redraws a stored run exactly from its seed, period and exclusions on another store', async () => {
    const store = sqliteStore(join(mkdtempSync(join(tmpdir(), 'ql-qa-redraw-')), 'app.db'));
    try {
      const jira = makeJiraClient(inProcessTransport(host.site, ids.admin));
      const ports = { jira, jiraAsApp: jira, store: checkedStore(store), now: () => TEST_NOW };
      const parsed = parsePeriod(period.from, period.to, period.timeZone);
      if (!parsed.ok) throw new Error(parsed.error.message);
      expect(sampled.excluded).toEqual([]);
      const config = await must('qa/config/get', {}, ids.admin);
      const redrawn = await runSampling(ports, DEFAULT_SETTINGS, config, {
        projectKey: 'SUP',
        ...parsed.value,
        seed: sampled.seed,
        by: ids.admin,
      });
      if (!redrawn.ok) throw new Error(redrawn.error.message);
      expect(redrawn.value.items).toEqual(sampled.items);
      expect(redrawn.value.population).toBe(sampled.population);
    } finally {
      store.close();
    }
  });
});
