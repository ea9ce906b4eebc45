import fc from 'fast-check';
import { kpiObservations } from '../../../src/domain/check/kpi-observations';
import { kpiValue } from '../../../src/domain/check/kpi-value';
import { computeFigures } from '../../../src/domain/kpi/figures';
import { judgeTicket } from '../../../src/domain/kpi/judged-ticket';
import { DEFAULT_KPI_OPTIONS } from '../../../src/domain/kpi/options';
import { repeatContactIndex } from '../../../src/domain/kpi/repeat-contact';
import type { SlaRecord, TicketFacts } from '../../../src/domain/ticket';
import { aTicket, at, DAY, HOUR, SECOND } from '../../support/ticket-builder';

const window = { from: at('2026-10-01T00:00:00Z'), to: at('2026-11-01T00:00:00Z') };
const judgeAll = (tickets: TicketFacts[]) => {
  const repeats = repeatContactIndex(tickets);
  return tickets.map((t) => judgeTicket(t, DEFAULT_KPI_OPTIONS, repeats));
};
const frtSla = (cycles: [string, boolean][], ongoing: SlaRecord['ongoingCycle'] = null): SlaRecord => ({
  name: 'Time to first response',
  completedCycles: cycles.map(([stop, breached]) => ({ stopTime: at(stop), breached })),
  ongoingCycle: ongoing,
});

// In the window: created t1, t3, t4, t5; first resolved t1, t2, t4 (t3 resolves at the excluded end).
const t1 = aTicket({
  createdAt: at('2026-10-01T00:00:00Z'),
  firstAgentReplyAt: at('2026-10-01T00:00:30Z'),
  agentPublicReplies: 1,
  firstResolvedAt: at('2026-10-02T00:00:00Z'),
  csatRating: 5,
  sla: [frtSla([['2026-10-01T00:00:30Z', false]])],
});
const t2 = aTicket({
  createdAt: at('2026-09-30T12:00:00Z'),
  firstAgentReplyAt: at('2026-09-30T12:01:00Z'),
  agentPublicReplies: 2,
  firstResolvedAt: at('2026-10-03T12:00:00Z'),
  resolutionClearedAt: [at('2026-10-04T12:00:00Z')],
  csatRating: 3,
  sla: [
    frtSla([['2026-10-02T00:00:00Z', true]]),
    {
      name: 'Time to resolution',
      completedCycles: [{ stopTime: at('2026-10-03T12:00:00Z'), breached: false }],
      ongoingCycle: null,
    },
  ],
});
const t3 = aTicket({
  createdAt: at('2026-10-10T00:00:00Z'),
  firstResolvedAt: at('2026-11-01T00:00:00Z'),
  csatRating: 5,
  sla: [frtSla([], { breached: true, breachTime: at('2026-10-15T00:00:00Z') })],
});
const t4 = aTicket({
  reporterId: 'alice',
  createdAt: at('2026-10-20T00:00:00Z'),
  firstAgentReplyAt: at('2026-10-20T00:02:00Z'),
  firstResolvedAt: at('2026-10-21T10:00:00Z'),
  sla: [frtSla([['2026-11-01T00:00:00Z', false]])],
});
const t5 = aTicket({
  reporterId: 'alice',
  createdAt: at('2026-10-22T09:00:00Z'),
  firstAgentReplyAt: at('2026-10-22T09:00:10Z'),
});
const judged = judgeAll([t1, t2, t3, t4, t5]);

