import { effectivenessCheck } from '../../../src/domain/check/effectiveness-check';
import type { KpiObservations } from '../../../src/domain/check/kpi-observations';
import { twoProportionZTest } from '../../../src/domain/stats/two-proportion-z-test';

const share = (successes: number, n: number): KpiObservations => ({ kind: 'proportion', successes, n });
/** n durations from `first`, one apart. */
const run = (first: number, n: number): KpiObservations => ({
  kind: 'durations',
  values: Array.from({ length: n }, (_, i) => first + i),
});

describe('effectiveness check: observations needed', () => {
  it('is inconclusive with 29 observations in either window, and runs no test', () => {
    for (const [baseline, after] of [
      [share(3, 30), share(27, 29)],
      [share(3, 29), share(27, 30)],
    ] as const) {
      expect(effectivenessCheck({ kpi: 'fcrRate', baseline, after, target: 0.8 })).toMatchObject({
        test: 'two-proportion-z',
        statistic: null,
        pValue: null,
        verdict: 'inconclusive',
        targetMet: true,
      });
    }
    expect(
      effectivenessCheck({
        kpi: 'resolutionMedianMs',
        baseline: run(100, 30),
        after: run(80, 29),
        target: 1000,
      }),
    ).toMatchObject({ test: 'mann-whitney-u', pValue: null, verdict: 'inconclusive' });
  });

  it('runs the test with 30 observations in both windows', () => {
    // 3/30 → 27/30: pooled 0.5, SE = sqrt(0.25 · 2/30) = 0.1290994, z = 0.8 / SE = 6.196773
    const result = effectivenessCheck({
      kpi: 'fcrRate',
      baseline: share(3, 30),
      after: share(27, 30),
      target: 0.8,
    });
    expect(result.statistic).toBeCloseTo(6.196773, 6);
    expect(result.pValue).toBeLessThan(1e-9);
    expect(result).toMatchObject({ verdict: 'effective', targetMet: true, afterValue: 0.9 });
  });
});

describe('effectiveness check: significance at alpha', () => {
  // 45/100 before. After 57/100: pooled 0.51, SE = 0.0706965, z = 1.697396, p = 0.044811 (< 0.05).
  // After 56/100: pooled 0.505, SE = 0.0707071, z = 1.555713, p = 0.059888 (> 0.05).
  const baseline = share(45, 100);

  it('calls a rise with p just below 0.05 significant and one with p just above not', () => {
    const below = effectivenessCheck({ kpi: 'fcrRate', baseline, after: share(57, 100), target: 0.8 });
    expect(below.pValue).toBeCloseTo(0.044811, 6);
    expect(below.verdict).toBe('improved');
    const above = effectivenessCheck({ kpi: 'fcrRate', baseline, after: share(56, 100), target: 0.8 });
    expect(above.pValue).toBeCloseTo(0.059888, 6);
    expect(above.verdict).toBe('not-effective');
  });

  it('counts p equal to alpha as significant, and p a hair above it as not', () => {
    const { pValue } = twoProportionZTest({ successesA: 45, nA: 100, successesB: 56, nB: 100 }, 'increase');
    const check = (alpha: number) =>
      effectivenessCheck({ kpi: 'fcrRate', baseline, after: share(56, 100), target: 0.5, alpha }).verdict;
    expect(check(pValue)).toBe('effective');
    expect(check(pValue - 1e-9)).toBe('not-effective');
    expect(check(0.1)).toBe('effective');
  });

  it('never calls a change against the improving direction significant', () => {
    // FCR falling 57/100 → 45/100 has z = -1.697396, one-sided p (increase) = 0.955189
    const result = effectivenessCheck({
      kpi: 'fcrRate',
      baseline: share(57, 100),
      after: baseline,
      target: 0.4,
    });
    expect(result.pValue).toBeCloseTo(0.955189, 6);
    expect(result).toMatchObject({ verdict: 'not-effective', targetMet: true });
  });
});

describe('effectiveness check: target', () => {
  it('meets a rate target to increase when the after rate is at or above it', () => {
    const check = (target: number) =>
      effectivenessCheck({ kpi: 'fcrRate', baseline: share(45, 100), after: share(60, 100), target });
    expect(check(0.6)).toMatchObject({ verdict: 'effective', targetMet: true, afterValue: 0.6 });
    expect(check(0.61)).toMatchObject({ verdict: 'improved', targetMet: false });
  });

  it('meets a rate target to decrease when the after rate is at or below it', () => {
    // reopen 20/100 → 8/100: pooled 0.14, SE = sqrt(0.14 · 0.86 · 0.02) = 0.0490714,
    // z = -0.12 / SE = -2.445417, one-sided p (decrease) = Φ(z) = 0.007234
    const check = (target: number) =>
      effectivenessCheck({ kpi: 'reopenRate', baseline: share(20, 100), after: share(8, 100), target });
    expect(check(0.08)).toMatchObject({ verdict: 'effective', targetMet: true, afterValue: 0.08 });
    expect(check(0.08).statistic).toBeCloseTo(-2.445417, 6);
    expect(check(0.08).pValue).toBeCloseTo(0.007234, 6);
    expect(check(0.079)).toMatchObject({ verdict: 'improved', targetMet: false });
  });

  it('judges a duration by its nearest-rank median at or below the target', () => {
    // before 100..129, after 80..109 (30 each). After median: position ceil(0.5 · 30) = 15 → 94.
    // U_after: each after value 100 + k (k = 0..9) beats k before values and ties one: Σ(k + 0.5) = 50.
    // Ten ties of two: Σ(t³ - t) = 60; σ² = 900/12 · (61 - 60/3540) = 4573.7288, σ = 67.629349;
    // z = (50 - 450) / σ = -5.914592, p = Φ(z) = 1.66350e-9
    const check = (target: number) =>
      effectivenessCheck({ kpi: 'resolutionMedianMs', baseline: run(100, 30), after: run(80, 30), target });
    const met = check(94);
    expect(met).toMatchObject({
      test: 'mann-whitney-u',
      verdict: 'effective',
      targetMet: true,
      afterValue: 94,
    });
    expect(met.statistic).toBeCloseTo(-5.914592, 6);
    expect(met.pValue).toBeCloseTo(1.6635e-9, 12);
    expect(check(93)).toMatchObject({ verdict: 'improved', targetMet: false });
  });

  it('finds no effect when the durations did not change', () => {
    const result = effectivenessCheck({
      kpi: 'frtMedianMs',
      baseline: run(10, 40),
      after: run(10, 40),
      target: 100,
    });
    // identical samples: U = n1 n2 / 2, z = 0, p = 0.5
    expect(result).toMatchObject({ statistic: 0, verdict: 'not-effective', targetMet: true, afterValue: 29 });
    expect(result.pValue).toBeCloseTo(0.5, 7);
  });
});

describe('effectiveness check: misuse', () => {
  it('rejects observations of the wrong kind and an alpha outside (0, 1)', () => {
    expect(() =>
      effectivenessCheck({ kpi: 'frtMedianMs', baseline: share(1, 30), after: share(2, 30), target: 1 }),
    ).toThrow(RangeError);
    expect(() =>
      effectivenessCheck({ kpi: 'fcrRate', baseline: share(1, 30), after: run(1, 30), target: 1 }),
    ).toThrow(RangeError);
    for (const alpha of [0, 1, Number.NaN]) {
      expect(() =>
        effectivenessCheck({ kpi: 'fcrRate', baseline: share(1, 30), after: share(2, 30), target: 1, alpha }),
      ).toThrow(RangeError);
    }
  });
});
