import { NO_EVIDENCE, oneSidedPValue, type Direction } from './one-sided';
import { averageRanks } from './ranks';

/** U of the `after` sample, its z score under the normal approximation, and the one-sided p-value. */
export interface MannWhitneyResult {
  readonly u: number;
  readonly z: number;
  readonly pValue: number;
}

/**
 * One-sided Mann–Whitney U test that `after` tends to be larger ('increase') or smaller ('decrease')
 * than `before`. u is U of `after`: R_after - n2(n2+1)/2, i.e. the pairs where the after value is the
 * larger, ties counting one half. z = (u - n1 n2 / 2) / σ with the tie-corrected variance
 * σ² = n1 n2 / 12 * ((n+1) - Σ(t³ - t) / (n(n-1))). No continuity correction is applied: KPI_DEFINITIONS
 * asks for the plain normal approximation. An empty sample, or all values tied (σ = 0), gives z = 0 and
 * pValue = 1 (no evidence). Values must be finite. O(n log n).
 */
export function mannWhitneyU(
  before: readonly number[],
  after: readonly number[],
  direction: Direction,
): MannWhitneyResult {
  const n1 = before.length;
  const n2 = after.length;
  if (n1 === 0 || n2 === 0) return { u: 0, ...NO_EVIDENCE };
  const n = n1 + n2;
  const { ranks, tieTerm } = averageRanks([...before, ...after]);
  let rankSumAfter = 0;
  for (let i = n1; i < n; i++) rankSumAfter += ranks[i] as number;
  const u = rankSumAfter - (n2 * (n2 + 1)) / 2;
  // n1 n2 / 12 * ((n+1) - Σ(t³-t) / (n(n-1))) over one denominator: when every value ties, Σ(t³-t) is
  // n³ - n computed the same way, so the variance is exactly 0 rather than a rounding residue.
  const variance = (n1 * n2 * (n * n * n - n - tieTerm)) / (12 * n * (n - 1));
  if (!(variance > 0)) return { u, ...NO_EVIDENCE };
  const z = (u - (n1 * n2) / 2) / Math.sqrt(variance);
  return { u, z, pValue: oneSidedPValue(z, direction) };
}
