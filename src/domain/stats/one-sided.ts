import { normalCdf, normalUpperTail } from './normal-distribution';

/** The change a one-sided test looks for, from the first (baseline) sample to the second (after). */
export type Direction = 'increase' | 'decrease';

/** A one-sided test's outcome when there is nothing to test (no data, or no variation): never significant. */
export const NO_EVIDENCE = { z: 0, pValue: 1 } as const;

/** The one-sided p-value of a z score: P(Z >= z) for an increase, P(Z <= z) for a decrease. */
export const oneSidedPValue = (z: number, direction: Direction): number =>
  direction === 'increase' ? normalUpperTail(z) : normalCdf(z);
