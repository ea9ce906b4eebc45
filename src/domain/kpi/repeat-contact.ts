import type { TicketFacts } from '../ticket';
import { HOUR_MS } from './options';

interface Contact {
  readonly key: string;
  readonly createdAt: number;
  readonly requestType: string | null;
}

/** What repeat contact reads of a ticket (the stored monitor judges from these alone). */
export type ContactFacts = Pick<
  TicketFacts,
  'key' | 'projectKey' | 'reporterId' | 'createdAt' | 'requestType' | 'firstResolvedAt'
>;

/** Finds later contacts by the same customer in the same project, built once over every known ticket. */
export interface RepeatContactIndex {
  hasRepeatContact(ticket: ContactFacts, windowHours: number, sameRequestType: boolean): boolean;
}

/** Indexes contacts by project and reporter, sorted by creation, for binary search. */
export function repeatContactIndex(tickets: Iterable<ContactFacts>): RepeatContactIndex {
  const byCustomer = new Map<string, Contact[]>();
  for (const t of tickets) {
    if (t.reporterId === null) continue;
    const id = customerId(t.projectKey, t.reporterId);
    const contacts = byCustomer.get(id) ?? [];
    contacts.push({ key: t.key, createdAt: t.createdAt, requestType: t.requestType });
    byCustomer.set(id, contacts);
  }
  for (const contacts of byCustomer.values()) contacts.sort((a, b) => a.createdAt - b.createdAt);

  return {
    hasRepeatContact(ticket, windowHours, sameRequestType) {
      const resolved = ticket.firstResolvedAt;
      if (resolved === null || ticket.reporterId === null) return false;
      const contacts = byCustomer.get(customerId(ticket.projectKey, ticket.reporterId));
      if (!contacts) return false;
      const end = resolved + windowHours * HOUR_MS;
      for (let i = firstCreatedAfter(contacts, resolved); i < contacts.length; i++) {
        const b = contacts[i] as Contact;
        if (b.createdAt > end) return false;
        if (b.key === ticket.key) continue;
        if (!sameRequestType || b.requestType === ticket.requestType) return true;
      }
      return false;
    },
  };
}

const customerId = (projectKey: string, reporterId: string): string => `${projectKey}\u0000${reporterId}`;

/** Index of the first contact created strictly after the instant. */
function firstCreatedAfter(contacts: readonly Contact[], instant: number): number {
  let lo = 0;
  let hi = contacts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((contacts[mid] as Contact).createdAt <= instant) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
