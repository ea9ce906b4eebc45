/**
 * An alert rule as the evaluation reads it (the contract's `alertRuleSchema` has this shape and more).
 * Plain data: the rule says what a bad day is and how many in a row make an alert.
 */
export type Side = 'below' | 'above';

export type Condition =
  | { readonly kind: 'absolute'; readonly direction: Side; readonly value: number }
  | { readonly kind: 'target'; readonly direction: Side; readonly percent: number }
  | {
      readonly kind: 'baseline';
      readonly direction: Side;
      readonly percent: number;
      readonly baselineDays: number;
    };

export interface RuleToEvaluate {
  readonly condition: Condition;
  readonly periodsInRow: number;
}

/** A KPI's value on one local day; null when the day had nothing to measure. */
export interface DayValue {
  readonly day: string;
  readonly value: number | null;
}

/** How many days of series the rule needs, ending with the last complete day. */
export const daysNeeded = (rule: RuleToEvaluate): number =>
  rule.periodsInRow + (rule.condition.kind === 'baseline' ? rule.condition.baselineDays : 0);
