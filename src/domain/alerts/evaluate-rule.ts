import type { DayValue, RuleToEvaluate, Side } from './alert-rule';

/** Why a rule fired or did not. */
export type EvaluationReason = 'fired' | 'notBreached' | 'noData' | 'noReference';

export interface BaselineEvidence {
  readonly from: string;
  readonly to: string;
  readonly days: readonly DayValue[];
  readonly value: number | null;
}

/** The verdict on one rule, with the evidence: the streak days and values, reference and threshold. */
export interface Evaluation {
  readonly fired: boolean;
  readonly reason: EvaluationReason;
  /** The value compared with: the absolute value, the target, or the baseline. */
  readonly reference: number | null;
  /** The reference moved by the percentage: a day is bad beyond it. */
  readonly threshold: number | null;
  /** The last `periodsInRow` days of the series, oldest first. */
  readonly streak: readonly DayValue[];
  readonly baseline: BaselineEvidence | null;
}

/**
 * The threshold of a reference moved `percent` of its magnitude to the bad side: below by 30% of 40 is
 * 28, of −10 is −13. Using the magnitude keeps "below" lower for negative NPS.
 */
export function thresholdOf(reference: number, direction: Side, percent: number): number {
  const shift = (Math.abs(reference) * percent) / 100;
  return direction === 'below' ? reference - shift : reference + shift;
}

/**
 * Whether a day's value is on the bad side: strictly beyond the reference, and at or beyond the
 * threshold. With 0% that is "strictly below the target"; with 30% it is "down by at least 30%".
 */
export function breaches(value: number, reference: number, threshold: number, direction: Side): boolean {
  return direction === 'below'
    ? value < reference && value <= threshold
    : value > reference && value >= threshold;
}

/** Mean of the days that have a value (each day weighs the same); null when none has. */
export function baselineValue(days: readonly DayValue[]): number | null {
  const values = days.flatMap((d) => (d.value === null ? [] : [d.value]));
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

/**
 * Evaluates a rule over a KPI's daily series (oldest first, ending with the last complete day):
 * - the streak is the last `periodsInRow` days; it fires when every one of them has data and breaches;
 *   a day without data breaks the streak (no evidence, no alert);
 * - the baseline is the mean of the daily values over the `baselineDays` days right before the streak
 *   (days without data left out); with none of them measured there is no reference and no alert;
 * - the target reference is the KPI's configured target; without one there is no alert.
 * A series shorter than the rule needs is read as missing days at its start.
 */
export function evaluateRule(
  rule: RuleToEvaluate,
  series: readonly DayValue[],
  target: number | null,
): Evaluation {
  const n = rule.periodsInRow;
  const streak = series.slice(Math.max(0, series.length - n));
  const condition = rule.condition;
  let baseline: BaselineEvidence | null = null;
  let reference: number | null;
  if (condition.kind === 'absolute') reference = condition.value;
  else if (condition.kind === 'target') reference = target;
  else {
    const end = Math.max(0, series.length - n);
    const days = series.slice(Math.max(0, end - condition.baselineDays), end);
    reference = baselineValue(days);
    baseline = {
      from: days[0]?.day ?? '',
      to: days[days.length - 1]?.day ?? '',
      days,
      value: reference,
    };
  }
  const percent = condition.kind === 'absolute' ? 0 : condition.percent;
  const threshold = reference === null ? null : thresholdOf(reference, condition.direction, percent);
  const verdict = (reason: EvaluationReason): Evaluation => ({
    fired: reason === 'fired',
    reason,
    reference,
    threshold,
    streak,
    baseline,
  });
  if (reference === null || threshold === null) return verdict('noReference');
  if (streak.length < n || streak.some((d) => d.value === null)) return verdict('noData');
  const allBad = streak.every(
    (d) => d.value !== null && breaches(d.value, reference, threshold, condition.direction),
  );
  return verdict(allBad ? 'fired' : 'notBreached');
}
