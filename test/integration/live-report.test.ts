import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportDataset } from '../../src/app/export/export-dataset';
import { makeKpiReport } from '../../src/app/report/make-kpi-report';
import { reportJql } from '../../src/app/report/report-jql';
import { reportCommand } from '../../src/local/cli/report-command';
import { startTestHost, type TestHost } from '../support/local-host';

const PERIOD = {
  from: '2026-10-18',
  to: '2026-11-01',
  timeZone: 'Asia/Shanghai',
  config: { npsFieldId: 'Likelihood to recommend' },
};
const periodArgs = ['--from', PERIOD.from, '--to', PERIOD.to, '--tz', PERIOD.timeZone];

let host: TestHost;
let faulty: TestHost;

beforeAll(async () => {
  [host, faulty] = await Promise.all([
    startTestHost({ tickets: 400, days: 45 }),
    // The same seeded site, with 10% of answers spoiled: 429, 503, cut connections and slow answers.
    startTestHost({
      tickets: 400,
      days: 45,
      faults: {
        rateLimited: 0.04,
        serverError: 0.03,
        cut: 0.02,
        slow: 0.01,
        slowMs: 30,
        retryAfterSeconds: 0,
        seed: 7,
      },
    }),
  ]);
}, 120_000);
afterAll(async () => {
  await Promise.all([host.dispose(), faulty.dispose()]);
});

describe('ql report live from a site', () => {
  it('prints exactly what --dataset prints for the export of the same tickets', async () => {
    const agent = host.credentials.find((c) => c.role === 'agent');
    const env = { JIRA_EMAIL: process.env.JIRA_EMAIL, JIRA_API_TOKEN: process.env.JIRA_API_TOKEN };
    process.env.JIRA_EMAIL = agent?.email;
    process.env.JIRA_API_TOKEN = agent?.apiToken;
    try {
      const config = join(mkdtempSync(join(tmpdir(), 'ql-live-')), 'config.json');
      writeFileSync(config, JSON.stringify(PERIOD.config));
      const live = await reportCommand([
        '--site',
        host.url,
        '--project',
        'SUP',
        '--config',
        config,
        ...periodArgs,
        '--json',
      ]);
      const jql = reportJql('SUP', PERIOD);
      if (!jql.ok) throw new Error(jql.error.message);
      const exported = await exportDataset(host.clientAs('agent'), jql.value);
      if (!exported.ok) throw new Error(exported.error.message);
      const file = join(mkdtempSync(join(tmpdir(), 'ql-live-')), 'dataset.json');
      writeFileSync(file, JSON.stringify(exported.value));
      const fromFile = await reportCommand(['--dataset', file, '--config', config, ...periodArgs, '--json']);
      if (!live.ok) throw new Error(live.error.message);
      if (!fromFile.ok) throw new Error(fromFile.error.message);
      if (live.ok && fromFile.ok) {
        expect(live.value).toBe(fromFile.value);
        expect(JSON.parse(live.value)).toMatchObject({
          volume: { created: expect.any(Number) },
          skipped: { count: 0 },
        });
        expect(JSON.parse(live.value).volume.created).toBeGreaterThan(50);
      }
    } finally {
      process.env.JIRA_EMAIL = env.JIRA_EMAIL;
      process.env.JIRA_API_TOKEN = env.JIRA_API_TOKEN;
    }
  }, 60_000);

  it('gives the same figures under 10% injected faults as without', async () => {
    const jql = reportJql('SUP', PERIOD);
    if (!jql.ok) throw new Error(jql.error.message);
    const clean = host.clientAs('agent');
    const shaky = faulty.clientAs('agent', { maxAttempts: 8, attemptTimeoutMs: 5_000, timeoutMs: 60_000 });
    const [a, b] = await Promise.all([exportDataset(clean, jql.value), exportDataset(shaky, jql.value)]);
    if (!a.ok || !b.ok) throw new Error(`${a.ok ? '' : a.error.message} ${b.ok ? '' : b.error.message}`);
    const reportA = makeKpiReport(a.value.fields, a.value.issues, PERIOD);
    const reportB = makeKpiReport(b.value.fields, b.value.issues, PERIOD);
    expect(reportA.ok && reportB.ok).toBe(true);
    if (reportA.ok && reportB.ok) expect(JSON.stringify(reportB.value)).toBe(JSON.stringify(reportA.value));
    // The faults really happened and were retried through.
    expect(shaky.stats().retries).toBeGreaterThan(0);
    expect(clean.stats().retries).toBe(0);
  }, 120_000);
});
