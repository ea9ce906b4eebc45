import type { TicketFacts } from '../../src/domain/ticket';

/** Epoch ms of a UTC ISO string, for readable fixtures. */
export const at = (iso: string): number => Date.parse(iso);

export const SECOND = 1000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

let sequence = 0;

/** A ticket with neutral defaults: created, never answered, never resolved. */
export function aTicket(overrides: Partial<TicketFacts> = {}): TicketFacts {
  sequence++;
  return {
    key: `SUP-${sequence}`,
    projectKey: 'SUP',
    createdAt: at('2026-10-01T00:00:00Z'),
    reporterId: `customer-${sequence}`,
    requestType: 'Logistics enquiry',
    firstResolvedAt: null,
    resolutionClearedAt: [],
    firstAgentReplyAt: null,
    agentPublicReplies: 0,
    sla: [],
    csatRating: null,
    npsScore: null,
    dimensions: {},
    ...overrides,
  };
}
