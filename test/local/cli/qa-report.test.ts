import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reportCommand } from '../../../src/local/cli/report-command';
import { aFieldList, anIssue } from '../../support/jira-builder';

/** A review as the `ql.qaReview` property stores it (written out by hand, not by the app). */
const aReview = (
  issueKey: string,
  reviewedAt: string,
  passed: boolean,
  sampleKind: string,
  reviewer = 'qm-1',
) => ({
  id: `${issueKey}-${reviewer}`,
  issueKey,
  projectKey: 'SUP',
  scorecardId: 'standard',
  scorecardVersion: 1,
  reviewer,
  agent: 'agent-1',
  reviewedAt,
  sampleKind,
  sampleId: 'run-1',
  answers: [{ criterionId: 'greet', value: passed ? 1 : 0, note: '' }],
  comment: '',
  result: {
    score: passed ? 100 : 0,
    passMark: 80,
    passed,
    criticalFailed: [],
    failedCriteria: passed ? [] : [{ id: 'greet', name: { en: 'Greets', zhCN: '问候' } }],
  },
  response: { state: 'pending', comment: '', at: null, jiraCommentId: null },
});
const withReviews = (key: string, reviews: ReturnType<typeof aReview>[]) => ({
  ...anIssue({ key, created: '2026-09-20T09:00:00.000+0800' }),
  properties: {
    'ql.qaReview': {
      schemaVersion: 1,
      reviews,
      searchIndex: {
        passed: reviews[0]?.result.passed ? 'passed' : 'failed',
        score: reviews[0]?.result.score ?? null,
        reviewedAt: reviews[0]?.reviewedAt,
        sampleKind: reviews[0]?.sampleKind,
        reviewers: reviews.length,
        dispute: 'none',
      },
    },
  },
});

const dir = mkdtempSync(join(tmpdir(), 'ql-qa-report-'));
const dataset = join(dir, 'dataset.json');
writeFileSync(
  dataset,
  JSON.stringify({
    fields: aFieldList(),
    issues: [
      withReviews('SUP-1', [aReview('SUP-1', '2026-10-05T02:00:00.000Z', true, 'random')]),
      withReviews('SUP-2', [aReview('SUP-2', '2026-10-06T02:00:00.000Z', false, 'random')]),
      // calibrated: the first review (passed) counts, not the second reviewer's
      withReviews('SUP-3', [
        aReview('SUP-3', '2026-10-08T02:00:00.000Z', false, 'random', 'qm-2'),
        aReview('SUP-3', '2026-10-07T02:00:00.000Z', true, 'random'),
      ]),
      // targeted and outside the period: not counted
      withReviews('SUP-4', [aReview('SUP-4', '2026-10-08T02:00:00.000Z', false, 'targeted')]),
      withReviews('SUP-5', [aReview('SUP-5', '2026-11-03T02:00:00.000Z', false, 'random')]),
      anIssue({ key: 'SUP-6' }),
    ],
  }),
);
const args = ['--dataset', dataset, '--from', '2026-10-01', '--to', '2026-11-01', '--tz', 'UTC'];

describe('ql report: QA compliance from the dataset issue properties', () => {
  it('prints qaCompliance in --json: passed / reviewed random-sample tickets by review date', async () => {
    const result = await reportCommand([...args, '--json']);
    if (!result.ok) throw new Error(result.error.message);
    const report = JSON.parse(result.value) as {
      qaCompliance: number | null;
      qa: { current: { reviews: number; passed: number; targeted: { reviews: number } } };
      scorecard: { kpi: string; actual: number | null; target: number | null }[];
    };
    // SUP-1 passed, SUP-2 failed, SUP-3 passed (first review) → 2 of 3
    expect(report.qaCompliance).toBeCloseTo(2 / 3);
    expect(report.qa.current).toMatchObject({ reviews: 3, passed: 2, targeted: { reviews: 1 } });
    expect(report.scorecard.find((r) => r.kpi === 'qaCompliance')).toMatchObject({ target: 0.95 });
  });

  it('prints the QA compliance row in the table, in English and Chinese', async () => {
    const en = await reportCommand(args);
    if (!en.ok) throw new Error(en.error.message);
    expect(en.value.split('\n').find((l) => l.includes('QA compliance'))).toContain('66.7%');
    const zh = await reportCommand([...args, '--lang', 'zh-CN']);
    if (!zh.ok) throw new Error(zh.error.message);
    expect(zh.value.split('\n').find((l) => l.includes('话术规范度'))).toContain('66.7%');
  });
});
