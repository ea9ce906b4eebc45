import { err, ok, type Result } from '../../domain/result';
import type { Cell } from '../../domain/monitor/cell';
import { ALL } from '../../domain/monitor/contributions';
import { inPeriod, type Period } from '../../domain/kpi/period';
import type { JudgedTicket } from '../../domain/kpi/judged-ticket';
import { readChunked } from '../../store/chunked-record';
import type { KeyValueStore } from '../../store/port';
import type { AppError } from '../app-error';
import {
  keyIndexKey,
  keyIndexSchema,
  projectPrefix,
  rowBlockOf,
  rowsKey,
  rowsSchema,
  type StoredTicket,
} from '../monitor/aggregate-records';
import { visitCells } from '../monitor/read-aggregates';
import { inParallel } from '../monitor/working-set';

/** Row blocks read per round when looking back for tickets created before the period. */
const LOOK_BACK_ROUND = 16;

/**
 * The stored tickets that failed a KPI in the period: resolved in it, or with an SLA cycle breached
 * in it. Such a ticket may have been created long before the period, and rows are kept by creation;
 * the day shards of the period count exactly how many tickets were resolved and how many SLA
 * breaches fell in it, so the rows are read backwards from the period's end until those counts are
 * all found (or the oldest row is reached). The look-back is thus bounded by the data itself: as
 * far as the oldest ticket resolved or breaching in the period, and no further.
 */
export async function storedFailureCandidates(
  store: KeyValueStore,
  projectKey: string,
  period: Period,
  slots: { fromSlot: number; toSlot: number },
): Promise<Result<JudgedTicket[], AppError>> {
  let resolved = 0;
  let breaches = 0;
  const counted = await visitCells(
    store,
    projectKey,
    ALL,
    slots.fromSlot,
    slots.toSlot,
    (_slot, _v, cell: Cell) => {
      resolved += cell[2];
      // [met, breached, present]: breached counts completed and ongoing cycles breached in the slot.
      for (const sla of Object.values(cell[14])) breaches += sla[1];
    },
  );
  if (!counted.ok) return counted;

  const oldest = await oldestRowBlock(store, projectKey);
  const found: JudgedTicket[] = [];
  let foundResolved = 0;
  let foundBreaches = 0;
  const periodStart = rowBlockOf(period.from);
  let next = rowBlockOf(period.to - 1);
  while (next >= oldest && (next >= periodStart || foundResolved < resolved || foundBreaches < breaches)) {
    const blocks = Array.from({ length: Math.min(LOOK_BACK_ROUND, next - oldest + 1) }, (_, i) => next - i);
    const read = await inParallel(blocks, LOOK_BACK_ROUND, (block) =>
      readChunked(store, rowsKey(projectKey, block), rowsSchema),
    );
    for (const r of read) {
      if (!r.ok) return unreadable(projectKey, r.error.key, r.error.message);
      for (const row of Object.values(r.value?.rows ?? {})) {
        const t = row.facts;
        const resolvedIn = t.firstResolvedAt !== null && inPeriod(t.firstResolvedAt, period);
        const breachesIn = breachesInPeriod(row, period);
        if (resolvedIn) foundResolved++;
        foundBreaches += breachesIn;
        if (resolvedIn || breachesIn > 0) found.push(row);
      }
    }
    next -= blocks.length;
  }
  return ok(found);
}

/** The stored tickets of these keys (through the key index), leaving out keys the aggregates do not hold. */
export async function storedTicketsByKey(
  store: KeyValueStore,
  projectKey: string,
  keys: readonly string[],
): Promise<Result<Map<string, JudgedTicket>, AppError>> {
  const indexKeys = [...new Set(keys.map((k) => keyIndexKey(projectKey, k)))];
  const indexes = await inParallel(indexKeys, 16, (k) => readChunked(store, k, keyIndexSchema));
  const blockOf = new Map<string, number>();
  for (const index of indexes) {
    if (!index.ok) return unreadable(projectKey, index.error.key, index.error.message);
    for (const [key, block] of Object.entries(index.value?.days ?? {})) blockOf.set(key, block);
  }
  const wanted = new Set(keys);
  const blocks = [...new Set(keys.flatMap((k) => (blockOf.has(k) ? [blockOf.get(k) as number] : [])))];
  const rows = await inParallel(blocks, 16, (b) => readChunked(store, rowsKey(projectKey, b), rowsSchema));
  const tickets = new Map<string, JudgedTicket>();
  for (const r of rows) {
    if (!r.ok) return unreadable(projectKey, r.error.key, r.error.message);
    for (const [key, row] of Object.entries(r.value?.rows ?? {})) if (wanted.has(key)) tickets.set(key, row);
  }
  return ok(tickets);
}

/** SLA cycles of the ticket breached in the period, as problemReasons and the day shards count them. */
function breachesInPeriod(row: StoredTicket, period: Period): number {
  let n = 0;
  for (const sla of row.facts.sla) {
    for (const c of sla.completedCycles) if (c.breached && inPeriod(c.stopTime, period)) n++;
    const o = sla.ongoingCycle;
    if (o !== null && o.breached && o.breachTime !== null && inPeriod(o.breachTime, period)) n++;
  }
  return n;
}

/** The 6-hour block of the oldest stored row: rows are listed in key order, which is date order. */
async function oldestRowBlock(store: KeyValueStore, projectKey: string): Promise<number> {
  const page = await store.list(`${projectPrefix(projectKey)}rows:`, { limit: 1 });
  const first = page.entries[0]?.key;
  const name = first === undefined ? null : /rows:(\d{4}-\d{2}-\d{2})T(\d{2})/.exec(first);
  if (!name) return Number.POSITIVE_INFINITY;
  return rowBlockOf(Date.parse(`${name[1]}T${name[2]}:00:00Z`));
}

function unreadable(projectKey: string, key: string, message: string): Result<never, AppError> {
  return err({
    code: 'KPI.NOT_READY',
    message: `stored KPI record ${key} is unreadable (${message}): rebuild the aggregates of ${projectKey} on the admin page`,
  });
}
