import fc from 'fast-check';
import { durationStats } from '../../../src/domain/kpi/distribution';

/** The definition: sort ascending, take 1-based position ceil(p/100 * n) (in integers: 0.9 * 30 is not 27). */
const byDefinition = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil((p * sorted.length) / 100) - 1] as number;
};

describe('duration statistics by selection', () => {
  it('give the nearest-rank median and p90 and the mean of the definition for any whole-millisecond list', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 400_000_000 })), {
          minLength: 1,
          maxLength: 400,
        }),
        (values) => {
          const stats = durationStats(values);
          expect(stats.median).toBe(byDefinition(values, 50));
          expect(stats.p90).toBe(byDefinition(values, 90));
          expect(stats.mean).toBe(values.reduce((a, b) => a + b, 0) / values.length);
          expect(stats.count).toBe(values.length);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('take position 27 of 30 for p90 (1..30 ms gives 27 ms) and position 15 for the median', () => {
    const values = Array.from({ length: 30 }, (_, i) => 30 - i);
    expect(durationStats(values)).toEqual({ count: 30, mean: 15.5, median: 15, p90: 27 });
  });
});
