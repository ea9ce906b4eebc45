import { NO_EVIDENCE, oneSidedPValue, type Direction } from './one-sided';

/** Success counts of two samples: A is the baseline, B the sample after the change. */
export interface TwoProportions {
  readonly successesA: number;
  readonly nA: number;
  readonly successesB: number;
  readonly nB: number;
}

/** A z score (positive when B's proportion is higher) and its one-sided p-value. */
export interface ZTestResult {
  readonly z: number;
  readonly pValue: number;
}

/**
 * One-sided two-proportion z-test that B's proportion moved from A's in `direction`, with the pooled
 * standard error sqrt(p(1-p)(1/nA + 1/nB)), p = (successesA + successesB) / (nA + nB).
 * Degenerate cases give z = 0, pValue = 1 (no evidence): an empty sample, or a pooled proportion of
 * 0 or 1, where both samples are identical and Fisher's exact one-sided p-value is 1 as well.
 * Counts are non-negative integers with successes <= n.
 */
export function twoProportionZTest(counts: TwoProportions, direction: Direction): ZTestResult {
  const { successesA, nA, successesB, nB } = counts;
  if (nA === 0 || nB === 0) return NO_EVIDENCE;
  const pooled = (successesA + successesB) / (nA + nB);
  const standardError = Math.sqrt(pooled * (1 - pooled) * (1 / nA + 1 / nB));
  if (!(standardError > 0)) return NO_EVIDENCE;
  const z = (successesB / nB - successesA / nA) / standardError;
  return { z, pValue: oneSidedPValue(z, direction) };
}
