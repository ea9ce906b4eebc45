import { HOUR_OF_DAY, NO_VALUE } from '../kpi/dimensions';
import type { JudgedTicket } from '../kpi/judged-ticket';
import type { TicketFacts } from '../ticket';
import { emptyCell, type Cell } from './cell';
import { slotOf } from './slots';

/** What one ticket adds to the slot of one instant it belongs to. */
export interface Contribution {
  /** Slot counted from the epoch. */
  readonly slot: number;
  readonly cell: Cell;
}

/** The dimension of the unbroken figures; its only value is ALL_VALUE. */
export const ALL = 'all';
export const ALL_VALUE = '*';

/**
 * Every part a judged ticket plays in the cohorts, each at the slot of its instant: the created
 * cohort at `createdAt`, the resolved cohort at `firstResolvedAt`, each completed SLA cycle at its
 * `stopTime`, each ongoing cycle with a breach time at that time. Each part also counts the SLAs the
 * ticket carries as present, since the figures list every SLA of a ticket the period touches.
 */
export function contributions(judged: JudgedTicket): Contribution[] {
  const t = judged.facts;
  const parts: Contribution[] = [];
  const part = (instant: number): Cell => {
    const cell = emptyCell();
    for (const sla of t.sla) {
      const s = cell[14][sla.name] ?? (cell[14][sla.name] = [0, 0, 0]);
      s[2]++;
    }
    parts.push({ slot: slotOf(instant), cell });
    return cell;
  };

  const created = part(t.createdAt);
  created[0] = 1;
  if (t.firstAgentReplyAt === null) created[1] = 1;
  else created[12].push(t.firstAgentReplyAt - t.createdAt);

  if (t.firstResolvedAt !== null) {
    const resolved = part(t.firstResolvedAt);
    resolved[2] = 1;
    resolved[13].push(t.firstResolvedAt - t.createdAt);
    if (judged.reopened) resolved[3] = 1;
    if (judged.repeatContact) resolved[4] = 1;
    if (judged.fcr) resolved[5] = 1;
    if (t.csatRating !== null) {
      resolved[6] = 1;
      resolved[7] = t.csatRating;
      if (t.csatRating >= 4) resolved[8] = 1;
    }
    if (t.npsScore !== null) {
      resolved[9] = 1;
      if (t.npsScore >= 9) resolved[10] = 1;
      else if (t.npsScore <= 6) resolved[11] = 1;
    }
  }

  for (const sla of t.sla) {
    for (const cycle of sla.completedCycles) {
      const cell = part(cycle.stopTime);
      (cell[14][sla.name] as [number, number, number])[cycle.breached ? 1 : 0]++;
    }
    const ongoing = sla.ongoingCycle;
    // A running cycle's breach time makes the ticket part of that period even before it breaches.
    if (ongoing && ongoing.breachTime !== null) {
      const cell = part(ongoing.breachTime);
      if (ongoing.breached) (cell[14][sla.name] as [number, number, number])[1]++;
    }
  }
  return parts;
}

/**
 * The values a ticket is counted under in a dimension's aggregates. Hour of day depends on the
 * report's zone, so it is stored as the ticket's created slot and turned into an hour when read.
 * Values are not deduplicated, as the ticket-based breakdown does not deduplicate them either.
 */
export function storedValues(facts: TicketFacts, dimension: string): readonly string[] {
  if (dimension === ALL) return [ALL_VALUE];
  if (dimension === HOUR_OF_DAY) return [String(slotOf(facts.createdAt))];
  const values = facts.dimensions[dimension];
  return values && values.length > 0 ? values : [NO_VALUE];
}
