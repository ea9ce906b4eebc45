import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Envelope } from '../../src/contract/envelope';
import type { ResolverKey, ResolverOutput } from '../../src/contract/resolvers';
import { makeKpiReport } from '../../src/app/report/make-kpi-report';
import { exportDataset } from '../../src/app/export/export-dataset';
import { httpTransport } from '../../src/jira/adapters/http-transport';
import { makeJiraClient } from '../../src/jira/client';
import {
  addComment,
  createIssue,
  getFields,
  getIssue,
  plainTextDocument,
  searchJql,
} from '../../src/jira/endpoints';
import { installLocalApp, type LocalApp } from '../../src/local/forge-runtime/local-app';
import { moveTo } from '../support/jira-transitions';
import { startTestHost, TEST_NOW, type TestHost } from '../support/local-host';

const MINUTE = 60_000;
let clock = TEST_NOW;
let host: TestHost;
let app: LocalApp;
const ids: Record<'agent' | 'agent2' | 'manager' | 'approver' | 'admin', string> = {
  agent: '',
  agent2: '',
  manager: '',
  approver: '',
  admin: '',
};

beforeAll(async () => {
  host = await startTestHost({ tickets: 500, days: 60, now: () => clock });
  app = installLocalApp(host.site, join(mkdtempSync(join(tmpdir(), 'ql-app-')), 'app.db'));
  // problems/list reads the tickets' facts from the KPI aggregates: build them first.
  const built = await app.rebuildAggregates('SUP');
  if (!built.ok) throw new Error(built.error.message);
  const agents = host.credentials.filter((c) => c.role === 'agent');
  const managers = host.credentials.filter((c) => c.role === 'qualityManager');
  ids.agent = agents[0]?.accountId ?? '';
  ids.agent2 = agents[1]?.accountId ?? '';
  ids.manager = managers[0]?.accountId ?? '';
  ids.approver = managers[1]?.accountId ?? '';
  ids.admin = host.credentials.find((c) => c.role === 'admin')?.accountId ?? '';
}, 120_000);
afterAll(async () => {
  app.close();
  await host.dispose();
});

async function call<K extends ResolverKey>(
  key: K,
  payload: unknown,
  as: keyof typeof ids,
): Promise<Envelope<ResolverOutput<K>>> {
  return (await app.invoke(key, payload, ids[as])) as Envelope<ResolverOutput<K>>;
}
async function must<K extends ResolverKey>(
  key: K,
  payload: unknown,
  as: keyof typeof ids,
): Promise<ResolverOutput<K>> {
  const result = await call(key, payload, as);
  if (!result.ok) throw new Error(`${key} as ${as}: ${result.error.code}: ${result.error.message}`);
  return result.data;
}
async function refused(key: ResolverKey, payload: unknown, as: keyof typeof ids): Promise<string> {
  const result = await call(key, payload, as);
  if (result.ok) throw new Error(`${key} as ${as} should have been refused`);
  return result.error.code;
}

const rootCause = {
  id: 'c1',
  category: 'people',
  text: 'Only one agent covers logistics at night',
  parentId: null,
  whys: [
    'Night replies wait for the one agent on duty',
    'The rota has one night agent',
    'Night volume was not counted when staffing',
  ],
  isRootCause: true,
  verification: {
    method: 'data',
    note: 'FRT by hour of day: 23:00–08:00 medians are five times the day',
    jql: 'project = SUP AND created >= -30d',
    verifiedBy: '',
    verifiedAt: '2026-11-01T08:00:00.000Z',
  },
};
const action = (what: string, owner: string) => ({
  id: 'a1',
  what,
  owner,
  dueDate: '2026-11-20',
  measure: 'Median first response of logistics enquiries',
  measureTarget: 'under 5 minutes',
  resources: 'Second night-shift agent from the after-sales team',
  cost: 12000,
  risks: [{ risk: 'Night agent unavailable', contingency: 'Overflow to the on-call lead' }],
  rootCauseId: 'c1',
  subtaskKey: null,
  done: false,
});

