import { dimensionValues } from '../../src/domain/kpi/dimensions';
import { problemReasons, touchesPeriod } from '../../src/domain/kpi/problems';
import { problemList, type ProblemTicket } from '../../src/domain/problems/problem-list';
import { parsePeriod } from '../../src/domain/time/period-text';
import { flagSchema } from '../../src/contract/flag-schema';
import type { Settings } from '../../src/contract/settings-schema';
import { PROPERTY_KEYS } from '../../src/app/install/jira-parts';
import { exportDataset } from '../../src/app/export/export-dataset';
import { ticketFactsFromIssues } from '../../src/app/report/ticket-facts-from-issues';
import { judgeTicket } from '../../src/domain/kpi/judged-ticket';
import { repeatContactIndex } from '../../src/domain/kpi/repeat-contact';
import { HOUR_OF_DAY } from '../../src/domain/kpi/dimensions';
import { discoverFields } from '../../src/jira/field-map';
import { readMonitorMeta } from '../../src/app/monitor/ingest';
import {
  FAILURE_GROUPS,
  listProblems,
  qaCategory,
  type QaFailedCriterion,
} from '../../src/app/problems/list-problems';
import { resolveKpiConfig } from '../../src/app/report/resolve-config';
import { readSettings } from '../../src/app/settings/settings-store';
import type { LocalApp } from '../../src/local/forge-runtime/local-app';
import { installLocalApp } from '../../src/local/forge-runtime/local-app';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installMonitoredApp, mustAs, refusedAs } from '../support/local-app';
import { startTestHost, type TestHost } from '../support/local-host';

let host: TestHost;
let app: LocalApp;
let settings: Settings;
const ids = { agent: '', manager: '' };

beforeAll(async () => {
  host = await startTestHost({ tickets: 300, days: 40 });
  app = await installMonitoredApp(host, 'problems');
  ids.agent = host.credentials.find((c) => c.role === 'agent')?.accountId ?? '';
  ids.manager = host.credentials.find((c) => c.role === 'qualityManager')?.accountId ?? '';
  const read = await readSettings(app.monitor.ports().store);
  if (!read.ok) throw new Error(read.error.message);
  settings = read.value;
  // Flags on tickets old and new: flag/set stamps them now (TEST_NOW, 2026-11-01T08:00Z).
  for (const issueKey of ['SUP-3', 'SUP-60', 'SUP-150', 'SUP-240', 'SUP-298'])
    await mustAs(
      app,
      'flag/set',
      { issueKey, category: 'process', causeHint: 'method', note: 'chased twice', improvementKey: null },
      ids.agent,
    );
}, 180_000);
afterAll(async () => {
  app.close();
  await host.dispose();
});

/**
 * The problem list as it was computed from a live export of the site (before problems/list read
 * the aggregates): every ticket updated since a day before the period, judged from the export.
 * One change on purpose: tickets flagged since then are exported too. Setting a flag (an issue
 * property) does not change a ticket's `updated`, so the live search missed an old ticket flagged
 * in the period although the definition counts it; the stored reading finds every flag. Likewise a
 * ticket failing QA review in the period is exported whatever its `updated`, so that its reporter is
 * known (the live list counted it without a reporter, under-counting affected customers).
 */
async function liveProblemList(
  from: string,
  to: string,
  groupBy: string,
  qaFailures: ReadonlyMap<string, readonly QaFailedCriterion[]>,
) {
  const window = parsePeriod(from, to, 'Asia/Shanghai');
  if (!window.ok) throw new Error(window.error.message);
  const { period, zone } = window.value;
  const byCategory = groupBy === 'category';
  const reviewed = qaFailures.size > 0 ? ` OR key in (${[...qaFailures.keys()].join(', ')})` : '';
  const since = new Date(period.from - 86_400_000).toISOString().slice(0, 10);
  const dataset = await exportDataset(
    host.clientAs('qualityManager'),
    `project = SUP AND (updated >= "${since}" OR qlFlaggedAt >= "${since}"${reviewed})`,
    { properties: [PROPERTY_KEYS.flag] },
  );
  if (!dataset.ok) throw new Error(dataset.error.message);
  const config = resolveKpiConfig(settings.kpi);
  const map = discoverFields(dataset.value.fields, {
    npsField: config.npsField,
    dimensions: byCategory || groupBy === HOUR_OF_DAY ? [] : [groupBy],
  });
  if (!map.ok) throw new Error(map.error.message);
  const { tickets: facts } = ticketFactsFromIssues(dataset.value.issues, map.value);
  const repeats = repeatContactIndex(facts);
  const tickets = {
    value: {
      judged: facts.map((t) => judgeTicket(t, config.options, repeats)),
      issues: new Map(dataset.value.issues.map((i) => [String(i.key), i])),
    },
  };
  const options = resolveKpiConfig(settings.kpi).options;
  const problems: ProblemTicket[] = [];
  for (const judged of tickets.value.judged) {
    const issue = tickets.value.issues.get(judged.facts.key) as { properties?: Record<string, unknown> };
    const flag = flagSchema.safeParse(issue.properties?.[PROPERTY_KEYS.flag]);
    const flagged =
      flag.success &&
      (touchesPeriod(judged, period) ||
        (Date.parse(flag.data.flaggedAt) >= period.from && Date.parse(flag.data.flaggedAt) < period.to));
    const reasons = problemReasons(judged, period, options);
    const failedQa = qaFailures.get(judged.facts.key) ?? [];
    if (!flagged && reasons.length === 0 && failedQa.length === 0) continue;
    const groups = byCategory
      ? [
          ...(flagged && flag.success ? [flag.data.category] : reasons.map((r) => FAILURE_GROUPS[r])),
          ...failedQa.map((c) => qaCategory(c.id)),
        ]
      : [...dimensionValues(judged.facts, groupBy, zone)];
    problems.push({
      key: judged.facts.key,
      reporterId: judged.facts.reporterId,
      groups,
      reasons,
      flagged,
      ...(failedQa.length > 0 && { qaFailed: true }),
    });
  }
  if (byCategory)
    for (const [key, failed] of qaFailures)
      if (!problems.some((p) => p.key === key) && failed.length > 0)
        problems.push({
          key,
          reporterId: null,
          groups: failed.map((c) => qaCategory(c.id)),
          reasons: [],
          flagged: false,
          qaFailed: true,
        });
  const labels = new Map([...qaFailures.values()].flat().map((c) => [qaCategory(c.id), c.name]));
  const list = problemList(problems);
  return {
    groupBy,
    total: list.total,
    problems: list.problems.map((p) => {
      const label = labels.get(p.name);
      return label ? { ...p, label } : p;
    }),
  };
}