describe('KPI observations of a window', () => {
  it('takes FRT from the created cohort, leaving out tickets with no agent reply', () => {
    expect(kpiObservations('frtMedianMs', null, judged, window)).toEqual({
      kind: 'durations',
      values: [30 * SECOND, 120 * SECOND, 10 * SECOND],
    });
  });

  it('takes resolution time from the resolved cohort', () => {
    expect(kpiObservations('resolutionMedianMs', null, judged, window)).toEqual({
      kind: 'durations',
      values: [DAY, 3 * DAY, DAY + 10 * HOUR],
    });
  });

  it('counts FCR, reopen and repeat contact over the resolved cohort (t1, t2, t4)', () => {
    // t1: one reply, not reopened → FCR; t2: two replies and reopened; t4: repeat contact by t5, still FCR
    expect(kpiObservations('fcrRate', null, judged, window)).toEqual({
      kind: 'proportion',
      successes: 2,
      n: 3,
    });
    expect(kpiObservations('reopenRate', null, judged, window)).toEqual({
      kind: 'proportion',
      successes: 1,
      n: 3,
    });
    expect(kpiObservations('repeatContactRate', null, judged, window)).toEqual({
      kind: 'proportion',
      successes: 1,
      n: 3,
    });
  });

  it('counts CSAT top-2-box over rated tickets of the resolved cohort only', () => {
    // t1 rated 5, t2 rated 3; t4 did not rate; t3's 5 is outside the resolved cohort
    expect(kpiObservations('csatTop2box', null, judged, window)).toEqual({
      kind: 'proportion',
      successes: 1,
      n: 2,
    });
  });

  it('counts the SLA cycles of the window for the named SLA', () => {
    // met: t1; breached: t2 (completed) and t3 (ongoing, breached 15 Oct); t4 stops at the excluded end
    expect(kpiObservations('slaCompliance', 'Time to first response', judged, window)).toEqual({
      kind: 'proportion',
      successes: 1,
      n: 3,
    });
    expect(kpiObservations('slaCompliance', 'Time to resolution', judged, window)).toEqual({
      kind: 'proportion',
      successes: 1,
      n: 1,
    });
    expect(kpiObservations('slaCompliance', 'Unknown SLA', judged, window)).toEqual({
      kind: 'proportion',
      successes: 0,
      n: 0,
    });
    expect(kpiObservations('slaCompliance', null, judged, window)).toEqual({
      kind: 'proportion',
      successes: 0,
      n: 0,
    });
  });

  it('agrees with the KPI report figures on generated tickets', () => {
    const start = window.from - 5 * DAY;
    const ticket = fc
      .record({
        created: fc.integer({ min: 0, max: 40 * DAY }),
        reporter: fc.constantFrom('alice', 'bob', 'carol'),
        reply: fc.option(fc.integer({ min: 0, max: DAY }), { nil: null }),
        replies: fc.integer({ min: 0, max: 3 }),
        resolve: fc.option(fc.integer({ min: 1, max: 5 * DAY }), { nil: null }),
        clear: fc.option(fc.integer({ min: 1, max: 9 * DAY }), { nil: null }),
        csat: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
        breached: fc.boolean(),
      })
      .map((r) => {
        const createdAt = start + r.created;
        const firstResolvedAt = r.resolve === null ? null : createdAt + r.resolve;
        return aTicket({
          createdAt,
          reporterId: r.reporter,
          firstAgentReplyAt: r.reply === null ? null : createdAt + r.reply,
          agentPublicReplies: r.replies,
          firstResolvedAt,
          resolutionClearedAt:
            firstResolvedAt !== null && r.clear !== null ? [firstResolvedAt + r.clear] : [],
          csatRating: r.csat,
          sla:
            firstResolvedAt === null
              ? []
              : [
                  {
                    name: 'TTR',
                    completedCycles: [{ stopTime: firstResolvedAt, breached: r.breached }],
                    ongoingCycle: null,
                  },
                ],
        });
      });
    fc.assert(
      fc.property(fc.array(ticket, { maxLength: 40 }), (tickets) => {
        const all = judgeAll(tickets);
        const figures = computeFigures(all, window, false);
        const value = (kpi: Parameters<typeof kpiObservations>[0]) =>
          kpiValue(kpiObservations(kpi, 'TTR', all, window));
        expect(value('frtMedianMs')).toBe(figures.frt.median);
        expect(value('resolutionMedianMs')).toBe(figures.resolutionTime.median);
        expect(value('fcrRate')).toBe(figures.fcrRate);
        expect(value('reopenRate')).toBe(figures.reopenRate);
        expect(value('repeatContactRate')).toBe(figures.repeatContactRate);
        expect(value('csatTop2box')).toBe(figures.csat.top2box);
        expect(value('slaCompliance')).toBe(figures.sla['TTR']?.compliance ?? null);
      }),
    );
  });
});
