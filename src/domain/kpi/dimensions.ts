import type { TimeZone } from '../time/zone';
import type { TicketFacts } from '../ticket';

/** The dimension computed from `created` in the report's time zone rather than read from a field. */
export const HOUR_OF_DAY = 'hourOfDay';

/** Label for tickets that have no value for a dimension. */
export const NO_VALUE = '(none)';

/** The values a ticket takes for a dimension (several for multi-value fields such as labels). */
export function dimensionValues(ticket: TicketFacts, dimension: string, zone: TimeZone): readonly string[] {
  if (dimension === HOUR_OF_DAY) return [String(zone.hourOf(ticket.createdAt)).padStart(2, '0')];
  const values = ticket.dimensions[dimension];
  return values && values.length > 0 ? values : [NO_VALUE];
}
