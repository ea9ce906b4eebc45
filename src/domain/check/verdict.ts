import type { Verdict } from '../improvement/improvement';

/** Fewer observations than this in either window make the check inconclusive (KPI_DEFINITIONS.md). */
export const MIN_OBSERVATIONS = 30;

/** The default significance level of the effectiveness check. */
export const DEFAULT_ALPHA = 0.05;

/** Significant when p <= alpha: alpha is the largest p-value at which the change is still accepted. */
export const isSignificant = (pValue: number, alpha: number): boolean => pValue <= alpha;

/** The verdict of a check that had enough observations to run its test. */
export const testedVerdict = (significant: boolean, targetMet: boolean): Verdict =>
  !significant ? 'not-effective' : targetMet ? 'effective' : 'improved';
