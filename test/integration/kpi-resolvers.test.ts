import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportDataset } from '../../src/app/export/export-dataset';
import { makeKpiReport } from '../../src/app/report/make-kpi-report';
import { installLocalApp, type LocalApp } from '../../src/local/forge-runtime/local-app';
import { startTestHost, type TestHost } from '../support/local-host';

let host: TestHost;
let app: LocalApp;
let manager = '';

beforeAll(async () => {
  host = await startTestHost({ tickets: 300, days: 40 });
  app = installLocalApp(host.site, join(mkdtempSync(join(tmpdir(), 'ql-app-')), 'app.db'));
  manager = host.credentials.find((c) => c.role === 'qualityManager')?.accountId ?? '';
  // The resolvers read the stored aggregates only: build them from the site's tickets first.
  const rebuilt = await app.rebuildAggregates('SUP');
  if (!rebuilt.ok) throw new Error(rebuilt.error.message);
}, 120_000);
afterAll(async () => {
  app.close();
  await host.dispose();
});

const period = { from: '2026-10-18', to: '2026-11-01', timeZone: 'Asia/Shanghai' };

describe('KPI resolvers for the project page and gadgets', () => {
  it('kpi/report gives the scorecard the report gives for the same tickets and period', async () => {
    const result = await app.invoke('kpi/report', { projectKey: 'SUP', ...period }, manager);
    if (!result.ok) throw new Error(result.error.message);
    const data = result.data as {
      scorecard: { kpi: string; actual: number | null }[];
      volume: { created: number };
    };
    const exported = await exportDataset(
      host.clientAs('qualityManager'),
      'project = SUP AND updated >= "2026-10-01"',
    );
    if (!exported.ok) throw new Error(exported.error.message);
    const report = makeKpiReport(exported.value.fields, exported.value.issues, { ...period, config: {} });
    if (!report.ok) throw new Error(report.error.message);
    expect(data.volume).toEqual(report.value.volume);
    expect(data.scorecard.find((r) => r.kpi === 'fcrRate')?.actual).toBe(report.value.fcrRate);
  });

  it('kpi/trend gives one point per local day and refuses an unknown KPI', async () => {
    const result = await app.invoke('kpi/trend', { projectKey: 'SUP', kpi: 'fcrRate', ...period }, manager);
    if (!result.ok) throw new Error(result.error.message);
    const data = result.data as { points: { day: string }[]; target: number | null };
    expect(data.points.map((p) => p.day)).toHaveLength(14);
    expect(data.points[0]?.day).toBe('2026-10-18');
    expect(data.target).toBe(0.8);
    const bad = await app.invoke('kpi/trend', { projectKey: 'SUP', kpi: 'happiness', ...period }, manager);
    expect(!bad.ok && bad.error.message).toContain('"happiness"');
  });
});
