import type { SlaRecord } from '../ticket';
import { rate } from './distribution';
import { inPeriod, type Period } from './period';

/** Met and breached SLA cycles of one SLA name in a period. */
export interface SlaFigures {
  readonly met: number;
  readonly breached: number;
  readonly compliance: number | null;
}

/**
 * Counts, per SLA name, completed cycles stopped in the period (met unless breached) and
 * ongoing cycles already breached whose breach time is in the period.
 */
export function slaCompliance(
  perTicket: Iterable<readonly SlaRecord[]>,
  period: Period,
): Record<string, SlaFigures> {
  const counts = new Map<string, { met: number; breached: number }>();
  const countFor = (name: string) => {
    let c = counts.get(name);
    if (!c) counts.set(name, (c = { met: 0, breached: 0 }));
    return c;
  };
  for (const records of perTicket) {
    for (const sla of records) {
      // Every SLA a ticket carries is listed, with null compliance when no cycle fell in the period.
      const c = countFor(sla.name);
      for (const cycle of sla.completedCycles) {
        if (!inPeriod(cycle.stopTime, period)) continue;
        if (cycle.breached) c.breached++;
        else c.met++;
      }
      const ongoing = sla.ongoingCycle;
      if (ongoing?.breached && ongoing.breachTime !== null && inPeriod(ongoing.breachTime, period)) {
        c.breached++;
      }
    }
  }
  const result: Record<string, SlaFigures> = {};
  for (const name of [...counts.keys()].sort()) {
    const { met, breached } = counts.get(name) as { met: number; breached: number };
    result[name] = { met, breached, compliance: rate(met, met + breached) };
  }
  return result;
}
