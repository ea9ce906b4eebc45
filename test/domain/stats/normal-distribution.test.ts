import { erfc, normalCdf, normalUpperTail } from '../../../src/domain/stats/normal-distribution';
import { oneSidedPValue } from '../../../src/domain/stats/one-sided';

/** |actual - expected| / expected, for tail probabilities where an absolute tolerance says nothing. */
const relativeError = (actual: number, expected: number) => Math.abs(actual - expected) / expected;

describe('standard normal distribution (Numerical Recipes erfcc, relative error < 1.2e-7)', () => {
  it('gives the textbook quantiles to 1e-7', () => {
    expect(Math.abs(normalCdf(1.959964) - 0.975)).toBeLessThan(1e-7);
    expect(Math.abs(normalCdf(-1.644854) - 0.05)).toBeLessThan(1e-7);
    expect(Math.abs(normalCdf(0) - 0.5)).toBeLessThan(1e-7);
    expect(Math.abs(normalCdf(1) - 0.841344746068543)).toBeLessThan(1e-7);
  });

  it('keeps its relative accuracy far in the tails', () => {
    // Φ(-3), Φ(-5), Φ(-8) to 15 digits (mpmath at 30 digits).
    expect(relativeError(normalCdf(-3), 0.00134989803163009)).toBeLessThan(2e-7);
    expect(relativeError(normalCdf(-5), 2.86651571879194e-7)).toBeLessThan(2e-7);
    expect(relativeError(normalCdf(-8), 6.22096057427178e-16)).toBeLessThan(2e-7);
    expect(relativeError(normalUpperTail(8), 6.22096057427178e-16)).toBeLessThan(2e-7);
    expect(normalCdf(-40)).toBe(0);
    expect(normalCdf(40)).toBe(1);
  });

  it('is symmetric: Φ(x) + Φ(-x) = 1 and the upper tail is Φ(-x)', () => {
    for (const x of [0.1, 0.5, 1.3, 2.7, 4.2]) {
      expect(normalCdf(x) + normalCdf(-x)).toBeCloseTo(1, 14);
      expect(normalUpperTail(x)).toBeCloseTo(normalCdf(-x), 15);
    }
  });

  it('has erfc(0) = 1 and erfc(1) = 0.157299207050285 to 1e-7', () => {
    expect(Math.abs(erfc(0) - 1)).toBeLessThan(1e-7);
    expect(relativeError(erfc(1), 0.157299207050285)).toBeLessThan(1.2e-7);
    expect(relativeError(2 - erfc(-1), 0.157299207050285)).toBeLessThan(1e-6);
  });

  it('takes the one-sided p-value from the tail in the tested direction', () => {
    expect(oneSidedPValue(1.644854, 'increase')).toBeCloseTo(0.05, 7);
    expect(oneSidedPValue(1.644854, 'decrease')).toBeCloseTo(0.95, 7);
    expect(oneSidedPValue(-1.644854, 'decrease')).toBeCloseTo(0.05, 7);
  });
});
