import { isoWeekLabel, lastCompletePeriod } from '../../../src/domain/reviews/review-period';

describe('the period a review covers', () => {
  it('is the previous ISO week, Monday to Monday, for the weekly review', () => {
    // 2026-11-01 is a Sunday: the week before the current one (10-26..11-01) is 10-19..10-26, week 43.
    expect(lastCompletePeriod('weekly', '2026-11-01')).toEqual({
      kind: 'weekly',
      label: '2026-W43',
      from: '2026-10-19',
      to: '2026-10-26',
    });
    // On a Monday the week that just ended is complete.
    expect(lastCompletePeriod('weekly', '2026-11-02')).toMatchObject({
      label: '2026-W44',
      from: '2026-10-26',
    });
  });

  it('labels weeks by the year of their Thursday', () => {
    expect(isoWeekLabel('2025-12-29')).toBe('2026-W01'); // Thursday 2026-01-01
    expect(isoWeekLabel('2020-12-28')).toBe('2020-W53'); // Thursday 2020-12-31, a 53-week year
    expect(isoWeekLabel('2027-01-04')).toBe('2027-W01');
  });

  it('is the previous calendar month for the monthly audit, across a year end', () => {
    expect(lastCompletePeriod('monthly', '2026-11-01')).toEqual({
      kind: 'monthly',
      label: '2026-10',
      from: '2026-10-01',
      to: '2026-11-01',
    });
    expect(lastCompletePeriod('monthly', '2027-01-15')).toMatchObject({ label: '2026-12', to: '2027-01-01' });
  });
});
