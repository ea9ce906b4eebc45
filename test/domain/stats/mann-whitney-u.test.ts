import fc from 'fast-check';
import { mannWhitneyU } from '../../../src/domain/stats/mann-whitney-u';
import { averageRanks } from '../../../src/domain/stats/ranks';

const direction = fc.constantFrom('increase' as const, 'decrease' as const);
const sample = fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 40 });

describe('average ranks', () => {
  it('gives tied values the mean of their positions and sums t³ - t over tie groups', () => {
    const { ranks, tieTerm } = averageRanks([6, 2, 4, 6, 4, 6, 9]);
    // sorted: 2 | 4 4 | 6 6 6 | 9 at positions 1 | 2 3 | 4 5 6 | 7
    expect(Array.from(ranks)).toEqual([5, 1, 2.5, 5, 2.5, 5, 7]);
    // ties of 2 and 3: (8 - 2) + (27 - 3) = 30
    expect(tieTerm).toBe(30);
    expect(averageRanks([])).toEqual({ ranks: new Float64Array(0), tieTerm: 0 });
  });
});

describe('one-sided Mann–Whitney U test (normal approximation, tie correction, no continuity correction)', () => {
  it('matches the hand computation of a small example with ties', () => {
    // before 4 6 6 9 10, after 2 3 4 6 7; combined ranks:
    //   2a→1, 3a→2, 4b 4a→3.5, 6b 6b 6a→6, 7a→8, 9b→9, 10b→10
    // R_after = 1 + 2 + 3.5 + 6 + 8 = 20.5, U_after = 20.5 - 5·6/2 = 5.5 (U_before = 19.5; sum 25 = n1 n2)
    // ties: (2³ - 2) + (3³ - 3) = 30; σ² = 25/12 · (11 - 30/90) = 22.2222, σ = 4.714045
    // z = (5.5 - 12.5) / 4.714045 = -1.484924; one-sided p (decrease) = Φ(-1.484924) = 0.068782
    const result = mannWhitneyU([4, 6, 6, 9, 10], [2, 3, 4, 6, 7], 'decrease');
    expect(result.u).toBe(5.5);
    expect(result.z).toBeCloseTo(-1.484924, 6);
    expect(result.pValue).toBeCloseTo(0.068782, 6);
    expect(mannWhitneyU([4, 6, 6, 9, 10], [2, 3, 4, 6, 7], 'increase').pValue).toBeCloseTo(0.931218, 6);
  });

  it('matches the hand computation without ties', () => {
    // before 1 4 5, after 2 3 6 7: ranks are the values; R_after = 2 + 3 + 6 + 7 = 18, U = 18 - 10 = 8
    // σ² = 3·4/12 · 8 = 8, z = (8 - 6) / √8 = 0.707107, p (increase) = 1 - Φ(0.707107) = 0.239750
    const result = mannWhitneyU([1, 4, 5], [2, 3, 6, 7], 'increase');
    expect(result.u).toBe(8);
    expect(result.z).toBeCloseTo(0.707107, 6);
    expect(result.pValue).toBeCloseTo(0.23975, 6);
  });

  it('answers no evidence (z 0, p 1) for an empty sample or when every value ties', () => {
    expect(mannWhitneyU([], [1, 2], 'increase')).toEqual({ u: 0, z: 0, pValue: 1 });
    expect(mannWhitneyU([1, 2], [], 'decrease')).toEqual({ u: 0, z: 0, pValue: 1 });
    expect(mannWhitneyU([5, 5, 5], [5, 5], 'decrease')).toEqual({ u: 3, z: 0, pValue: 1 });
  });

  it('gives the same p-value with the samples swapped and the direction reversed', () => {
    fc.assert(
      fc.property(sample, sample, direction, (before, after, dir) => {
        const forward = mannWhitneyU(before, after, dir);
        const swapped = mannWhitneyU(after, before, dir === 'increase' ? 'decrease' : 'increase');
        expect(swapped.pValue).toBeCloseTo(forward.pValue, 12);
        expect(swapped.u).toBe(before.length * after.length - forward.u);
      }),
    );
  });

  it('finds a decrease no less significant when every after value is shifted down', () => {
    fc.assert(
      fc.property(sample, sample, fc.integer({ min: 1, max: 15 }), (before, after, shift) => {
        const lowered = after.map((v) => v - shift);
        // The one exception is shifting onto a single tied value: no variation, no evidence (p = 1).
        fc.pre(new Set([...before, ...lowered]).size > 1);
        const original = mannWhitneyU(before, after, 'decrease');
        expect(mannWhitneyU(before, lowered, 'decrease').pValue).toBeLessThanOrEqual(original.pValue + 1e-12);
      }),
      { numRuns: 2000 },
    );
  });

  it('answers p = 1 once a shift leaves every value tied, though the unshifted test had p < 1', () => {
    // before 1, after 8: U = 1, σ² = 1/12 · 3 = 0.25, z = (1 - 0.5) / 0.5 = 1, p (decrease) = Φ(1) = 0.841345
    expect(mannWhitneyU([1], [8], 'decrease').pValue).toBeCloseTo(0.841345, 6);
    expect(mannWhitneyU([1], [1], 'decrease').pValue).toBe(1);
  });

  it('keeps U in [0, n1 n2] and p in [0, 1]', () => {
    fc.assert(
      fc.property(sample, sample, direction, (before, after, dir) => {
        const { u, pValue } = mannWhitneyU(before, after, dir);
        expect(u).toBeGreaterThanOrEqual(0);
        expect(u).toBeLessThanOrEqual(before.length * after.length);
        expect(pValue).toBeGreaterThanOrEqual(0);
        expect(pValue).toBeLessThanOrEqual(1);
      }),
    );
  });
});
