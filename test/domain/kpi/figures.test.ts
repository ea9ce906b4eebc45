import { computeFigures } from '../../../src/domain/kpi/figures';
import { judgeTicket } from '../../../src/domain/kpi/judged-ticket';
import { DEFAULT_KPI_OPTIONS } from '../../../src/domain/kpi/options';
import { repeatContactIndex } from '../../../src/domain/kpi/repeat-contact';
import type { TicketFacts } from '../../../src/domain/ticket';
import { aTicket, at, DAY, HOUR } from '../../support/ticket-builder';

const period = { from: at('2026-10-01T00:00:00Z'), to: at('2026-10-08T00:00:00Z') };
const figures = (tickets: TicketFacts[], nps = true) => {
  const index = repeatContactIndex(tickets);
  return computeFigures(
    tickets.map((t) => judgeTicket(t, DEFAULT_KPI_OPTIONS, index)),
    period,
    nps,
  );
};

describe('KPI figures over the cohorts of a period', () => {
  const created = at('2026-10-02T00:00:00Z');
  const tickets = [
    // created and resolved in the period; replied after 10 min, resolved after 2 h, rated 5, NPS 10
    aTicket({
      createdAt: created,
      firstAgentReplyAt: created + 10 * 60_000,
      agentPublicReplies: 1,
      firstResolvedAt: created + 2 * HOUR,
      csatRating: 5,
      npsScore: 10,
    }),
    // created in the period, no reply, never resolved
    aTicket({ createdAt: created }),
    // created before the period, resolved in it after 3 days, with 3 replies, rated 2, NPS 5
    aTicket({
      createdAt: created - 3 * DAY,
      firstAgentReplyAt: created - 2 * DAY,
      agentPublicReplies: 3,
      firstResolvedAt: created,
      csatRating: 2,
      npsScore: 5,
    }),
    // created in the period, replied after 30 min, resolved after the period
    aTicket({
      createdAt: created,
      firstAgentReplyAt: created + 30 * 60_000,
      agentPublicReplies: 1,
      firstResolvedAt: period.to + HOUR,
    }),
    // resolved in the period after 4 h and reopened a day later, rated 4, NPS 8
    aTicket({
      createdAt: created,
      firstAgentReplyAt: created + 20 * 60_000,
      agentPublicReplies: 1,
      firstResolvedAt: created + 4 * HOUR,
      resolutionClearedAt: [created + DAY],
      csatRating: 4,
      npsScore: 8,
    }),
  ];

  it('counts the created cohort for volume and first response, the resolved cohort for the rest', () => {
    const f = figures(tickets);
    expect(f.volume).toEqual({ created: 4, resolved: 3 });
    // FRT of created-cohort tickets: 10, 30, 20 minutes; one without reply
    expect(f.frt).toEqual({
      count: 3,
      mean: 20 * 60_000,
      median: 20 * 60_000,
      p90: 30 * 60_000,
      noResponse: 1,
    });
    // resolution times of the resolved cohort: 2 h, 3 d, 4 h
    expect(f.resolutionTime).toEqual({
      count: 3,
      mean: (2 * HOUR + 3 * DAY + 4 * HOUR) / 3,
      median: 4 * HOUR,
      p90: 3 * DAY,
    });
  });

  it('computes reopen and FCR over the resolved cohort', () => {
    const f = figures(tickets);
    expect(f.reopenRate).toBeCloseTo(1 / 3, 12);
    // FCR: the first only (the second resolved has 3 replies, the third was reopened)
    expect(f.fcrRate).toBeCloseTo(1 / 3, 12);
    expect(f.repeatContactRate).toBe(0);
  });

  it('computes CSAT average, top-2-box and response rate, and NPS', () => {
    const f = figures(tickets);
    expect(f.csat).toEqual({ responses: 3, avg: 11 / 3, top2box: 2 / 3, responseRate: 1 });
    // one promoter (10), one detractor (5), one passive (8): (1 - 1) / 3 * 100
    expect(f.nps).toEqual({ responses: 3, score: 0 });
  });

  it('gives null, never 0, for empty cohorts', () => {
    const f = figures([aTicket({ createdAt: at('2026-09-01T00:00:00Z') })]);
    expect(f.volume).toEqual({ created: 0, resolved: 0 });
    expect(f.frt).toEqual({ count: 0, mean: null, median: null, p90: null, noResponse: 0 });
    expect([f.reopenRate, f.repeatContactRate, f.fcrRate]).toEqual([null, null, null]);
    expect(f.csat).toEqual({ responses: 0, avg: null, top2box: null, responseRate: null });
    expect(f.nps).toEqual({ responses: 0, score: null });
  });

  it('reports NPS as null when no NPS field is configured', () => {
    expect(figures(tickets, false).nps).toBeNull();
  });

  it('scores NPS from promoters and detractors only', () => {
    const resolved = created + HOUR;
    const scores = [10, 9, 9, 7, 0];
    const f = figures(
      scores.map((npsScore) => aTicket({ createdAt: created, firstResolvedAt: resolved, npsScore })),
    );
    // promoters 3, detractors 1 of 5: (3 - 1) / 5 * 100 = 40
    expect(f.nps?.score).toBeCloseTo(40, 12);
  });
});
