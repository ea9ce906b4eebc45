import { paretoRank } from '../../../src/domain/pareto';

describe('Pareto ranking', () => {
  it('sorts by count descending, ties by name, with share and cumulative share', () => {
    const { total, categories } = paretoRank(
      new Map([
        ['refund', 20],
        ['logistics', 50],
        ['system', 20],
        ['process', 10],
      ]),
    );
    expect(total).toBe(100);
    expect(categories.map((c) => [c.name, c.count, c.share, c.cumulativeShare])).toEqual([
      ['logistics', 50, 0.5, 0.5],
      ['refund', 20, 0.2, 0.7],
      ['system', 20, 0.2, 0.9],
      ['process', 10, 0.1, 1],
    ]);
  });

  it('marks the shortest prefix reaching 80%, including the category that crosses it', () => {
    const { categories } = paretoRank(
      new Map([
        ['a', 50],
        ['b', 20],
        ['c', 20],
        ['d', 10],
      ]),
    );
    expect(categories.map((c) => c.vitalFew)).toEqual([true, true, true, false]);
  });

  it('stops at a prefix that reaches exactly 80%', () => {
    const { categories } = paretoRank(
      new Map([
        ['a', 3],
        ['b', 1],
        ['c', 1],
      ]),
    );
    // 3/5 = 60%, 4/5 = 80% reached: a and b only
    expect(categories.map((c) => c.vitalFew)).toEqual([true, true, false]);
  });

  it('leaves out empty categories and handles no data', () => {
    expect(paretoRank(new Map([['a', 0]]))).toEqual({ total: 0, categories: [] });
  });
});
