import { localHour, localWeekday } from './jira-time';
import type { Rng } from './prng';

const HOUR_MS = 3_600_000;

/** Relative ticket volume by local hour: quiet before dawn, a daytime plateau and an evening shopping peak. */
export const HOURLY_VOLUME: readonly number[] = [
  0.35, 0.2, 0.12, 0.08, 0.07, 0.08, 0.15, 0.35, 0.65, 0.9, 1, 1, 0.85, 0.85, 0.95, 0.95, 0.9, 0.85, 0.8,
  0.85, 1.05, 1.15, 1.05, 0.7,
];

/** Relative ticket volume by local weekday (0 = Sunday). */
export const WEEKDAY_VOLUME: readonly number[] = [0.85, 1, 1, 1, 1, 1, 0.9];

/**
 * Creation instants of `count` tickets in `[startMs, endMs)`, ascending, following the hourly and weekday volume.
 * Ticket i lands at the (i + u)/count quantile of the cumulative volume, so the stream needs O(hours) memory.
 */
export function* arrivalTimes(
  startMs: number,
  endMs: number,
  count: number,
  offsetMinutes: number,
  rng: Rng,
): Generator<number> {
  const bucketStarts: number[] = [];
  const cumulative: number[] = [0];
  for (let t = startMs; t < endMs; t += HOUR_MS) {
    const length = Math.min(HOUR_MS, endMs - t) / HOUR_MS;
    const weight =
      (HOURLY_VOLUME[localHour(t, offsetMinutes)] ?? 1) *
      (WEEKDAY_VOLUME[localWeekday(t, offsetMinutes)] ?? 1);
    bucketStarts.push(t);
    cumulative.push((cumulative[cumulative.length - 1] ?? 0) + weight * length);
  }
  const total = cumulative[cumulative.length - 1] ?? 0;
  let bucket = 0;
  for (let i = 0; i < count; i++) {
    const target = ((i + rng.next()) / count) * total;
    while (bucket < bucketStarts.length - 1 && (cumulative[bucket + 1] ?? total) <= target) bucket++;
    const lo = cumulative[bucket] ?? 0;
    const hi = cumulative[bucket + 1] ?? total;
    const start = bucketStarts[bucket] ?? startMs;
    const span = Math.min(HOUR_MS, endMs - start);
    const at = start + Math.floor(((target - lo) / (hi - lo || 1)) * span);
    yield Math.min(Math.max(at, startMs), endMs - 1);
  }
}
