/** count, mean, nearest-rank median and p90 of durations in milliseconds. */
export interface DurationStats {
  readonly count: number;
  readonly mean: number | null;
  readonly median: number | null;
  readonly p90: number | null;
}

/** The p-th percentile by the nearest-rank method: 1-based position ceil(p/100 * n) of the sorted values. */
export function nearestRank(sortedAscending: readonly number[], p: number): number | null {
  const n = sortedAscending.length;
  if (n === 0) return null;
  // p * n / 100 rather than p / 100 * n: integer arithmetic keeps exact ranks (0.9 * 30 is not 27).
  const position = Math.max(1, Math.ceil((p * n) / 100));
  return sortedAscending[Math.min(position, n) - 1] ?? null;
}

/** Summarises a list of durations (order does not matter). */
export function durationStats(values: readonly number[]): DurationStats {
  if (values.length === 0) return { count: 0, mean: null, median: null, p90: null };
  const sorted = Float64Array.from(values).sort();
  let sum = 0;
  for (const v of sorted) sum += v;
  const asArray = Array.from(sorted);
  return {
    count: sorted.length,
    mean: sum / sorted.length,
    median: nearestRank(asArray, 50),
    p90: nearestRank(asArray, 90),
  };
}

/** numerator / denominator, or null for an empty denominator (never 0). */
export const rate = (numerator: number, denominator: number): number | null =>
  denominator === 0 ? null : numerator / denominator;
