import type { TicketFacts } from '../ticket';
import { DAY_MS } from './options';

/** Reopened: the resolution is cleared at some t with firstResolved < t <= firstResolved + window. */
export function isReopened(ticket: TicketFacts, reopenWindowDays: number): boolean {
  const resolved = ticket.firstResolvedAt;
  if (resolved === null) return false;
  const end = resolved + reopenWindowDays * DAY_MS;
  return ticket.resolutionClearedAt.some((t) => t > resolved && t <= end);
}
