import { nearestRank, rate } from '../kpi/distribution';
import type { Direction } from '../stats/one-sided';
import type { KpiObservations } from './kpi-observations';

/** How many observations a window has: the rate's denominator, or the number of durations. */
export const observationCount = (observations: KpiObservations): number =>
  observations.kind === 'proportion' ? observations.n : observations.values.length;

/** The KPI value of a window: the rate, or the nearest-rank median of the durations; null when empty. */
export function kpiValue(observations: KpiObservations): number | null {
  if (observations.kind === 'proportion') return rate(observations.successes, observations.n);
  const sorted = Array.from(Float64Array.from(observations.values).sort());
  return nearestRank(sorted, 50);
}

/** Whether a value reaches the target in the improving direction (at or above / at or below); never for null. */
export const meetsTarget = (value: number | null, target: number, direction: Direction): boolean =>
  value !== null && (direction === 'increase' ? value >= target : value <= target);