describe('the improvement loop through the resolvers, as several people', () => {
  let key = '';
  let version = 0;
  const flagged: string[] = [];

  it('installs its Jira parts idempotently (admin only)', async () => {
    expect(await refused('install/ensure', {}, 'agent')).toBe('AUTH.FORBIDDEN');
    const first = await must('install/ensure', {}, 'admin');
    expect(first.created).toEqual([
      'issue type Service Improvement',
      'issue type Improvement action',
      'link type Improvement evidence',
    ]);
    const second = await must('install/ensure', {}, 'admin');
    expect(second.created).toEqual([]);
    expect(second.improvementType).toBe(first.improvementType);
  });

  it('lets the admin name the approvers, and nobody else', async () => {
    const settings = await must('settings/get', {}, 'admin');
    const next = {
      ...settings,
      approvers: { ...settings.approvers, users: [ids.manager, ids.approver], policy: { kind: 'any' } },
    };
    expect(await refused('settings/save', { settings: next }, 'manager')).toBe('AUTH.FORBIDDEN');
    await must('settings/save', { settings: next }, 'admin');
  });

  it('lets an agent flag three tickets, re-categorise one and refuse an unknown category', async () => {
    const page = await searchJql(host.clientAs('agent'), {
      jql: 'project = SUP AND created >= "2026-10-20" ORDER BY key ASC',
      fields: ['summary'],
      maxResults: 3,
    });
    if (!page.ok) throw new Error(page.error.message);
    for (const issue of page.value.issues) flagged.push(issue.key ?? '');
    for (const issueKey of flagged) {
      await must(
        'flag/set',
        {
          issueKey,
          category: 'process',
          causeHint: 'method',
          note: 'Customer had to chase twice',
          improvementKey: null,
        },
        'agent',
      );
    }
    const recategorised = await must(
      'flag/set',
      {
        issueKey: flagged[0],
        category: 'logistics',
        causeHint: 'people',
        note: 'Night reply slow',
        improvementKey: null,
      },
      'agent',
    );
    expect(recategorised.category).toBe('logistics');
    expect(
      await refused(
        'flag/set',
        { issueKey: flagged[1], category: 'weather', causeHint: null, note: '', improvementKey: null },
        'agent',
      ),
    ).toBe('FLAG.UNKNOWN_CATEGORY');
    expect((await must('flag/get', { issueKey: flagged[0] }, 'manager'))?.causeHint).toBe('people');
    // The manifest's search aliases make flags searchable with plain JQL.
    const byAlias = await searchJql(host.clientAs('agent'), {
      jql: 'project = SUP AND qlFlagCategory = logistics',
      maxResults: 100,
    });
    expect(byAlias.ok && byAlias.value.issues.map((i) => i.id)).toHaveLength(1);
  });

  it('ranks the period’s problems by Pareto, flags and KPI failures together', async () => {
    const list = await must(
      'problems/list',
      { projectKey: 'SUP', from: '2026-10-20', to: '2026-11-01', groupBy: 'category' },
      'manager',
    );
    const names = list.problems.map((p) => p.name);
    expect(names).toContain('process');
    expect(names).toContain('logistics');
    expect(list.problems.find((p) => p.name === 'process')?.sources.flags).toBe(2);
    expect(list.problems.reduce((s, p) => s + p.count, 0)).toBe(list.total);
    expect(list.problems[0]?.vitalFew).toBe(true);
  });

  it('opens an improvement whose baseline is computed from the tickets', async () => {
    const opened = await must(
      'improvement/open',
      {
        statement: 'Logistics enquiries at night wait too long for the first reply',
        scope: { projectKey: 'SUP', jql: null, dimensions: { requestType: 'Logistics enquiry' } },
        kpi: 'frtMedianMs',
        baselineFrom: '2026-10-02T00:00:00Z',
        baselineTo: '2026-11-01T00:00:00Z',
        target: 5 * MINUTE,
        reviewDate: '2026-12-01',
        evidence: flagged,
      },
      'manager',
    );
    key = opened.key;
    version = opened.version;
    expect(opened.stage).toBe('identified');
    // The same figure the KPI report gives for logistics enquiries created in the window.
    const all = await exportDataset(
      host.clientAs('qualityManager'),
      'project = SUP AND updated >= "2026-10-01"',
    );
    if (!all.ok) throw new Error(all.error.message);
    const report = makeKpiReport(all.value.fields, all.value.issues, {
      from: '2026-10-02T00:00:00Z',
      to: '2026-11-01T00:00:00Z',
      config: { dimensions: ['requestType'] },
    });
    if (!report.ok) throw new Error(report.error.message);
    const logistics = report.value.breakdown.requestType?.find((r) => r.value === 'Logistics enquiry');
    expect(opened.problem.baseline.value).toBe(logistics?.frt.median);
    expect(opened.problem.baseline.observations).toBe(logistics?.frt.count);
    expect(opened.problem.baseline.observations).toBeGreaterThanOrEqual(30);
  });

  it('refuses a stale version with a conflict, and nothing changes', async () => {
    expect(
      await refused('improvement/advance', { key, version: version + 5, to: 'analysing' }, 'manager'),
    ).toBe('IMPROVEMENT.CONFLICT');
    expect((await must('improvement/get', { key }, 'manager')).version).toBe(version);
  });

  it('analyses causes with a verified root cause and plans a SMART action kept as a sub-task', async () => {
    let imp = await must('improvement/advance', { key, version, to: 'analysing' }, 'manager');
    const unverified = { ...rootCause, verification: null };
    expect(
      await refused(
        'improvement/save-causes',
        { key, version: imp.version, causes: [unverified] },
        'manager',
      ),
    ).toBe('CAUSE.NOT_VERIFIED');
    imp = await must(
      'improvement/save-causes',
      {
        key,
        version: imp.version,
        causes: [{ ...rootCause, verification: { ...rootCause.verification, verifiedBy: ids.manager } }],
      },
      'manager',
    );
    expect(await refused('improvement/submit', { key, version: imp.version }, 'manager')).toBe(
      'IMPROVEMENT.WRONG_STAGE',
    );
    imp = await must('improvement/advance', { key, version: imp.version, to: 'planning' }, 'manager');
    imp = await must(
      'improvement/save-plan',
      {
        key,
        version: imp.version,
        actions: [action('Add a second night-shift agent for logistics enquiries', ids.agent)],
      },
      'manager',
    );
    const subtask = imp.actions[0]?.subtaskKey ?? '';
    expect(subtask).toMatch(/^SUP-\d+$/);
    const issue = await getIssue(host.clientAs('qualityManager'), subtask, {
      fields: ['parent', 'assignee', 'duedate'],
    });
    expect(issue.ok && issue.value.fields).toMatchObject({
      parent: { key },
      assignee: { accountId: ids.agent },
      duedate: '2026-11-20',
    });
    version = imp.version;
  });

  it('submits; the submitter cannot approve; an approver can; an edit needs approval again', async () => {
    let imp = await must('improvement/submit', { key, version }, 'manager');
    expect(imp.stage).toBe('awaitingApproval');
    const awaiting = await searchJql(host.clientAs('qualityManager'), {
      jql: 'project = SUP AND qlApproval = awaiting',
      fields: ['summary'],
      maxResults: 100,
    });
    expect(awaiting.ok && awaiting.value.issues.map((i) => i.key)).toEqual([key]);
    expect(
      await refused(
        'improvement/decide',
        { key, version: imp.version, decision: 'approve', comment: '' },
        'manager',
      ),
    ).toBe('IMPROVEMENT.SEGREGATION_OF_DUTIES');
    expect(
      await refused(
        'improvement/decide',
        { key, version: imp.version, decision: 'approve', comment: '' },
        'agent',
      ),
    ).toBe('IMPROVEMENT.NOT_AN_APPROVER');
    expect(
      await refused(
        'improvement/decide',
        { key, version: imp.version, decision: 'reject', comment: '' },
        'approver',
      ),
    ).toBe('IMPROVEMENT.REJECTION_NEEDS_COMMENT');
    imp = await must(
      'improvement/decide',
      { key, version: imp.version, decision: 'approve', comment: 'Go ahead' },
      'approver',
    );
    expect(imp.stage).toBe('approved');
    // Editing the approved plan sends it back for approval.
    imp = await must(
      'improvement/save-plan',
      {
        key,
        version: imp.version,
        actions: [
          { ...imp.actions[0], what: 'Add a second night-shift agent for logistics enquiries from 22:00' },
        ],
      },
      'manager',
    );
    expect(imp.stage).toBe('awaitingApproval');
    version = imp.version;
  });

  it('blocks Jira’s own transition to Implementing while the current plan is unapproved (workflow validator)', async () => {
    const jira = host.clientAs('agent');
    // Someone pushes the Jira status to Approved by hand; the record still awaits approval.
    expect((await moveTo(jira, key, 'Approved')).ok).toBe(true);
    const blocked = await moveTo(jira, key, 'Implementing');
    expect(!blocked.ok && blocked.error.status).toBe(400);
    expect(!blocked.ok && blocked.error.errorMessages.join(' ')).toMatch(/not approved|approved again/);
  });

  it('implements once approved again, and checks only when every action is done in Jira', async () => {
    let imp = await must(
      'improvement/decide',
      { key, version, decision: 'approve', comment: 'Still fine' },
      'approver',
    );
    imp = await must('improvement/advance', { key, version: imp.version, to: 'implementing' }, 'manager');
    expect(imp.stage).toBe('implementing');
    expect(
      await refused('improvement/advance', { key, version: imp.version, to: 'checking' }, 'manager'),
    ).toBe('IMPROVEMENT.ACTIONS_NOT_DONE');
    const jira = host.clientAs('agent');
    const subtask = imp.actions[0]?.subtaskKey ?? '';
    expect((await moveTo(jira, subtask, 'Done')).ok).toBe(true);
    // The issue-event trigger brings the plan in line with Jira, once: the same event again changes nothing.
    await host.site.settled();
    const synced = await must('improvement/get', { key }, 'manager');
    expect(synced.actions[0]?.done).toBe(true);
    expect(synced.version).toBe(imp.version + 1);
    host.site.issueUpdated(subtask, ids.agent);
    await host.site.settled();
    expect((await must('improvement/get', { key }, 'manager')).version).toBe(synced.version);
    imp = await must('improvement/advance', { key, version: synced.version, to: 'checking' }, 'manager');
    expect(imp.actions[0]?.done).toBe(true);
    version = imp.version;
  });

  it('proves the effect with the test of KPI_DEFINITIONS and closes as a standard', async () => {
    // The fix at work: 40 logistics enquiries after go-live, each answered within a minute by a second agent.
    const reporter = host.clientAs('agent');
    const second = host.credentials.filter((c) => c.role === 'agent')[1];
    const agent2 = makeJiraClient(
      httpTransport({ baseUrl: host.url, email: second?.email ?? '', apiToken: second?.apiToken ?? '' }),
    );
    const fields = await getFields(reporter);
    const requestTypeField = fields.ok
      ? (fields.value.find((f) => f.schema?.custom === 'com.atlassian.servicedesk:vp-origin')?.id ?? '')
      : '';
    for (let i = 0; i < 40; i++) {
      clock = TEST_NOW + (i + 1) * 30 * MINUTE;
      const created = await createIssue(reporter, {
        fields: {
          project: { key: 'SUP' },
          issuetype: { name: '[System] Service request' },
          summary: `Parcel ${i} not arrived`,
          [requestTypeField]: { requestType: { name: 'Logistics enquiry' } },
        },
      });
      if (!created.ok) throw new Error(created.error.message);
      clock += MINUTE;
      const replied = await addComment(agent2, created.value.key, {
        body: plainTextDocument('Your parcel is with the courier.'),
      });
      if (!replied.ok) throw new Error(replied.error.message);
    }
    clock = TEST_NOW + 2 * 86_400_000;
    let imp = await must(
      'improvement/check',
      { key, version, afterFrom: '2026-11-01T08:00:00Z', afterTo: '2026-11-03T08:00:00Z' },
      'manager',
    );
    expect(imp.check).toMatchObject({ test: 'mann-whitney-u', verdict: 'effective', targetMet: true });
    expect(imp.check?.after).toMatchObject({ value: MINUTE, observations: 40 });
    expect(imp.check?.pValue).toBeLessThan(0.05);
    expect(
      await refused(
        'improvement/close',
        { key, version: imp.version, code: 'successful', standard: null, learnings: 'x' },
        'manager',
      ),
    ).toBe('IMPROVEMENT.NO_STANDARD');
    imp = await must(
      'improvement/close',
      {
        key,
        version: imp.version,
        code: 'successful',
        standard: 'SOP-17: night staffing for logistics',
        learnings: 'Staff nights by volume, not by habit',
      },
      'manager',
    );
    expect(imp.stage).toBe('closed');
    const issue = await getIssue(host.clientAs('qualityManager'), key, { fields: ['status', 'resolution'] });
    expect(issue.ok && issue.value.fields).toMatchObject({
      status: { name: 'Closed' },
      resolution: { name: 'Done' },
    });
  });

  it('keeps an append-only audit trail and starts another cycle with the learnings', async () => {
    const trail = await must('improvement/audit', { key }, 'manager');
    const stages = trail.filter((e) => e.field === 'stage').map((e) => e.after);
    expect(stages).toEqual([
      'analysing',
      'planning',
      'awaitingApproval',
      'approved',
      'awaitingApproval',
      'approved',
      'implementing',
      'checking',
      'closed',
    ]);
    expect(trail.every((e) => e.at !== '' && e.by !== '')).toBe(true);
    const next = await must('improvement/next-cycle', { key }, 'manager');
    expect(next).toMatchObject({ stage: 'identified', previousCycle: key });
    expect(next.problem.statement).toContain('Staff nights by volume');
  });

  it('refuses input that breaks the contract with a message naming the field', async () => {
    const result = await call('improvement/get', { key: 'not a key' }, 'manager');
    expect(!result.ok && result.error).toEqual({
      code: 'VALIDATION.INVALID_INPUT',
      message: expect.stringContaining('key'),
    });
  });
});
