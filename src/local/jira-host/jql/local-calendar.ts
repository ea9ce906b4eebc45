import type { LocalDateTime, TimeZone } from '../../../domain/time/zone';

const DAY_MS = 86_400_000;

/** The wall-clock fields a zone shows at an instant. */
export function localAt(zone: TimeZone, instant: number): LocalDateTime {
  const d = new Date(instant + zone.offsetAt(instant));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
  };
}

/** Days in a month (1-based). */
export const daysInMonth = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Weekday of a date, 0 = Sunday. */
export const weekdayOf = (t: LocalDateTime): number =>
  new Date(Date.UTC(t.year, t.month - 1, t.day)).getUTCDay();

/** The date moved by whole days, keeping the time of day. */
export function addDays(t: LocalDateTime, days: number): LocalDateTime {
  const d = new Date(Date.UTC(t.year, t.month - 1, t.day) + days * DAY_MS);
  return { ...t, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The date moved by whole months; a day past the target month's end is clamped to it, as Java's Calendar does. */
export function addMonths(t: LocalDateTime, months: number): LocalDateTime {
  const index = t.year * 12 + (t.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { ...t, year, month, day: Math.min(t.day, daysInMonth(year, month)) };
}

/** Midnight at the start of the date. */
export const startOfLocalDay = (t: LocalDateTime): LocalDateTime => ({
  ...t,
  hour: 0,
  minute: 0,
  second: 0,
  millisecond: 0,
});

/** The last millisecond of the date. */
export const endOfLocalDay = (t: LocalDateTime): LocalDateTime => ({
  ...t,
  hour: 23,
  minute: 59,
  second: 59,
  millisecond: 999,
});
