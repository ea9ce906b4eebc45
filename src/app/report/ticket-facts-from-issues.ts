import type { TicketFacts } from '../../domain/ticket';
import type { TicketFieldMap } from '../../jira/field-map';
import { toTicketFacts, type SkippedTicket } from '../../jira/ticket-facts';

export interface TicketFactsBatch {
  readonly tickets: TicketFacts[];
  readonly skipped: SkippedTicket[];
}

/** Reads every issue it is given (a list or a stream of pages), keeping the malformed ones as skipped. */
export function ticketFactsFromIssues(issues: Iterable<unknown>, map: TicketFieldMap): TicketFactsBatch {
  const tickets: TicketFacts[] = [];
  const skipped: SkippedTicket[] = [];
  let position = 0;
  for (const raw of issues) {
    const facts = toTicketFacts(raw, map, position++);
    if (facts.ok) tickets.push(facts.value);
    else skipped.push({ key: facts.error.key, reason: facts.error.reason });
  }
  return { tickets, skipped };
}
