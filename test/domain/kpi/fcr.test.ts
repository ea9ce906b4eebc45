import { judgeTicket } from '../../../src/domain/kpi/judged-ticket';
import { DEFAULT_KPI_OPTIONS, type KpiOptions } from '../../../src/domain/kpi/options';
import { repeatContactIndex } from '../../../src/domain/kpi/repeat-contact';
import type { TicketFacts } from '../../../src/domain/ticket';
import { aTicket, at, DAY, HOUR } from '../../support/ticket-builder';

const resolved = at('2026-10-02T10:00:00Z');
const judge = (ticket: TicketFacts, options: Partial<KpiOptions> = {}, others: TicketFacts[] = []) =>
  judgeTicket(ticket, { ...DEFAULT_KPI_OPTIONS, ...options }, repeatContactIndex([ticket, ...others]));

describe('first contact resolution', () => {
  it('counts a resolved ticket with one agent public reply by default', () => {
    expect(judge(aTicket({ firstResolvedAt: resolved, agentPublicReplies: 1 })).fcr).toBe(true);
    expect(judge(aTicket({ firstResolvedAt: resolved, agentPublicReplies: 0 })).fcr).toBe(true);
  });

  it('does not count two replies under the default limit of one, but does with no limit', () => {
    const ticket = aTicket({ firstResolvedAt: resolved, agentPublicReplies: 2 });
    expect(judge(ticket).fcr).toBe(false);
    expect(judge(ticket, { fcrMaxAgentReplies: null }).fcr).toBe(true);
    expect(judge(ticket, { fcrMaxAgentReplies: 2 }).fcr).toBe(true);
  });

  it('excludes a reopened ticket unless fcrExcludeReopened is off', () => {
    const ticket = aTicket({
      firstResolvedAt: resolved,
      agentPublicReplies: 1,
      resolutionClearedAt: [resolved + DAY],
    });
    expect(judge(ticket).fcr).toBe(false);
    expect(judge(ticket, { fcrExcludeReopened: false }).fcr).toBe(true);
  });

  it('keeps a ticket with a repeat contact unless fcrExcludeRepeat is on', () => {
    const ticket = aTicket({ reporterId: 'alice', firstResolvedAt: resolved, agentPublicReplies: 1 });
    const again = aTicket({ reporterId: 'alice', createdAt: resolved + HOUR });
    expect(judge(ticket, {}, [again]).repeatContact).toBe(true);
    expect(judge(ticket, {}, [again]).fcr).toBe(true);
    expect(judge(ticket, { fcrExcludeRepeat: true }, [again]).fcr).toBe(false);
  });

  it('never counts an unresolved ticket', () => {
    expect(judge(aTicket({ agentPublicReplies: 1 })).fcr).toBe(false);
  });
});
