/** A half-open reporting period [from, to) in epoch milliseconds. */
export interface Period {
  readonly from: number;
  readonly to: number;
}

/** Whether an instant lies in the half-open period. */
export const inPeriod = (instant: number, period: Period): boolean =>
  instant >= period.from && instant < period.to;

/** The period of the same length that ends where this one starts. */
export const previousPeriod = (period: Period): Period => ({
  from: period.from - (period.to - period.from),
  to: period.from,
});
