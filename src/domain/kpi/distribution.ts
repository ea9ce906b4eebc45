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

/**
 * Summarises a list of durations (order does not matter). Durations are whole milliseconds, so their
 * sum is exact in any order; the two ranks are found by selection rather than a full sort, which
 * keeps a month of aggregated durations cheap to read.
 */
export function durationStats(values: readonly number[]): DurationStats {
  const n = values.length;
  if (n === 0) return { count: 0, mean: null, median: null, p90: null };
  const work = Float64Array.from(values);
  let sum = 0;
  for (const v of work) sum += v;
  const medianAt = Math.max(1, Math.ceil((50 * n) / 100)) - 1;
  const p90At = Math.min(Math.max(1, Math.ceil((90 * n) / 100)), n) - 1;
  const median = select(work, medianAt, 0);
  // Selection leaves everything from medianAt on no smaller than the median: search only there.
  const p90 = select(work, p90At, medianAt);
  return { count: n, mean: sum / n, median, p90 };
}

/** The k-th smallest value (0-based) of work[from..], rearranging it (Hoare selection, median of three). */
function select(work: Float64Array, k: number, from: number): number {
  let lo = from;
  let hi = work.length - 1;
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    const a = work[lo] as number;
    const b = work[mid] as number;
    const c = work[hi] as number;
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((work[i] as number) < pivot) i++;
      while ((work[j] as number) > pivot) j--;
      if (i <= j) {
        const t = work[i] as number;
        work[i] = work[j] as number;
        work[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return work[k] as number;
  }
  return work[k] as number;
}

/** numerator / denominator, or null for an empty denominator (never 0). */
export const rate = (numerator: number, denominator: number): number | null =>
  denominator === 0 ? null : numerator / denominator;
