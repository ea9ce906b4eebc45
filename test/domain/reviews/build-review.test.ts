import { buildReview, type ImprovementLine } from '../../../src/domain/reviews/build-review';

const action = (id: string, dueDate: string | null, done: boolean) => ({
  id,
  what: `Action ${id}`,
  owner: 'owner-1',
  dueDate,
  done,
});
const improvement = (over: Partial<ImprovementLine> & { key: string }): ImprovementLine => ({
  stage: 'implementing',
  createdAt: '2026-09-01T00:00:00.000Z',
  problem: { kpi: 'fcrRate' },
  actions: [],
  check: null,
  closure: null,
  ...over,
});

// The week 2026-10-19..2026-10-26 in UTC.
const input = {
  projectKey: 'SUP',
  period: { kind: 'weekly' as const, label: '2026-W43', from: '2026-10-19', to: '2026-10-26' },
  instants: { from: Date.parse('2026-10-19T00:00:00Z'), to: Date.parse('2026-10-26T00:00:00Z') },
  timeZone: 'UTC',
  generatedAt: '2026-11-02T00:05:00.000Z',
  volume: { created: 70, resolved: 64 },
  compositeScore: 78.09,
  scorecard: [
    {
      kpi: 'fcrRate',
      unit: 'fraction' as const,
      direction: 'higher' as const,
      actual: 0.75,
      target: 0.8,
      gap: -0.05,
      meetsTarget: false,
      previous: 0.7,
      change: 0.05,
    },
  ],
  pareto: {
    groupBy: 'category',
    total: 10,
    rows: [
      { name: 'logistics', count: 6, share: 0.6, cumulativeShare: 0.6, vitalFew: true },
      { name: 'refund', count: 3, share: 0.3, cumulativeShare: 0.9, vitalFew: true },
      { name: 'system', count: 1, share: 0.1, cumulativeShare: 1, vitalFew: false },
    ],
  },
  unreadable: [],
};

describe('building a weekly review', () => {
  const review = buildReview({
    ...input,
    improvements: [
      improvement({
        key: 'SUP-1',
        // due 10-20: 6 days overdue at 10-26; due 10-25: 1 day; due 10-26 (the end) is not yet overdue; done is not.
        actions: [
          action('a1', '2026-10-20', false),
          action('a2', '2026-10-25', false),
          action('a3', '2026-10-26', false),
          action('a4', '2026-10-01', true),
        ],
      }),
      improvement({
        key: 'SUP-2',
        stage: 'checking',
        check: { verdict: 'effective', checkedAt: '2026-10-22T10:00:00.000Z' },
      }),
      improvement({
        key: 'SUP-3',
        stage: 'closed',
        createdAt: '2026-10-20T09:00:00.000Z',
        // A closed improvement's unfinished action is not overdue; its verdict before the week does not count.
        actions: [action('b1', '2026-10-01', false)],
        check: { verdict: 'not-effective', checkedAt: '2026-10-18T23:59:59.000Z' },
        closure: { closedAt: '2026-10-25T23:59:59.000Z' },
      }),
      improvement({ key: 'SUP-4', stage: 'identified', createdAt: '2026-10-26T00:00:00.000Z' }),
    ],
  });

  it('counts improvements by stage, and those opened and closed in the week', () => {
    expect(review.improvements.byStage).toEqual({
      identified: 1,
      analysing: 0,
      planning: 0,
      awaitingApproval: 0,
      approved: 0,
      implementing: 1,
      checking: 1,
      closed: 1,
    });
    // SUP-3 was created on 10-20; SUP-4 at 10-26 00:00 is after the half-open week.
    expect(review.improvements.openedInPeriod).toBe(1);
    expect(review.improvements.closedInPeriod).toBe(1);
  });

  it('lists the overdue actions of open improvements, most overdue first', () => {
    expect(review.overdueActions.map((a) => [a.improvementKey, a.actionId, a.daysOverdue])).toEqual([
      ['SUP-1', 'a1', 6],
      ['SUP-1', 'a2', 1],
    ]);
  });

  it('lists the verdicts reached in the week only', () => {
    expect(review.verdicts).toEqual([
      {
        improvementKey: 'SUP-2',
        kpi: 'fcrRate',
        verdict: 'effective',
        checkedAt: '2026-10-22T10:00:00.000Z',
      },
    ]);
  });

  it('keeps the KPIs with target and change, and the Pareto', () => {
    expect(review.kpis[0]).toMatchObject({ actual: 0.75, target: 0.8, change: 0.05 });
    expect(review.pareto.rows.map((r) => r.name)).toEqual(['logistics', 'refund', 'system']);
    expect(review.pareto.omitted).toBe(0);
  });
});
