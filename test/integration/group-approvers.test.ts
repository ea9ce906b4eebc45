import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Envelope } from '../../src/contract/envelope';
import type { ResolverKey, ResolverOutput } from '../../src/contract/resolvers';
import { installLocalApp, type LocalApp } from '../../src/local/forge-runtime/local-app';
import { startTestHost, type TestHost } from '../support/local-host';

let host: TestHost;
let app: LocalApp;
const ids = { agent: '', manager: '', approver: '', admin: '' };

beforeAll(async () => {
  host = await startTestHost({ tickets: 200, days: 30 });
  app = installLocalApp(host.site, join(mkdtempSync(join(tmpdir(), 'ql-app-')), 'app.db'));
  const managers = host.credentials.filter((c) => c.role === 'qualityManager');
  ids.agent = host.credentials.find((c) => c.role === 'agent')?.accountId ?? '';
  ids.manager = managers[0]?.accountId ?? '';
  ids.approver = managers[1]?.accountId ?? '';
  ids.admin = host.credentials.find((c) => c.role === 'admin')?.accountId ?? '';
}, 120_000);
afterAll(async () => {
  app.close();
  await host.dispose();
});

const call = async <K extends ResolverKey>(key: K, payload: unknown, as: keyof typeof ids) =>
  (await app.invoke(key, payload, ids[as])) as Envelope<ResolverOutput<K>>;
async function must<K extends ResolverKey>(key: K, payload: unknown, as: keyof typeof ids) {
  const result = await call(key, payload, as);
  if (!result.ok) throw new Error(`${key} as ${as}: ${result.error.code}: ${result.error.message}`);
  return result.data;
}
async function refused(key: ResolverKey, payload: unknown, as: keyof typeof ids) {
  const result = await call(key, payload, as);
  if (result.ok) throw new Error(`${key} as ${as} should have been refused`);
  return result.error;
}

async function approversAre(approvers: { group: string | null; projectRole: string | null }) {
  const settings = await must('settings/get', {}, 'admin');
  const next = {
    ...settings,
    approvers: { ...settings.approvers, users: [], ...approvers, policy: { kind: 'any' } },
  };
  await must('settings/save', { settings: next }, 'admin');
}

/** An improvement with a verified root cause and a SMART plan, ready to submit. */
async function plannedImprovement(): Promise<{ key: string; version: number }> {
  await must('install/ensure', {}, 'admin');
  let imp = await must(
    'improvement/open',
    {
      statement: 'Refund enquiries are reopened too often',
      scope: { projectKey: 'SUP', jql: null, dimensions: {} },
      kpi: 'reopenRate',
      baselineFrom: '2026-10-02T00:00:00Z',
      baselineTo: '2026-11-01T00:00:00Z',
      target: 0.05,
      reviewDate: '2026-12-01',
      evidence: [],
    },
    'manager',
  );
  imp = await must('improvement/advance', { key: imp.key, version: imp.version, to: 'analysing' }, 'manager');
  const cause = {
    id: 'c1',
    category: 'method',
    text: 'Refund rules differ between channels',
    parentId: null,
    whys: ['Agents answer from memory', 'The refund rules are not written down'],
    isRootCause: true,
    verification: {
      method: 'interview',
      note: 'Five agents gave three different refund windows',
      jql: null,
      verifiedBy: ids.manager,
      verifiedAt: '2026-11-01T08:00:00.000Z',
    },
  };
  imp = await must(
    'improvement/save-causes',
    { key: imp.key, version: imp.version, causes: [cause] },
    'manager',
  );
  imp = await must('improvement/advance', { key: imp.key, version: imp.version, to: 'planning' }, 'manager');
  const action = {
    id: 'a1',
    what: 'Write the refund rules into one knowledge-base article',
    owner: ids.agent,
    dueDate: '2026-11-20',
    measure: 'Reopen rate of refund enquiries',
    measureTarget: 'under 5%',
    resources: 'Two days of a senior agent',
    cost: 0,
    risks: [{ risk: 'Rules change again', contingency: 'Review the article monthly' }],
    rootCauseId: 'c1',
    subtaskKey: null,
    done: false,
  };
  imp = await must(
    'improvement/save-plan',
    { key: imp.key, version: imp.version, actions: [action] },
    'manager',
  );
  return { key: imp.key, version: imp.version };
}

describe('approvers named by a Jira group or project role', () => {
  it('refuses to submit to a group Jira does not know, naming it, and changes nothing', async () => {
    const { key, version } = await plannedImprovement();
    await approversAre({ group: 'qa-approvers', projectRole: null });

    const error = await refused('improvement/submit', { key, version }, 'manager');

    expect(error.code).toBe('SETTINGS.UNKNOWN_APPROVERS');
    expect(error.message).toContain('"qa-approvers"');
    expect((await must('improvement/get', { key }, 'manager')).stage).toBe('planning');
  });

  it('lets the second quality manager approve and refuses an agent, with only the group named', async () => {
    const { key, version } = await plannedImprovement();
    await approversAre({ group: 'quality-managers', projectRole: null });

    let imp = await must('improvement/submit', { key, version }, 'manager');

    // Jira lists a group's members by name; the two quality managers, and nobody else.
    expect([...imp.approval.approvers].sort()).toEqual([ids.manager, ids.approver].sort());
    const decision = { key, version: imp.version, decision: 'approve', comment: 'Agreed' };
    expect((await refused('improvement/decide', decision, 'agent')).code).toBe('IMPROVEMENT.NOT_AN_APPROVER');
    expect((await refused('improvement/decide', decision, 'manager')).code).toBe(
      'IMPROVEMENT.SEGREGATION_OF_DUTIES',
    );
    imp = await must('improvement/decide', decision, 'approver');
    expect(imp.stage).toBe('approved');
  });

  it('resolves a project role as the app, though the submitter does not administer the project', async () => {
    const { key, version } = await plannedImprovement();
    await approversAre({ group: null, projectRole: 'Administrators' });

    const imp = await must('improvement/submit', { key, version }, 'manager');

    expect(imp.approval.approvers).toEqual([ids.admin]);
    const decision = { key, version: imp.version, decision: 'approve', comment: 'Agreed' };
    expect((await refused('improvement/decide', decision, 'approver')).code).toBe(
      'IMPROVEMENT.NOT_AN_APPROVER',
    );
    expect((await must('improvement/decide', decision, 'admin')).stage).toBe('approved');
  });
});
