import { evaluateRule, thresholdOf } from '../../../src/domain/alerts/evaluate-rule';
import type { DayValue, RuleToEvaluate } from '../../../src/domain/alerts/alert-rule';
import { daysNeeded } from '../../../src/domain/alerts/alert-rule';

const series = (start: number, values: readonly (number | null)[]): DayValue[] =>
  values.map((value, i) => ({ day: `2026-10-${String(start + i).padStart(2, '0')}`, value }));

// The seed's rule: NPS below the baseline by 30% for 3 days in a row (baseline: 7 days before).
const seedRule: RuleToEvaluate = {
  condition: { kind: 'baseline', direction: 'below', percent: 30, baselineDays: 7 },
  periodsInRow: 3,
};

describe('evaluating an alert rule over a daily KPI series', () => {
  it('needs the baseline days plus the streak days', () => {
    expect(daysNeeded(seedRule)).toBe(10);
    expect(
      daysNeeded({ condition: { kind: 'target', direction: 'below', percent: 0 }, periodsInRow: 4 }),
    ).toBe(4);
  });

  it('fires the seed rule: baseline mean 40 over the 6 measured days, threshold 28, three days at or under 28', () => {
    // Baseline days 10-20..10-26: 40 50 – 30 40 50 30 → (40+50+30+40+50+30)/6 = 40; 40 − 30% of 40 = 28.
    const days = series(20, [40, 50, null, 30, 40, 50, 30, 20, 28, 10]);
    const result = evaluateRule(seedRule, days, 40);
    expect(result.reason).toBe('fired');
    expect(result.fired).toBe(true);
    expect(result.reference).toBe(40);
    expect(result.threshold).toBe(28);
    expect(result.baseline).toMatchObject({ from: '2026-10-20', to: '2026-10-26', value: 40 });
    expect(result.streak).toEqual([
      { day: '2026-10-27', value: 20 },
      { day: '2026-10-28', value: 28 },
      { day: '2026-10-29', value: 10 },
    ]);
  });

  it('does not fire when one streak day is only 27.5% under the baseline (29 > 28)', () => {
    const days = series(20, [40, 50, null, 30, 40, 50, 30, 20, 29, 10]);
    expect(evaluateRule(seedRule, days, 40).reason).toBe('notBreached');
  });

  it('treats a streak day without data as breaking the streak', () => {
    const days = series(20, [40, 50, 35, 30, 40, 50, 30, 20, null, 10]);
    const result = evaluateRule(seedRule, days, 40);
    expect(result).toMatchObject({ fired: false, reason: 'noData' });
  });

  it('has no reference when no baseline day has data', () => {
    const days = series(20, [null, null, null, null, null, null, null, 1, 1, 1]);
    expect(evaluateRule(seedRule, days, 40)).toMatchObject({
      fired: false,
      reason: 'noReference',
      threshold: null,
    });
  });

  it('reads "below by 30%" of a negative NPS as lower: baseline −10 gives threshold −13', () => {
    expect(thresholdOf(-10, 'below', 30)).toBe(-13);
    const rule: RuleToEvaluate = {
      periodsInRow: 1,
      condition: { kind: 'baseline', direction: 'below', percent: 30, baselineDays: 2 },
    };
    expect(evaluateRule(rule, series(1, [-10, -10, -13]), null).fired).toBe(true);
    expect(evaluateRule(rule, series(1, [-10, -10, -12]), null).fired).toBe(false);
  });

  it('compares with the target strictly when the percentage is 0, and needs a target', () => {
    const rule: RuleToEvaluate = {
      condition: { kind: 'target', direction: 'below', percent: 0 },
      periodsInRow: 2,
    };
    // FCR target 0.8: 0.79 and 0.5 are under it; 0.8 itself is not.
    expect(evaluateRule(rule, series(1, [0.9, 0.79, 0.5]), 0.8).fired).toBe(true);
    expect(evaluateRule(rule, series(1, [0.9, 0.8, 0.5]), 0.8).reason).toBe('notBreached');
    expect(evaluateRule(rule, series(1, [0.9, 0.79, 0.5]), null).reason).toBe('noReference');
  });

  it('watches durations from above an absolute value', () => {
    // First response median above 10 minutes (600 000 ms) for 2 days.
    const rule: RuleToEvaluate = {
      condition: { kind: 'absolute', direction: 'above', value: 600_000 },
      periodsInRow: 2,
    };
    expect(evaluateRule(rule, series(1, [700_000, 600_001]), null)).toMatchObject({
      fired: true,
      reference: 600_000,
      threshold: 600_000,
    });
    expect(evaluateRule(rule, series(1, [700_000, 600_000]), null).fired).toBe(false);
  });

  it('reads a series shorter than the streak as missing days', () => {
    const rule: RuleToEvaluate = {
      condition: { kind: 'absolute', direction: 'below', value: 1 },
      periodsInRow: 3,
    };
    expect(evaluateRule(rule, series(1, [0, 0]), null).reason).toBe('noData');
  });
});
