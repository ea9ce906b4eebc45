import { err, ok, type Result } from '../result';

const HOUR_MS = 3_600_000;
// Every zone transition in the tz database falls on a quarter hour (UTC), so an
// offset looked up once holds for the whole quarter-hour bucket.
const BUCKET_MS = 15 * 60_000;

/** An IANA time zone that converts instants to local wall-clock fields. */
export interface TimeZone {
  readonly name: string;
  /** Offset of local time from UTC at the instant, in milliseconds. */
  offsetAt(instant: number): number;
  /** Local hour of day 0..23 at the instant. */
  hourOf(instant: number): number;
  /** The instant at which the local wall clock shows these fields (later instant in a DST gap). */
  instantOf(local: LocalDateTime): number;
}

export interface LocalDateTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
}

/** Resolves an IANA zone name; an unknown name is an error value, not an exception. */
export function timeZone(name: string): Result<TimeZone> {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: name,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    return err({
      code: 'TIME_ZONE.UNKNOWN',
      message: `unknown time zone "${name}" (use an IANA name such as Asia/Shanghai or UTC)`,
    });
  }
  const cache = new Map<number, number>();
  const offsetAt = (instant: number): number => {
    const bucket = Math.floor(instant / BUCKET_MS);
    const cached = cache.get(bucket);
    if (cached !== undefined) return cached;
    const offset = computeOffset(format, bucket * BUCKET_MS);
    cache.set(bucket, offset);
    return offset;
  };
  return ok({
    name: format.resolvedOptions().timeZone,
    offsetAt,
    hourOf: (instant) => Math.floor(mod(instant + offsetAt(instant), 86_400_000) / HOUR_MS),
    instantOf: (local) => {
      const wall = Date.UTC(
        local.year,
        local.month - 1,
        local.day,
        local.hour,
        local.minute,
        local.second,
        local.millisecond,
      );
      const first = wall - offsetAt(wall);
      const second = wall - offsetAt(first);
      if (second === first) return first;
      // Offset changed between the guesses: pick the candidate that shows this wall time,
      // or, in a spring-forward gap where none does, the later one.
      if (second + offsetAt(second) === wall) return second;
      return Math.max(first, second);
    },
  });
}

function computeOffset(format: Intl.DateTimeFormat, instant: number): number {
  const fields: Record<string, number> = {};
  for (const part of format.formatToParts(new Date(instant))) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const asUtc = Date.UTC(
    fields.year ?? 1970,
    (fields.month ?? 1) - 1,
    fields.day ?? 1,
    fields.hour ?? 0,
    fields.minute ?? 0,
    fields.second ?? 0,
  );
  return asUtc - (instant - mod(instant, 1000));
}

function mod(a: number, n: number): number {
  return ((a % n) + n) % n;
}
