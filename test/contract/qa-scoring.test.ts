import { previewScore, scoreReview } from '../../src/contract/qa-scoring';
import { answers, card } from '../domain/qa/qa-fixtures';

const score = (c: ReturnType<typeof card>, a: ReturnType<typeof answers>) => {
  const result = scoreReview(c, a);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe('QA scoring: weighted share of credit', () => {
  it('weights each answer: yes = 1, no = 0, a rating v = (v − 1) / 4', () => {
    // 10·1 + 30·1 + 20·0.75 + 40·1 = 95 of 100
    expect(score(card(), answers(1, 5, 4, 1))).toMatchObject({ score: 95, passed: true, failedCriteria: [] });
    // 10·0 + 30·0.75 + 20·0.5 + 40·1 = 72.5 of 100
    const low = score(card(), answers(0, 4, 3, 1));
    expect(low.score).toBe(72.5);
    expect(low.passed).toBe(false);
    expect(low.failedCriteria.map((c) => c.id)).toEqual(['g1']);
  });

  it('passes a score exactly at the pass mark, and fails just below it', () => {
    expect(score(card(72.5), answers(0, 4, 3, 1)).passed).toBe(true);
    expect(score(card(72.6), answers(0, 4, 3, 1)).passed).toBe(false);
  });

  it('leaves N/A out and rescales the remaining weights', () => {
    // e1 N/A: weights 10 + 30 + 40 = 80; credit 10 + 30 + 0 = 40 → 50
    const result = score(card(), answers(1, 5, null, 0));
    expect(result.score).toBe(50);
    expect(result.failedCriteria.map((c) => c.id)).toEqual(['p1']);
  });

  it('fails the review on a failed critical criterion whatever the total', () => {
    // a1 = 2 ≤ failAtMost 2: 10 + 30·0.25 + 20 + 40 = 77.5 ≥ pass mark 75, still failed
    const result = score(card(75), answers(1, 2, 5, 1));
    expect(result.score).toBe(77.5);
    expect(result.passed).toBe(false);
    expect(result.criticalFailed).toEqual(['a1']);
    // a1 = 3 is above the threshold: not failed, and 10 + 15 + 20 + 40 = 85 passes
    expect(score(card(75), answers(1, 3, 5, 1))).toMatchObject({
      score: 85,
      passed: true,
      criticalFailed: [],
    });
  });

  it('counts a rating at or below failAtMost as a failed criterion (threshold configurable)', () => {
    expect(score(card(0, 3), answers(1, 4, 3, 1)).failedCriteria.map((c) => c.id)).toEqual(['e1']);
    expect(score(card(0, 1), answers(1, 4, 2, 1)).failedCriteria).toEqual([]);
  });

  it('refuses answers that do not fit the scorecard, naming the problem', () => {
    const message = (a: { criterionId: string; value: number | null }[]) => {
      const result = scoreReview(card(), a);
      return result.ok ? 'accepted' : `${result.error.code}: ${result.error.message}`;
    };
    expect(message(answers(1, 5, 4, 1).slice(0, 3))).toBe(
      'QA.INVALID_ANSWERS: Answer every criterion; missing: p1',
    );
    expect(message(answers(2, 5, 4, 1))).toContain('"g1" takes yes (1) or no (0), not 2');
    expect(message(answers(1, 0, 4, 1))).toContain('"a1" takes a rating from 1 to 5, not 0');
    expect(message(answers(null, 5, 4, 1))).toContain('"g1" cannot be answered N/A');
    expect(message([...answers(1, 5, 4, 1), { criterionId: 'zz', value: 1 }])).toContain(
      '"zz" is not a criterion',
    );
    expect(message([...answers(1, 5, 4, 1), { criterionId: 'g1', value: 1 }])).toContain(
      '"g1" is answered twice',
    );
  });

  it('refuses a review with every criterion N/A: there is nothing to score', () => {
    const allNa = {
      ...card(),
      sections: card().sections.map((s) => ({
        ...s,
        criteria: s.criteria.map((c) => ({ ...c, allowNa: true })),
      })),
    };
    const result = scoreReview(allNa, answers(null, null, null, null));
    expect(!result.ok && result.error.message).toBe('Every criterion is N/A: there is nothing to score');
  });
});

describe('QA score preview while the reviewer answers', () => {
  const preview = (a: { criterionId: string; value: number | null }[], c = card()) => {
    const result = previewScore(c, a);
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  };

  it('has no score before an answer that counts, and counts the answers given', () => {
    expect(preview([])).toEqual({ score: null, answered: 0, total: 4 });
    expect(preview([{ criterionId: 'e1', value: null }])).toEqual({ score: null, answered: 1, total: 4 });
  });

  it('scores the answers given so far, unanswered criteria left out as N/A is', () => {
    // g1 yes (10·1) and a1 = 3 (30·0.5) of weights 40 → 25/40 = 62.5, below 80
    const partial = preview([
      { criterionId: 'g1', value: 1 },
      { criterionId: 'a1', value: 3 },
    ]);
    expect(partial).toMatchObject({ answered: 2, total: 4, score: { score: 62.5, passed: false } });
  });

  it('shows a failed critical criterion as soon as it is answered', () => {
    // a1 = 1 is critical and ≤ failAtMost 2: failed whatever the rest
    const early = preview([{ criterionId: 'a1', value: 1 }]);
    expect(early.score).toMatchObject({ score: 0, passed: false, criticalFailed: ['a1'] });
  });

  it('equals the stored score once every criterion is answered', () => {
    const all = answers(1, 2, 5, 1);
    const scored = scoreReview(card(75), all);
    expect(preview(all, card(75)).score).toEqual(scored.ok && scored.value);
    // 10 + 30·0.25 + 20 + 40 = 77.5 ≥ 75 but a1 = 2 is a critical fail
    expect(preview(all, card(75)).score).toMatchObject({
      score: 77.5,
      passed: false,
      criticalFailed: ['a1'],
    });
  });

  it('refuses an answer off its scale, as the server does', () => {
    const result = previewScore(card(), [{ criterionId: 'g1', value: 3 }]);
    expect(!result.ok && result.error.message).toBe('"g1" takes yes (1) or no (0), not 3');
  });
});
