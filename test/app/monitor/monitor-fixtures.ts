import fc from 'fast-check';
import { DEFAULT_SETTINGS } from '../../../src/app/settings/settings-store';
import type { Settings } from '../../../src/contract/settings-schema';
import type { SlaRecord, TicketFacts } from '../../../src/domain/ticket';
import { aTicket, at, DAY, HOUR } from '../../support/ticket-builder';

/** Tickets start here and spread over 40 days, times at any millisecond (never aligned). */
export const START = at('2026-10-01T00:00:00Z');
export const SPAN_DAYS = 40;

export const settingsWith = (kpi: Settings['kpi'] = {}): Settings => ({ ...DEFAULT_SETTINGS, kpi });

const slaArb = (created: number, resolvedAt: number | null) =>
  fc
    .record({
      name: fc.constantFrom('Time to first response', 'Time to resolution'),
      stops: fc.array(fc.record({ after: fc.integer({ min: 1, max: 3 * DAY }), breached: fc.boolean() }), {
        maxLength: 2,
      }),
      ongoing: fc.option(
        fc.record({
          after: fc.integer({ min: -DAY, max: 4 * DAY }),
          breached: fc.boolean(),
          none: fc.boolean(),
        }),
        { nil: null },
      ),
    })
    .map((r): SlaRecord => ({
      name: r.name,
      completedCycles: r.stops.map((s) => ({
        stopTime: (resolvedAt ?? created) + s.after,
        breached: s.breached,
      })),
      ongoingCycle:
        r.ongoing === null
          ? null
          : { breached: r.ongoing.breached, breachTime: r.ongoing.none ? null : created + r.ongoing.after },
    }));

/** One ticket of project SUP with the given key: few reporters, so repeat contacts happen often. */
export const ticketArb = (key: string): fc.Arbitrary<TicketFacts> =>
  fc
    .record({
      created: fc.integer({ min: 0, max: SPAN_DAYS * DAY - 1 }),
      reporter: fc.option(fc.constantFrom('alice', 'bob', 'carol', 'dave', '557058:f5-e0'), { nil: null }),
      type: fc.constantFrom('Logistics enquiry', 'Refund', 'System'),
      assignee: fc.option(fc.constantFrom('Wang Fang', 'Li Lei'), { nil: null }),
      labels: fc.array(fc.constantFrom('vip', 'app', '物流'), { maxLength: 2 }),
      reply: fc.option(fc.integer({ min: 0, max: 2 * DAY }), { nil: null }),
      replies: fc.integer({ min: 0, max: 3 }),
      resolve: fc.option(fc.integer({ min: 1, max: 5 * DAY }), { nil: null }),
      clear: fc.option(fc.integer({ min: 1, max: 9 * DAY }), { nil: null }),
      csat: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
      nps: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
      slaSeed: fc.nat(),
    })
    .chain((r) => {
      const created = START + r.created;
      const resolvedAt = r.resolve === null ? null : created + r.resolve;
      return fc.array(slaArb(created, resolvedAt), { maxLength: 2 }).map((sla) =>
        aTicket({
          key,
          createdAt: created,
          reporterId: r.reporter,
          requestType: r.type,
          firstResolvedAt: resolvedAt,
          resolutionClearedAt: resolvedAt !== null && r.clear !== null ? [resolvedAt + r.clear] : [],
          firstAgentReplyAt: r.reply === null ? null : created + r.reply,
          agentPublicReplies: r.reply === null ? 0 : Math.max(1, r.replies),
          // Two cycles of one SLA name are one record in Jira: keep the names distinct.
          sla: sla.filter((s, i) => sla.findIndex((o) => o.name === s.name) === i),
          csatRating: resolvedAt === null ? null : r.csat,
          npsScore: resolvedAt === null ? null : r.nps,
          dimensions: {
            requestType: [r.type],
            ...(r.assignee !== null && { assignee: [r.assignee] }),
            ...(r.labels.length > 0 && { labels: r.labels }),
          },
        }),
      );
    });

/** A set of tickets with distinct keys SUP-1..SUP-n. */
export const ticketsArb = (min: number, max: number): fc.Arbitrary<TicketFacts[]> =>
  fc
    .integer({ min, max })
    .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => ticketArb(`SUP-${i + 1}`))))
    .map((ts) => [...ts]);

export { HOUR, DAY };
