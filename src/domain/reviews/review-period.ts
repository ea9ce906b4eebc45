import { addDays, isoWeekday } from '../alerts/calendar-day';

export type ReviewKind = 'weekly' | 'monthly';

/** A review's period as local days: `[from, to)`, and its label. */
export interface ReviewPeriod {
  readonly kind: ReviewKind;
  readonly label: string;
  readonly from: string;
  readonly to: string;
}

/** The ISO week label (`2026-W44`) of the week starting on Monday `monday`: the year of its Thursday. */
export function isoWeekLabel(monday: string): string {
  const thursday = addDays(monday, 3);
  const year = thursday.slice(0, 4);
  const firstThursdayOfYear = (() => {
    const jan1 = `${year}-01-01`;
    const wd = isoWeekday(jan1);
    return addDays(jan1, (4 - wd + 7) % 7);
  })();
  const week = Math.round((Date.parse(thursday) - Date.parse(firstThursdayOfYear)) / (7 * 86_400_000)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/**
 * The last complete period before `today` (a local day): the previous ISO week (Monday to Monday) for
 * the weekly review, the previous calendar month for the monthly audit. Generating "the last complete
 * period if it is not stored yet" every day makes a missed Monday or 1st catch up the day after.
 */
export function lastCompletePeriod(kind: ReviewKind, today: string): ReviewPeriod {
  if (kind === 'weekly') {
    const thisMonday = addDays(today, 1 - isoWeekday(today));
    const from = addDays(thisMonday, -7);
    return { kind, label: isoWeekLabel(from), from, to: thisMonday };
  }
  const to = `${today.slice(0, 7)}-01`;
  const from = `${addDays(to, -1).slice(0, 7)}-01`;
  return { kind, label: from.slice(0, 7), from, to };
}
