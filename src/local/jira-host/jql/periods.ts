const MINUTE = 60_000;
const UNIT_MS: Readonly<Record<string, number>> = {
  w: 7 * 1440 * MINUTE,
  d: 1440 * MINUTE,
  h: 60 * MINUTE,
  m: MINUTE,
};

/**
 * Milliseconds of a JQL period such as `-5d`, `4w 2d`, `-2w 3d`, `-12h` or `30` (minutes, the
 * default unit); null when the text is not one. A leading sign applies to the whole period, and
 * a day is 24 hours, as in Jira's relative dates.
 */
export function parsePeriod(text: string): number | null {
  const m = /^([+-])?\s*((?:\d+\s*[wdhm]\s*)*(?:\d+)?)$/i.exec(text.trim());
  if (!m || !/\d/.test(m[2] ?? '')) return null;
  let total = 0;
  for (const part of (m[2] ?? '').matchAll(/(\d+)\s*([wdhm]?)/gi)) {
    total += Number(part[1]) * (UNIT_MS[(part[2] || 'm').toLowerCase()] ?? MINUTE);
  }
  return m[1] === '-' ? -total : total;
}

/** Units of a date function increment: years, months, weeks, days, hours, minutes. */
export type IncrementUnit = 'y' | 'M' | 'w' | 'd' | 'h' | 'm';

/** A date function's increment such as `-1`, `+14d` or `-1M`. */
export interface Increment {
  readonly amount: number;
  readonly unit: IncrementUnit;
}

/** Reads `(+/-)nn(y|M|w|d|h|m)`; without a unit the function's own period applies, without a sign plus. */
export function parseIncrement(text: string, naturalUnit: IncrementUnit): Increment | null {
  const m = /^([+-])?(\d+)([yMwdhm])?$/.exec(text.trim());
  if (!m) return null;
  const amount = Number(m[2]) * (m[1] === '-' ? -1 : 1);
  return { amount, unit: (m[3] as IncrementUnit | undefined) ?? naturalUnit };
}
