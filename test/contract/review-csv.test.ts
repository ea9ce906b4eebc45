import { csvField, reviewCsv, toCsv, UTF8_BOM } from '../../src/contract/review-csv';
import type { Review } from '../../src/contract/review-schema';
import { FCR_BELOW_TARGET, stageCounts } from '../support/review-builder';

const review: Review = {
  schemaVersion: 1,
  kind: 'weekly',
  projectKey: 'SUP',
  label: '2026-W43',
  from: '2026-10-19',
  to: '2026-10-26',
  timeZone: 'Asia/Shanghai',
  generatedAt: '2026-11-02T00:05:00.000Z',
  volume: { created: 70, resolved: 64 },
  compositeScore: 78.09,
  kpis: [
    FCR_BELOW_TARGET,
    {
      kpi: 'frtMedianMs',
      unit: 'ms',
      direction: 'lower',
      actual: 90_000,
      target: null,
      gap: null,
      meetsTarget: null,
      previous: null,
      change: null,
    },
  ],
  pareto: {
    groupBy: 'category',
    total: 4,
    rows: [{ name: 'Refund, "late"', count: 4, share: 1, cumulativeShare: 1, vitalFew: true }],
    omitted: 0,
  },
  improvements: {
    byStage: stageCounts({ identified: 1 }),
    openedInPeriod: 1,
    closedInPeriod: 0,
  },
  overdueActions: [
    {
      improvementKey: 'SUP-1',
      actionId: 'a1',
      what: 'Two lines\nof text',
      owner: null,
      dueDate: '2026-10-20',
      daysOverdue: 6,
    },
  ],
  verdicts: [],
  unreadable: [],
};

describe('CSV export of a review', () => {
  it('quotes by RFC 4180: commas, quotes (doubled) and line breaks', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(
      toCsv([
        ['a', 1],
        ['b', null],
      ]),
    ).toBe('\uFEFFa,1\r\nb,\r\n');
  });

  it('starts with the UTF-8 BOM and ends every record with CRLF', () => {
    const csv = reviewCsv(review, 'en');
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(
      csv
        .replace(/"[^"]*"/g, '')
        .split('\n')
        .every((line, i, all) => i === all.length - 1 || line.endsWith('\r')),
    ).toBe(true);
  });

  it('writes rates in percent and durations in minutes, with the KPI name in the reader’s language', () => {
    const en = reviewCsv(review, 'en');
    expect(en).toContain('\r\nFirst contact resolution (%),75.0,80.0,-5.0,no,70.0,5.0\r\n');
    expect(en).toContain('\r\nFirst response time (median) (min),1.5,,,,,\r\n');
    expect(en).toContain('\r\n"Refund, ""late""",4,100.0,100.0,yes\r\n');
    expect(en).toContain('\r\nSUP-1,"Two lines\nof text",,2026-10-20,6\r\n');
    const zh = reviewCsv(review, 'zh-CN');
    expect(zh.startsWith('\uFEFF周复盘,2026-W43\r\n')).toBe(true);
    expect(zh).toContain('\r\n一次解决率 (%),75.0,80.0,-5.0,否,70.0,5.0\r\n');
    expect(zh).toContain('\r\n已识别,1\r\n');
  });
});
