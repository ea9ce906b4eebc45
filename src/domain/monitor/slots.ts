import { err, ok, type Result } from '../result';
import type { Period } from '../kpi/period';

/**
 * Aggregates are kept per 15-minute UTC slot. Every UTC offset in use is a multiple of 15 minutes,
 * so each local midnight (and each local hour) of any IANA zone starts on a slot: a period whose
 * bounds are on quarter hours is a whole number of slots, in whatever zone it was written.
 */
export const SLOT_MS = 15 * 60_000;
export const SLOTS_PER_DAY = 96;
const DAY_MS = 86_400_000;

/** The slot (counted from the epoch) an instant falls in. */
export const slotOf = (instant: number): number => Math.floor(instant / SLOT_MS);

/** The UTC day (counted from the epoch) a slot belongs to. */
export const dayOfSlot = (slot: number): number => Math.floor(slot / SLOTS_PER_DAY);

/** The day's name, e.g. 2026-10-18, as storage keys carry it. */
export const dayName = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The slots [fromSlot, toSlot) of a period, or an error naming a bound that is not on a quarter hour. */
export function periodSlots(period: Period): Result<{ readonly fromSlot: number; readonly toSlot: number }> {
  for (const [name, instant] of [
    ['start', period.from],
    ['end', period.to],
  ] as const) {
    if (instant % SLOT_MS !== 0)
      return err({
        code: 'VALIDATION.INVALID_INPUT',
        message: `the period's ${name} ${new Date(instant).toISOString()} is not on a quarter hour: KPI aggregates are kept per 15 minutes, so choose a bound such as a local midnight`,
      });
  }
  if (period.to <= period.from)
    return err({ code: 'VALIDATION.INVALID_INPUT', message: 'the period must end after it starts' });
  return ok({ fromSlot: period.from / SLOT_MS, toSlot: period.to / SLOT_MS });
}
