import { IMPROVING_DIRECTION, isDurationKpi } from '../../../src/domain/check/improving-direction';
import { kpiValue, meetsTarget, observationCount } from '../../../src/domain/check/kpi-value';
import { IMPROVABLE_KPIS } from '../../../src/domain/improvement/improvement';

describe('KPI value, observation count and target of a window', () => {
  it('takes the rate of a proportion and null for an empty one', () => {
    expect(kpiValue({ kind: 'proportion', successes: 3, n: 4 })).toBe(0.75);
    expect(kpiValue({ kind: 'proportion', successes: 0, n: 0 })).toBeNull();
    expect(observationCount({ kind: 'proportion', successes: 3, n: 4 })).toBe(4);
  });

  it('takes the nearest-rank median of durations, whatever their order', () => {
    // 4 values: position ceil(0.5 · 4) = 2 → the second smallest, 20 (not the interpolated 25)
    expect(kpiValue({ kind: 'durations', values: [40, 10, 30, 20] })).toBe(20);
    expect(kpiValue({ kind: 'durations', values: [5, 1, 3] })).toBe(3);
    expect(kpiValue({ kind: 'durations', values: [] })).toBeNull();
    expect(observationCount({ kind: 'durations', values: [5, 1, 3] })).toBe(3);
  });

  it('meets a target at or beyond it in the improving direction, never without a value', () => {
    expect(meetsTarget(100, 100, 'increase')).toBe(true);
    expect(meetsTarget(99, 100, 'increase')).toBe(false);
    expect(meetsTarget(100, 100, 'decrease')).toBe(true);
    expect(meetsTarget(101, 100, 'decrease')).toBe(false);
    expect(meetsTarget(null, 100, 'decrease')).toBe(false);
  });

  it('improves FCR, CSAT and SLA compliance upwards and the others downwards', () => {
    const up = IMPROVABLE_KPIS.filter((kpi) => IMPROVING_DIRECTION[kpi] === 'increase');
    expect(up.sort()).toEqual(['csatTop2box', 'fcrRate', 'slaCompliance']);
    expect(IMPROVABLE_KPIS.filter(isDurationKpi).sort()).toEqual(['frtMedianMs', 'resolutionMedianMs']);
  });
});
