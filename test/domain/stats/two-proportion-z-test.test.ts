import fc from 'fast-check';
import { twoProportionZTest } from '../../../src/domain/stats/two-proportion-z-test';

describe('one-sided two-proportion z-test (pooled standard error)', () => {
  it('matches the hand computation for 45/100 before and 60/100 after', () => {
    // pooled p = (45 + 60) / 200 = 0.525
    // SE = sqrt(0.525 * 0.475 * (1/100 + 1/100)) = sqrt(0.0049875) = 0.0706222345
    // z = (0.60 - 0.45) / SE = 0.15 / 0.0706222345 = 2.1239770
    // one-sided p (increase) = 1 - Φ(2.1239770) = 0.0168360; for a decrease, Φ(z) = 0.9831640
    const counts = { successesA: 45, nA: 100, successesB: 60, nB: 100 };
    const up = twoProportionZTest(counts, 'increase');
    expect(up.z).toBeCloseTo(2.123977, 6);
    expect(up.pValue).toBeCloseTo(0.016836, 6);
    expect(twoProportionZTest(counts, 'decrease').pValue).toBeCloseTo(0.983164, 6);
  });

  it('gives a negative z when the proportion falls, significant for a decrease', () => {
    // 12/80 = 0.15 before, 4/80 = 0.05 after: pooled 16/160 = 0.1,
    // SE = sqrt(0.1 * 0.9 * (2/80)) = sqrt(0.00225) = 0.0474342, z = -0.10 / 0.0474342 = -2.1081851,
    // one-sided p = Φ(-2.1081851) = 0.0175075
    const result = twoProportionZTest({ successesA: 12, nA: 80, successesB: 4, nB: 80 }, 'decrease');
    expect(result.z).toBeCloseTo(-2.108185, 6);
    expect(result.pValue).toBeCloseTo(0.0175075, 6);
  });

  it('answers no evidence (z 0, p 1) when the pooled proportion is 0 or 1, or a sample is empty', () => {
    const none = { z: 0, pValue: 1 };
    expect(twoProportionZTest({ successesA: 0, nA: 50, successesB: 0, nB: 40 }, 'increase')).toEqual(none);
    expect(twoProportionZTest({ successesA: 50, nA: 50, successesB: 40, nB: 40 }, 'decrease')).toEqual(none);
    expect(twoProportionZTest({ successesA: 0, nA: 0, successesB: 3, nB: 40 }, 'increase')).toEqual(none);
    expect(twoProportionZTest({ successesA: 3, nA: 40, successesB: 0, nB: 0 }, 'decrease')).toEqual(none);
  });

  it('gives the same p-value with the samples swapped and the direction reversed', () => {
    const sample = fc
      .integer({ min: 1, max: 500 })
      .chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));
    fc.assert(
      fc.property(
        sample,
        sample,
        fc.constantFrom('increase' as const, 'decrease' as const),
        ([sA, nA], [sB, nB], dir) => {
          const forward = twoProportionZTest({ successesA: sA, nA, successesB: sB, nB }, dir);
          const swapped = twoProportionZTest(
            { successesA: sB, nA: nB, successesB: sA, nB: nA },
            dir === 'increase' ? 'decrease' : 'increase',
          );
          expect(swapped.pValue).toBeCloseTo(forward.pValue, 12);
          expect(forward.pValue).toBeGreaterThanOrEqual(0);
          expect(forward.pValue).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});
