import { durationStats, nearestRank, rate } from '../../../src/domain/kpi/distribution';

describe('nearest-rank percentiles', () => {
  it('takes the value at position ceil(p/100 * n) of the ascending values', () => {
    // n = 5: median at ceil(2.5) = 3, p90 at ceil(4.5) = 5
    expect(nearestRank([15, 20, 35, 40, 50], 50)).toBe(35);
    expect(nearestRank([15, 20, 35, 40, 50], 90)).toBe(50);
  });

  it('uses the lower middle value for an even count (no interpolation)', () => {
    // n = 4: ceil(2) = 2
    expect(nearestRank([1, 2, 3, 4], 50)).toBe(2);
  });

  it('hits exact ranks where floating point would overshoot (p90 of 30 values is the 27th)', () => {
    const values = Array.from({ length: 30 }, (_, i) => i + 1);
    expect(nearestRank(values, 90)).toBe(27);
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(nearestRank(hundred, 7)).toBe(7);
  });

  it('is null for no values', () => {
    expect(nearestRank([], 50)).toBeNull();
  });
});

describe('duration statistics', () => {
  it('sorts before ranking and averages every value', () => {
    expect(durationStats([50, 15, 40, 20, 35])).toEqual({ count: 5, mean: 32, median: 35, p90: 50 });
  });

  it('gives null figures for an empty cohort', () => {
    expect(durationStats([])).toEqual({ count: 0, mean: null, median: null, p90: null });
  });
});

describe('rate', () => {
  it('is null, never 0, for an empty denominator', () => {
    expect(rate(0, 0)).toBeNull();
    expect(rate(3, 4)).toBe(0.75);
  });
});
