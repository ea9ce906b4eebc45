import type { TimeZone } from '../../../domain/time/zone';
import type { JqlValue } from './ast';
import { daysInMonth } from './local-calendar';
import { parsePeriod } from './periods';

/**
 * A date value as written: a wall-clock date-time (midnight when no time is given) in the
 * searcher's zone, a period relative to now, or — for an unquoted integer — epoch milliseconds.
 */
export type DateLiteral =
  | {
      readonly kind: 'wall';
      readonly year: number;
      readonly month: number;
      readonly day: number;
      readonly hour: number;
      readonly minute: number;
    }
  | { readonly kind: 'relative'; readonly offsetMs: number }
  | { readonly kind: 'epoch'; readonly ms: number };

const WALL = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:\s+(\d{1,2}):(\d{2}))?$/;

/** Reads `yyyy-MM-dd[ HH:mm]`, `yyyy/MM/dd[ HH:mm]`, a period (`-7d`, `"-2w 3d"`) or an unquoted integer. */
export function parseDateLiteral(value: JqlValue): DateLiteral | null {
  if (value.kind === 'number') return { kind: 'epoch', ms: Number(value.text) };
  if (value.kind !== 'string') return null;
  const m = WALL.exec(value.text.trim());
  if (m) {
    const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4] ?? '0', m[5] ?? '0'].map(Number) as [
      number,
      number,
      number,
      number,
      number,
    ];
    const valid =
      month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) && hour <= 23 && minute <= 59;
    return valid ? { kind: 'wall', year, month, day, hour, minute } : null;
  }
  const offsetMs = parsePeriod(value.text);
  return offsetMs === null ? null : { kind: 'relative', offsetMs };
}

/** The instant a date literal denotes for a search made at `now` in `zone`. */
export function instantOfLiteral(literal: DateLiteral, now: number, zone: TimeZone): number {
  switch (literal.kind) {
    case 'epoch':
      return literal.ms;
    case 'relative':
      return now + literal.offsetMs;
    case 'wall':
      return zone.instantOf({ ...literal, second: 0, millisecond: 0 });
  }
}

/** Jira's message for a date value it cannot read. */
export const invalidDateMessage = (text: string, field: string): string =>
  `Date value '${text}' for field '${field}' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.`;
