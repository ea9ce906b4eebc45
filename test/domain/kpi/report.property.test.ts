import fc from 'fast-check';
import { DEFAULT_COMPOSITE_WEIGHTS } from '../../../src/domain/kpi/composite';
import { nearestRank } from '../../../src/domain/kpi/distribution';
import { DEFAULT_KPI_OPTIONS } from '../../../src/domain/kpi/options';
import { buildKpiReport, type KpiReportParameters } from '../../../src/domain/kpi/report';
import { paretoRank } from '../../../src/domain/pareto';
import { DEFAULT_TARGETS } from '../../../src/domain/kpi/targets';
import { timeZone } from '../../../src/domain/time/zone';
import type { TicketFacts } from '../../../src/domain/ticket';
import { at, DAY, HOUR } from '../../support/ticket-builder';

const start = at('2026-10-01T00:00:00Z');
const zone = timeZone('Asia/Shanghai');
if (!zone.ok) throw new Error('zone');
const params: KpiReportParameters = {
  period: { from: start + 7 * DAY, to: start + 21 * DAY },
  zone: zone.value,
  options: DEFAULT_KPI_OPTIONS,
  targets: { ...DEFAULT_TARGETS, resolutionMedianMs: 8 * HOUR, repeatContactRate: 0.05 },
  weights: DEFAULT_COMPOSITE_WEIGHTS,
  dimensions: ['requestType', 'hourOfDay'],
  paretoDimension: 'requestType',
  npsEnabled: true,
};

const ticketArb = (i: number) =>
  fc
    .record({
      created: fc.integer({ min: 0, max: 28 * DAY }),
      reporter: fc.constantFrom('alice', 'bob', 'carol', 'dave'),
      type: fc.constantFrom('Logistics enquiry', 'Refund', 'System'),
      reply: fc.option(fc.integer({ min: 0, max: 2 * DAY }), { nil: null }),
      replies: fc.integer({ min: 0, max: 3 }),
      resolve: fc.option(fc.integer({ min: 1, max: 5 * DAY }), { nil: null }),
      clear: fc.option(fc.integer({ min: 1, max: 9 * DAY }), { nil: null }),
      csat: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
      nps: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
      breached: fc.boolean(),
    })
    .map((r): TicketFacts => ({
      key: `SUP-${i}`,
      projectKey: 'SUP',
      createdAt: start + r.created,
      reporterId: r.reporter,
      requestType: r.type,
      firstResolvedAt: r.resolve === null ? null : start + r.created + r.resolve,
      resolutionClearedAt:
        r.resolve !== null && r.clear !== null ? [start + r.created + r.resolve + r.clear] : [],
      firstAgentReplyAt: r.reply === null ? null : start + r.created + r.reply,
      agentPublicReplies: r.reply === null ? 0 : Math.max(1, r.replies),
      sla: [
        {
          name: 'Time to resolution',
          completedCycles:
            r.resolve === null ? [] : [{ stopTime: start + r.created + r.resolve, breached: r.breached }],
          ongoingCycle: null,
        },
      ],
      csatRating: r.resolve === null ? null : r.csat,
      npsScore: r.resolve === null ? null : r.nps,
      dimensions: { requestType: [r.type] },
    }));

const ticketsArb = fc
  .integer({ min: 0, max: 40 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => ticketArb(i))));

describe('report invariants', () => {
  it('does not depend on the order of the tickets', () => {
    fc.assert(
      fc.property(ticketsArb, (tickets) => {
        const reversed = [...tickets].reverse();
        const shuffled = [...tickets].sort((a, b) => (a.key < b.key ? 1 : -1));
        const report = JSON.stringify(buildKpiReport(tickets, params));
        return (
          JSON.stringify(buildKpiReport(reversed, params)) === report &&
          JSON.stringify(buildKpiReport(shuffled, params)) === report
        );
      }),
      { numRuns: 60 },
    );
  });

  it('keeps every rate in [0, 1] or null, NPS in [-100, 100], the index in [0, 100]', () => {
    fc.assert(
      fc.property(ticketsArb, (tickets) => {
        const r = buildKpiReport(tickets, params);
        const rates = [
          r.reopenRate,
          r.repeatContactRate,
          r.fcrRate,
          r.csat.top2box,
          r.csat.responseRate,
          ...Object.values(r.sla).map((s) => s.compliance),
        ];
        const inUnit = rates.every((x) => x === null || (x >= 0 && x <= 1));
        const nps = r.nps?.score;
        const score = r.composite.score;
        return (
          inUnit &&
          (nps == null || (nps >= -100 && nps <= 100)) &&
          (score === null || (score >= 0 && score <= 100 + 1e-9))
        );
      }),
      { numRuns: 80 },
    );
  });

  it('makes breakdown groups of a single-valued dimension add up to the whole', () => {
    fc.assert(
      fc.property(ticketsArb, (tickets) => {
        const r = buildKpiReport(tickets, params);
        for (const rows of Object.values(r.breakdown)) {
          const created = rows.reduce((s, row) => s + row.volume.created, 0);
          const resolved = rows.reduce((s, row) => s + row.volume.resolved, 0);
          if (created !== r.volume.created || resolved !== r.volume.resolved) return false;
        }
        return true;
      }),
      { numRuns: 60 },
    );
  });

  it('counts a reopened ticket as not FCR under the default options, so FCR + reopen never exceeds 1', () => {
    fc.assert(
      fc.property(ticketsArb, (tickets) => {
        const r = buildKpiReport(tickets, params);
        return r.fcrRate === null || r.fcrRate + (r.reopenRate ?? 0) <= 1 + 1e-12;
      }),
      { numRuns: 60 },
    );
  });
});

describe('ranking invariants', () => {
  it('nearest-rank percentiles are members of the data and p50 <= p90', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { minLength: 1, maxLength: 200 }), (values) => {
        const sorted = [...values].sort((a, b) => a - b);
        const p50 = nearestRank(sorted, 50);
        const p90 = nearestRank(sorted, 90);
        return p50 !== null && p90 !== null && values.includes(p50) && values.includes(p90) && p50 <= p90;
      }),
    );
  });

  it('Pareto cumulative shares rise to 1 and the vital few are a prefix reaching 80%', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 50 }), {
          minKeys: 1,
        }),
        (dict) => {
          const { categories } = paretoRank(new Map(Object.entries(dict)));
          const last = categories[categories.length - 1];
          const vital = categories.filter((c) => c.vitalFew);
          const prefix = categories.slice(0, vital.length).every((c) => c.vitalFew);
          const reached = (vital[vital.length - 1]?.cumulativeShare ?? 0) >= 0.8 - 1e-12;
          const shortest = vital.length < 2 || (vital[vital.length - 2]?.cumulativeShare ?? 1) < 0.8 - 1e-12;
          return Math.abs((last?.cumulativeShare ?? 0) - 1) < 1e-12 && prefix && reached && shortest;
        },
      ),
    );
  });
});
