import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { reportCommand } from '../../../src/local/cli/report-command';
import {
  aComment,
  aCustomer,
  aFieldList,
  anAgent,
  anIssue,
  FIELD_IDS,
  resolutionSet,
} from '../../support/jira-builder';

const ROOT = resolve(__dirname, '..', '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'ql-report-'));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const dataset = file(
  'dataset.json',
  JSON.stringify({
    fields: aFieldList(),
    issues: [
      anIssue({
        key: 'SUP-1',
        created: '2026-10-02T09:00:00.000+0800',
        comments: [aComment(anAgent('a1'), '2026-10-02T09:30:00.000+0800')],
        histories: [resolutionSet('2026-10-02T11:00:00.000+0800')],
        fields: { [FIELD_IDS.satisfaction]: { rating: 4 } },
      }),
      anIssue({ key: 'SUP-2', created: '2026-10-03T09:00:00.000+0800', reporter: aCustomer('c2') }),
      { key: 'SUP-3', fields: { created: 'garbage' } },
    ],
  }),
);

/** The `--json` shape promised by the issue, written from its text. */
const stats = {
  count: z.number(),
  mean: z.number().nullable(),
  median: z.number().nullable(),
  p90: z.number().nullable(),
};
const dimension = z.object({ score: z.number().nullable(), weight: z.number() });
const reportShape = z.object({
  volume: z.object({ created: z.number(), resolved: z.number() }),
  frt: z.object({ ...stats, noResponse: z.number() }),
  resolutionTime: z.object(stats),
  reopenRate: z.number().nullable(),
  repeatContactRate: z.number().nullable(),
  fcrRate: z.number().nullable(),
  sla: z.record(
    z.string(),
    z.object({ met: z.number(), breached: z.number(), compliance: z.number().nullable() }),
  ),
  csat: z.object({
    responses: z.number(),
    avg: z.number().nullable(),
    top2box: z.number().nullable(),
    responseRate: z.number().nullable(),
  }),
  nps: z.object({ responses: z.number(), score: z.number().nullable() }).nullable(),
  composite: z.object({
    score: z.number().nullable(),
    dimensions: z.object({
      efficiency: dimension,
      quality: dimension,
      experience: dimension,
      proactive: dimension,
    }),
    omitted: z.array(z.string()),
  }),
});

const run = (args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'bin', 'ql.js'), 'report', ...args], { encoding: 'utf8' });

describe('ql report', () => {
  it('prints the promised JSON shape with the figures of the dataset', async () => {
    const result = await reportCommand([
      '--dataset',
      dataset,
      '--from',
      '2026-10-01',
      '--to',
      '2026-10-08',
      '--tz',
      'Asia/Shanghai',
      '--json',
    ]);
    if (!result.ok) throw new Error(result.error.message);
    const json: unknown = JSON.parse(result.value);
    const report = reportShape.parse(json);
    expect(report.volume).toEqual({ created: 2, resolved: 1 });
    expect(report.frt).toEqual({
      count: 1,
      mean: 1_800_000,
      median: 1_800_000,
      p90: 1_800_000,
      noResponse: 1,
    });
    expect(report.resolutionTime.median).toBe(7_200_000);
    expect(report.fcrRate).toBe(1);
    expect(report.csat).toEqual({ responses: 1, avg: 4, top2box: 1, responseRate: 1 });
    expect(report.nps).toBeNull();
    expect(report.composite.omitted).toContain('nps');
    expect(json).toMatchObject({ skipped: { count: 1, tickets: [{ key: 'SUP-3' }] } });
  });

  it('reads nps when the config names its field, and a from/to with offsets', async () => {
    const config = file('nps.json', JSON.stringify({ npsFieldId: FIELD_IDS.nps }));
    const result = await reportCommand([
      '--dataset',
      dataset,
      '--config',
      config,
      '--from',
      '2026-10-01T00:00:00+08:00',
      '--to',
      '2026-10-08T00:00:00+08:00',
      '--json',
    ]);
    expect(result.ok && reportShape.parse(JSON.parse(result.value)).nps).toEqual({
      responses: 0,
      score: null,
    });
  });

  it('prints a readable table in English or Chinese', async () => {
    const args = [
      '--dataset',
      dataset,
      '--from',
      '2026-10-01',
      '--to',
      '2026-10-08',
      '--tz',
      'Asia/Shanghai',
    ];
    const en = await reportCommand(args);
    const zh = await reportCommand([...args, '--lang', 'zh-CN']);
    expect(en.ok && en.value).toContain('First contact resolution');
    expect(en.ok && en.value).toContain('2026-10-01 00:00 → 2026-10-08 00:00 (Asia/Shanghai)');
    expect(zh.ok && zh.value).toContain('一次解决率');
    expect(zh.ok && zh.value).toContain('目标值');
    expect(en.ok && en.value).toMatch(/SUP-3: fields\.(project|created)/);
  });

  it.each([
    ['a missing file', ['--dataset', join(dir, 'nope.json')], 'no such file'],
    ['a file that is not JSON', ['--dataset', file('bad.json', '{"fields": [')], 'is not JSON'],
    [
      'a dataset of the wrong shape',
      ['--dataset', file('shape.json', '{"fields": {}, "issues": []}')],
      'wrong shape at fields',
    ],
    ['an unknown time zone', ['--tz', 'Asia/Atlantis'], 'unknown time zone "Asia/Atlantis"'],
    ['from after to', ['--from', '2026-10-09'], 'must be before --to'],
    [
      'an unknown config key',
      ['--config', file('cfg.json', '{"reopenWindow": 3}')],
      'unknown key "reopenWindow"',
    ],
    [
      'a config value of the wrong type',
      ['--config', file('cfg2.json', '{"fcrMaxAgentReplies": "one"}')],
      'fcrMaxAgentReplies',
    ],
    ['a missing --to', ['--to', null], '--to is required'],
    ['an unknown option', ['--format', 'csv'], "Unknown option '--format'"],
  ])('refuses %s with one clear line', async (_, override: (string | null)[], message) => {
    // override replaces (or, with null, removes) an option of an otherwise valid call
    const args: string[] = ['--dataset', dataset, '--from', '2026-10-01', '--to', '2026-10-08'];
    const [option, value] = override as [string, string | null];
    const at = args.indexOf(option);
    if (at >= 0) args.splice(at, 2, ...(value === null ? [] : [option, value]));
    else if (value !== null) args.push(option, value);
    const result = await reportCommand(args);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toContain(message);
      expect(result.error.message).not.toContain('\n');
    }
  });

  it('exits non-zero with one line on stderr and nothing on stdout for bad input', async () => {
    const result = run([
      '--dataset',
      join(dir, 'missing.json'),
      '--from',
      '2026-10-01',
      '--to',
      '2026-10-08',
    ]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([
      `ql report: dataset ${join(dir, 'missing.json')}: no such file`,
    ]);
  });

  it('runs as npx ql from the project', async () => {
    const out = execFileSync(
      'npx',
      [
        '--no-install',
        'ql',
        'report',
        '--dataset',
        dataset,
        '--from',
        '2026-10-01',
        '--to',
        '2026-10-08',
        '--json',
      ],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(reportShape.parse(JSON.parse(out)).volume.created).toBe(2);
  });
});
