import { isReopened } from '../../../src/domain/kpi/reopen';
import { aTicket, at, DAY, SECOND } from '../../support/ticket-builder';

const resolved = at('2026-10-02T10:00:00Z');

describe('reopen within the window', () => {
  it('counts a resolution cleared exactly at the window edge', () => {
    expect(
      isReopened(aTicket({ firstResolvedAt: resolved, resolutionClearedAt: [resolved + 7 * DAY] }), 7),
    ).toBe(true);
  });

  it('does not count one cleared one second past the window', () => {
    expect(
      isReopened(
        aTicket({ firstResolvedAt: resolved, resolutionClearedAt: [resolved + 7 * DAY + SECOND] }),
        7,
      ),
    ).toBe(false);
  });

  it('needs the clearing strictly after the first resolution', () => {
    expect(isReopened(aTicket({ firstResolvedAt: resolved, resolutionClearedAt: [resolved] }), 7)).toBe(
      false,
    );
    expect(
      isReopened(aTicket({ firstResolvedAt: resolved, resolutionClearedAt: [resolved + SECOND] }), 7),
    ).toBe(true);
  });

  it('follows the configured window', () => {
    const ticket = aTicket({ firstResolvedAt: resolved, resolutionClearedAt: [resolved + 2 * DAY] });
    expect(isReopened(ticket, 1)).toBe(false);
    expect(isReopened(ticket, 2)).toBe(true);
  });

  it('never counts an unresolved ticket', () => {
    expect(isReopened(aTicket({ resolutionClearedAt: [resolved] }), 7)).toBe(false);
  });
});
