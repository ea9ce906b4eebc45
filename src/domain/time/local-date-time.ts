import { err, ok, type Result } from '../result';
import type { TimeZone } from './zone';

const PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Reads a report boundary: an ISO date or date-time. With an offset or `Z` it is that
 * instant; without, it is the wall-clock time in `zone`.
 */
export function parseBoundary(text: string, zone: TimeZone): Result<number> {
  const m = PATTERN.exec(text.trim());
  if (!m) {
    return err({
      code: 'PERIOD.BAD_INSTANT',
      message: `"${text}" is not an ISO date or date-time (e.g. 2026-10-01 or 2026-10-01T08:00:00+08:00)`,
    });
  }
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', offset] = m;
  const local = {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hour: Number(h),
    minute: Number(mi),
    second: Number(s),
    millisecond: Number(frac.padEnd(3, '0').slice(0, 3)),
  };
  if (!validFields(local))
    return err({ code: 'PERIOD.BAD_INSTANT', message: `"${text}" is not a valid calendar date and time` });
  if (offset === undefined) return ok(zone.instantOf(local));
  const wall = Date.UTC(
    local.year,
    local.month - 1,
    local.day,
    local.hour,
    local.minute,
    local.second,
    local.millisecond,
  );
  return ok(wall - offsetMinutes(offset) * 60_000);
}

/** Offset text `Z`, `+08:00` or `+0800` in minutes east of UTC. */
export function offsetMinutes(offset: string): number {
  if (offset === 'Z') return 0;
  const digits = offset.replace(':', '');
  const sign = digits.startsWith('-') ? -1 : 1;
  return sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
}

function validFields(f: {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}): boolean {
  if (f.month < 1 || f.month > 12 || f.day < 1 || f.hour > 23 || f.minute > 59 || f.second > 59) return false;
  const daysInMonth = new Date(Date.UTC(f.year, f.month, 0)).getUTCDate();
  return f.day <= daysInMonth;
}

/** The wall-clock time of an instant in the zone, as `2026-10-18 00:00`. */
export function formatLocalDateTime(instant: number, zone: TimeZone): string {
  return new Date(instant + zone.offsetAt(instant)).toISOString().slice(0, 16).replace('T', ' ');
}
