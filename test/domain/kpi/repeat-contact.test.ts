import { repeatContactIndex } from '../../../src/domain/kpi/repeat-contact';
import { aTicket, at, HOUR, SECOND } from '../../support/ticket-builder';

const resolved = at('2026-10-02T10:00:00Z');
const first = aTicket({
  key: 'SUP-1',
  reporterId: 'alice',
  createdAt: at('2026-10-02T08:00:00Z'),
  firstResolvedAt: resolved,
});

const hasRepeat = (others: Parameters<typeof aTicket>[0][], sameType = false, hours = 48) =>
  repeatContactIndex([first, ...others.map((o) => aTicket({ reporterId: 'alice', ...o }))]).hasRepeatContact(
    first,
    hours,
    sameType,
  );

describe('48-hour repeat contact', () => {
  it('counts a new ticket from the same customer exactly 48 h after resolution', () => {
    expect(hasRepeat([{ createdAt: resolved + 48 * HOUR }])).toBe(true);
  });

  it('does not count one 48 h and one second after', () => {
    expect(hasRepeat([{ createdAt: resolved + 48 * HOUR + SECOND }])).toBe(false);
  });

  it('needs the contact strictly after the first resolution', () => {
    expect(hasRepeat([{ createdAt: resolved }])).toBe(false);
    expect(hasRepeat([{ createdAt: resolved + SECOND }])).toBe(true);
  });

  it('ignores other customers and other projects', () => {
    expect(hasRepeat([{ createdAt: resolved + HOUR, reporterId: 'bob' }])).toBe(false);
    expect(hasRepeat([{ createdAt: resolved + HOUR, projectKey: 'OPS' }])).toBe(false);
  });

  it('with repeatSameRequestType only counts the same request type', () => {
    const refund = { createdAt: resolved + HOUR, requestType: 'Refund' };
    expect(hasRepeat([refund], false)).toBe(true);
    expect(hasRepeat([refund], true)).toBe(false);
    expect(
      hasRepeat([refund, { createdAt: resolved + 2 * HOUR, requestType: first.requestType }], true),
    ).toBe(true);
  });

  it('follows the configured window', () => {
    expect(hasRepeat([{ createdAt: resolved + 30 * HOUR }], false, 24)).toBe(false);
  });

  it('cannot judge a ticket without reporter or resolution', () => {
    const index = repeatContactIndex([first, aTicket({ reporterId: 'alice', createdAt: resolved + HOUR })]);
    expect(index.hasRepeatContact({ ...first, reporterId: null }, 48, false)).toBe(false);
    expect(index.hasRepeatContact({ ...first, firstResolvedAt: null }, 48, false)).toBe(false);
  });
});
