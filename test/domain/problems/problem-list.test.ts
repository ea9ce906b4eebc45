import { problemList, type ProblemTicket } from '../../../src/domain/problems/problem-list';

const t = (
  key: string,
  groups: string[],
  reasons: ProblemTicket['reasons'],
  flagged = false,
  reporterId: string | null = key,
): ProblemTicket => ({
  key,
  reporterId,
  groups,
  reasons,
  flagged,
});

describe('problem list', () => {
  const { total, problems } = problemList([
    t('SUP-10', ['logistics'], ['notFcr'], true, 'alice'),
    t('SUP-9', ['logistics'], ['lowCsat', 'notFcr'], true, 'alice'),
    t('SUP-3', ['logistics'], [], true, 'bob'),
    t('SUP-4', ['refund'], ['slaBreached'], true),
    t('SUP-5', ['sla-breached'], ['slaBreached']),
  ]);

  it('ranks groups by frequency with share, cumulative share and the vital few', () => {
    expect(total).toBe(5);
    // logistics 3 (60%), then refund and sla-breached 1 each (ties by name)
    expect(problems.map((p) => [p.name, p.count, p.share, p.cumulativeShare, p.vitalFew])).toEqual([
      ['logistics', 3, 0.6, 0.6, true],
      ['refund', 1, 0.2, 0.8, true],
      ['sla-breached', 1, 0.2, 1, false],
    ]);
  });

  it('counts affected customers once each and scores priority as frequency × mean worst impact', () => {
    const logistics = problems[0];
    expect(logistics?.affectedCustomers).toBe(2);
    // worst impacts: SUP-10 notFcr 1, SUP-9 lowCsat 3, SUP-3 flag only 1 → mean 5/3; priority 3 × 5/3 = 5
    expect(logistics?.impact).toBeCloseTo(5 / 3, 12);
    expect(logistics?.priority).toBeCloseTo(5, 12);
    expect(logistics?.sources).toEqual({ flags: 3, slaBreached: 0, notFcr: 2, lowCsat: 1 });
    expect(logistics?.evidence).toEqual(['SUP-3', 'SUP-9', 'SUP-10']);
    expect(problems[1]?.priority).toBe(2);
  });

  it('is empty without problems', () => {
    expect(problemList([])).toEqual({ total: 0, problems: [] });
  });
});
