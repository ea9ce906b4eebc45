// Complementary error function by the Chebyshev fit of Numerical Recipes in C (2nd ed., §6.2,
// `erfcc`): fractional error below 1.2e-7 for every x, so the far tails keep their relative accuracy
// (unlike Abramowitz & Stegun 7.1.26, whose 1.5e-7 bound is absolute).
const ERFC_COEFFICIENTS = [
  -1.26551223, 1.00002368, 0.37409196, 0.09678418, -0.18628806, 0.27886807, -1.13520398, 1.48851587,
  -0.82215223, 0.17087277,
] as const;

/** erfc(x) = 1 - erf(x), to a relative error below 1.2e-7 (Numerical Recipes `erfcc`). */
export function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  let poly = 0;
  for (let i = ERFC_COEFFICIENTS.length - 1; i >= 0; i--) poly = poly * t + (ERFC_COEFFICIENTS[i] ?? 0);
  const upper = t * Math.exp(-z * z + poly);
  return x >= 0 ? upper : 2 - upper;
}

/** Φ(x), the standard normal CDF: P(Z <= x) = erfc(-x / √2) / 2. */
export const normalCdf = (x: number): number => 0.5 * erfc(-x / Math.SQRT2);

/** 1 - Φ(x) = P(Z >= x), computed directly so that upper-tail probabilities keep their precision. */
export const normalUpperTail = (x: number): number => 0.5 * erfc(x / Math.SQRT2);
