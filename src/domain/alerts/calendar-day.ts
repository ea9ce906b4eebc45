/** Calendar days as `YYYY-MM-DD` text: pure arithmetic on the proleptic Gregorian calendar, no zone. */

const DAY_MS = 86_400_000;

const toUtc = (day: string): number => Date.parse(`${day}T00:00:00.000Z`);
const fromUtc = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The day `n` days after `day` (before, for negative `n`). */
export const addDays = (day: string, n: number): string => fromUtc(toUtc(day) + n * DAY_MS);

/** 1 = Monday … 7 = Sunday (ISO 8601). */
export const isoWeekday = (day: string): number => {
  const d = new Date(toUtc(day)).getUTCDay();
  return d === 0 ? 7 : d;
};

/** Whole days from `a` to `b` (positive when `b` is later). */
export const daysBetween = (a: string, b: string): number => Math.round((toUtc(b) - toUtc(a)) / DAY_MS);

/** Whether the text is a real calendar day. */
export const isCalendarDay = (day: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(toUtc(day)) && fromUtc(toUtc(day)) === day;