async function storedProblemList(
  from: string,
  to: string,
  groupBy: string,
  qaFailures: ReadonlyMap<string, readonly QaFailedCriterion[]>,
) {
  const window = parsePeriod(from, to, 'Asia/Shanghai');
  if (!window.ok) throw new Error(window.error.message);
  const jira = host.clientAs('qualityManager');
  const result = await listProblems(
    { jira, store: app.monitor.ports().store },
    settings,
    { projectKey: 'SUP', ...window.value, groupBy },
    qaFailures,
  );
  if (!result.ok) throw new Error(result.error.message);
  return { result: result.value, stats: jira.stats() };
}

const periods = [
  // Ends before the flags were set: only flagged tickets the period touches count.
  ['2026-10-18', '2026-11-01'],
  // Holds the moment the flags were set: every flagged ticket counts.
  ['2026-10-25', '2026-11-02'],
  // Early in the site's history: tickets resolved in it were created at most days before.
  ['2026-09-24', '2026-10-01'],
] as const;

describe('problems/list reads the stored aggregates, not the tickets', () => {
  it.each(periods)('gives the live problem list by category for %s – %s', async (from, to) => {
    const qa = new Map([['SUP-200', [{ id: 'empathy', name: { en: 'Empathy', zhCN: '同理心' } }]]]);
    const stored = await storedProblemList(from, to, 'category', qa);
    expect(stored.result).toEqual(await liveProblemList(from, to, 'category', qa));
    expect(stored.result.total).toBeGreaterThan(0);
  });

  it.each(periods)('gives the live problem list by every kept dimension for %s – %s', async (from, to) => {
    const meta = await readMonitorMeta(app.monitor.ports().store, 'SUP', settings);
    if (!meta.ok || meta.value === null) throw new Error('no aggregates');
    for (const dimension of meta.value.dimensions) {
      const stored = await storedProblemList(from, to, dimension, new Map());
      expect({ dimension, ...stored.result }).toEqual({
        dimension,
        ...(await liveProblemList(from, to, dimension, new Map())),
      });
    }
  });

  it('sends one request to Jira, the flag search, and nothing else', async () => {
    const { stats } = await storedProblemList('2026-10-18', '2026-11-01', 'category', new Map());
    expect(stats.byEndpoint).toEqual({ 'POST /rest/api/3/search/jql': 1 });
    expect(stats.total).toBe(1);
  });

  it('answers the resolver as the use case does', async () => {
    const data = await mustAs(
      app,
      'problems/list',
      {
        projectKey: 'SUP',
        from: '2026-10-25',
        to: '2026-11-02',
        timeZone: 'Asia/Shanghai',
        groupBy: 'category',
      },
      ids.manager,
    );
    expect(data).toEqual(await liveProblemList('2026-10-25', '2026-11-02', 'category', new Map()));
    expect(data.problems.find((p) => p.name === 'process')?.sources.flags).toBe(5);
  });

  it('refuses with KPI.NOT_READY before the aggregates are built', async () => {
    const bare = installLocalApp(host.site, join(mkdtempSync(join(tmpdir(), 'ql-bare-')), 'app.db'));
    try {
      expect(
        await refusedAs(
          bare,
          'problems/list',
          { projectKey: 'SUP', from: '2026-10-18', to: '2026-11-01', timeZone: 'Asia/Shanghai' },
          ids.manager,
        ),
      ).toBe('KPI.NOT_READY');
    } finally {
      bare.close();
    }
  });
});
