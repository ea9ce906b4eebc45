import type { EffectivenessCheck, ImprovableKpi, Verdict } from '../improvement/improvement';
import { mannWhitneyU } from '../stats/mann-whitney-u';
import type { Direction } from '../stats/one-sided';
import { twoProportionZTest } from '../stats/two-proportion-z-test';
import { IMPROVING_DIRECTION, isDurationKpi } from './improving-direction';
import type { KpiObservations } from './kpi-observations';
import { kpiValue, meetsTarget, observationCount } from './kpi-value';
import { DEFAULT_ALPHA, isSignificant, MIN_OBSERVATIONS, testedVerdict } from './verdict';

/** A KPI's observations in the baseline and after windows, its target, and the significance level. */
export interface EffectivenessInput {
  readonly kpi: ImprovableKpi;
  readonly baseline: KpiObservations;
  readonly after: KpiObservations;
  readonly target: number;
  /** Defaults to 0.05; must lie in (0, 1). */
  readonly alpha?: number;
}

/** The outcome of the check: the test, its z score and one-sided p-value (null when not run), the verdict. */
export interface EffectivenessOutcome {
  readonly test: EffectivenessCheck['test'];
  /** The z score of the test (for Mann–Whitney, U standardised); positive means the KPI went up. */
  readonly statistic: number | null;
  readonly pValue: number | null;
  readonly targetMet: boolean;
  readonly verdict: Verdict;
  /** The KPI in the after window: the rate, or the nearest-rank median in ms; null when empty. */
  readonly afterValue: number | null;
}

/**
 * The PDCA "Check" of KPI_DEFINITIONS.md: a one-sided test in the KPI's improving direction
 * (two-proportion z for rates, Mann–Whitney U for durations). With fewer than 30 observations in
 * either window no test is run (statistic and pValue null) and the verdict is `inconclusive`.
 * Throws RangeError for observations of the wrong kind for the KPI, or alpha outside (0, 1).
 */
export function effectivenessCheck(input: EffectivenessInput): EffectivenessOutcome {
  const { kpi, baseline, after, target, alpha = DEFAULT_ALPHA } = input;
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must lie in (0, 1), got ${alpha}`);
  const kind = isDurationKpi(kpi) ? 'durations' : 'proportion';
  if (baseline.kind !== kind || after.kind !== kind) {
    throw new RangeError(`${kpi} needs ${kind} observations in both windows`);
  }
  const direction = IMPROVING_DIRECTION[kpi];
  const test = kind === 'durations' ? 'mann-whitney-u' : 'two-proportion-z';
  const afterValue = kpiValue(after);
  const targetMet = meetsTarget(afterValue, target, direction);
  if (Math.min(observationCount(baseline), observationCount(after)) < MIN_OBSERVATIONS) {
    return { test, statistic: null, pValue: null, targetMet, verdict: 'inconclusive', afterValue };
  }
  const { z, pValue } = runTest(baseline, after, direction);
  const verdict = testedVerdict(isSignificant(pValue, alpha), targetMet);
  return { test, statistic: z, pValue, targetMet, verdict, afterValue };
}

function runTest(baseline: KpiObservations, after: KpiObservations, direction: Direction) {
  if (baseline.kind === 'durations' && after.kind === 'durations') {
    return mannWhitneyU(baseline.values, after.values, direction);
  }
  if (baseline.kind === 'proportion' && after.kind === 'proportion') {
    const counts = {
      successesA: baseline.successes,
      nA: baseline.n,
      successesB: after.successes,
      nB: after.n,
    };
    return twoProportionZTest(counts, direction);
  }
  throw new RangeError('baseline and after observations are of different kinds');
}
