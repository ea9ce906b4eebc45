import type { IndicatorKey, Targets } from './targets';

export const DIMENSIONS = ['efficiency', 'quality', 'experience', 'proactive'] as const;
export type CompositeDimension = (typeof DIMENSIONS)[number];

/** Which dimension each indicator belongs to and which way is better. */
export const INDICATORS: Readonly<
  Record<
    IndicatorKey,
    { readonly dimension: CompositeDimension; readonly direction: 'higher' | 'lower' | 'nps' }
  >
> = {
  frtMedianMs: { dimension: 'efficiency', direction: 'lower' },
  resolutionMedianMs: { dimension: 'efficiency', direction: 'lower' },
  fcrRate: { dimension: 'quality', direction: 'higher' },
  qaCompliance: { dimension: 'quality', direction: 'higher' },
  csatTop2box: { dimension: 'experience', direction: 'higher' },
  nps: { dimension: 'experience', direction: 'nps' },
  repeatContactRate: { dimension: 'proactive', direction: 'lower' },
};

/** Relative weights: of each dimension in the index, and of each indicator within its dimension. */
export interface CompositeWeights {
  readonly dimensions: Readonly<Record<CompositeDimension, number>>;
  readonly indicators: Readonly<Record<IndicatorKey, number>>;
}

/** The seed assessment report's weights (效率 20, 质量 30, 体验 40, 主动服务 10). */
export const DEFAULT_COMPOSITE_WEIGHTS: CompositeWeights = {
  dimensions: { efficiency: 20, quality: 30, experience: 40, proactive: 10 },
  indicators: {
    frtMedianMs: 10,
    resolutionMedianMs: 10,
    fcrRate: 15,
    qaCompliance: 15,
    csatTop2box: 20,
    nps: 20,
    repeatContactRate: 10,
  },
};

export type OmissionReason = 'no data' | 'no target' | 'zero weight';

export interface CompositeScore {
  /** The index 0..100, or null when no indicator could be scored. */
  readonly score: number | null;
  /** Weights are the fractions actually used after scaling; an empty dimension has score null, weight 0. */
  readonly dimensions: Readonly<
    Record<CompositeDimension, { readonly score: number | null; readonly weight: number }>
  >;
  readonly indicators: Readonly<
    Partial<
      Record<
        IndicatorKey,
        { readonly actual: number; readonly target: number; readonly score: number; readonly weight: number }
      >
    >
  >;
  readonly omitted: readonly IndicatorKey[];
  readonly omittedReasons: Readonly<Partial<Record<IndicatorKey, OmissionReason>>>;
}

/** Scores one indicator 0..100 against its target as KPI_DEFINITIONS.md prescribes. */
export function indicatorScore(
  direction: 'higher' | 'lower' | 'nps',
  actual: number,
  target: number,
): number {
  const clamp = (x: number) => 100 * Math.min(1, Math.max(0, x));
  switch (direction) {
    case 'higher':
      return target <= 0 ? (actual >= target ? 100 : 0) : clamp(actual / target);
    case 'lower':
      return actual <= 0 ? 100 : clamp(target / actual);
    case 'nps':
      return target <= -100 ? 100 : clamp((actual + 100) / (target + 100));
  }
}

/**
 * The composite quality index: weighted mean of indicator scores per dimension, then the weighted
 * sum of dimensions; indicators without data or target are left out and weights rescaled at both levels.
 */
export function compositeIndex(
  actuals: Readonly<Record<IndicatorKey, number | null>>,
  targets: Targets,
  weights: CompositeWeights = DEFAULT_COMPOSITE_WEIGHTS,
): CompositeScore {
  const omitted: IndicatorKey[] = [];
  const omittedReasons: Partial<Record<IndicatorKey, OmissionReason>> = {};
  const scored: Partial<
    Record<IndicatorKey, { actual: number; target: number; score: number; weight: number }>
  > = {};
  const byDimension = new Map<CompositeDimension, { weighted: number; weight: number }>();

  for (const key of Object.keys(INDICATORS) as IndicatorKey[]) {
    const { dimension, direction } = INDICATORS[key];
    const actual = actuals[key];
    const target = targets[key];
    const weight = weights.indicators[key];
    if (actual === null || target === undefined || weight <= 0) {
      omitted.push(key);
      omittedReasons[key] = actual === null ? 'no data' : target === undefined ? 'no target' : 'zero weight';
      continue;
    }
    const score = indicatorScore(direction, actual, target);
    scored[key] = { actual, target, score, weight };
    const acc = byDimension.get(dimension) ?? { weighted: 0, weight: 0 };
    byDimension.set(dimension, { weighted: acc.weighted + score * weight, weight: acc.weight + weight });
  }

  const dimensionScores: Partial<Record<CompositeDimension, number>> = {};
  for (const [d, acc] of byDimension) dimensionScores[d] = acc.weighted / acc.weight;
  const { score, dimensions } = combineDimensions(dimensionScores, weights.dimensions);
  // Indicator weights reported as their share of the whole index after both rescalings.
  for (const key of Object.keys(scored) as IndicatorKey[]) {
    const s = scored[key];
    const acc = byDimension.get(INDICATORS[key].dimension);
    if (s && acc) s.weight = (s.weight / acc.weight) * dimensions[INDICATORS[key].dimension].weight;
  }
  return { score, dimensions, indicators: scored, omitted, omittedReasons };
}

/**
 * Weighted sum of the dimensions that have a score, their weights scaled up to the same total;
 * e.g. 82.3, 79.5, 75.2, 77.0 at 20/30/40/10 give 78.09.
 */
export function combineDimensions(
  scores: Readonly<Partial<Record<CompositeDimension, number>>>,
  weights: Readonly<Record<CompositeDimension, number>>,
): Pick<CompositeScore, 'score' | 'dimensions'> {
  let total = 0;
  for (const d of DIMENSIONS) if (scores[d] !== undefined) total += weights[d];
  const dimensions = {} as Record<CompositeDimension, { score: number | null; weight: number }>;
  let index = 0;
  for (const d of DIMENSIONS) {
    const score = scores[d];
    if (score === undefined || total <= 0) {
      dimensions[d] = { score: null, weight: 0 };
      continue;
    }
    const weight = weights[d] / total;
    dimensions[d] = { score, weight };
    index += score * weight;
  }
  return { score: total > 0 ? index : null, dimensions };
}
