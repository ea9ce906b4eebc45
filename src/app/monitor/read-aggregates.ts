import type { Cell } from '../../domain/monitor/cell';
import { dayOfSlot, SLOTS_PER_DAY } from '../../domain/monitor/slots';
import { err, ok, type Result } from '../../domain/result';
import { readChunked } from '../../store/chunked-record';
import type { KeyValueStore } from '../../store/port';
import type { AppError } from '../app-error';
import { ALL } from '../../domain/monitor/contributions';
import { DAY_SLOT, daySumKey, shardKey, shardSchema } from './aggregate-records';
import { inParallel } from './working-set';

/**
 * Visits every stored cell of a dimension in the slots [fromSlot, toSlot): one read per UTC day,
 * all days read in parallel. Days without a record had no ticket activity. With `wholeDays`, a day
 * the period covers entirely is read from the dimension's whole-day sums, visited at the day's first
 * slot (for callers that need the value, not the slot).
 */
export async function visitCells(
  store: KeyValueStore,
  projectKey: string,
  dimension: string,
  fromSlot: number,
  toSlot: number,
  visit: (slot: number, value: string, cell: Cell) => void,
  wholeDays = false,
): Promise<Result<null, AppError>> {
  const firstDay = dayOfSlot(fromSlot);
  const lastDay = dayOfSlot(toSlot - 1);
  const days = Array.from({ length: lastDay - firstDay + 1 }, (_, i) => firstDay + i);
  const covered = (day: number) =>
    wholeDays && dimension !== ALL && day * SLOTS_PER_DAY >= fromSlot && (day + 1) * SLOTS_PER_DAY <= toSlot;
  const shards = await inParallel(days, 32, (day) =>
    readChunked(
      store,
      covered(day) ? daySumKey(projectKey, dimension, day) : shardKey(projectKey, dimension, day),
      shardSchema,
    ),
  );
  for (const [i, read] of shards.entries()) {
    if (!read.ok)
      return err({
        code: 'KPI.NOT_READY',
        message: `stored KPI record ${read.error.key} is unreadable (${read.error.message}): rebuild the aggregates of ${projectKey} on the admin page`,
      });
    if (!read.value) continue;
    const base = (days[i] as number) * SLOTS_PER_DAY;
    for (const [slotText, values] of Object.entries(read.value.cells)) {
      const slot = slotText === DAY_SLOT ? base : base + Number(slotText);
      if (slot < fromSlot || slot >= toSlot) continue;
      for (const [value, cell] of Object.entries(values)) visit(slot, value, cell);
    }
  }
  return ok(null);
}
