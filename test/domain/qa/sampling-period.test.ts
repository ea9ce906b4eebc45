import { lastCompletePeriod, seedFromText } from '../../../src/domain/qa/sampling-period';

describe('QA sampling period', () => {
  it('is yesterday for a daily cadence', () => {
    expect(lastCompletePeriod('2026-11-24', 'daily')).toEqual({ from: '2026-11-23', to: '2026-11-24' });
    expect(lastCompletePeriod('2026-03-01', 'daily')).toEqual({ from: '2026-02-28', to: '2026-03-01' });
  });

  it('is the last full Monday–Sunday week for a weekly cadence', () => {
    // 2026-11-24 is a Tuesday: last full week is Mon 16 – Sun 22
    expect(lastCompletePeriod('2026-11-24', 'weekly')).toEqual({ from: '2026-11-16', to: '2026-11-23' });
    // on a Monday, the week that just ended
    expect(lastCompletePeriod('2026-11-23', 'weekly')).toEqual({ from: '2026-11-16', to: '2026-11-23' });
    // on a Sunday, the week before
    expect(lastCompletePeriod('2026-11-22', 'weekly')).toEqual({ from: '2026-11-09', to: '2026-11-16' });
  });

  it('derives a stable 32-bit seed from text (FNV-1a)', () => {
    // FNV-1a 32 of "" is the offset basis 0x811c9dc5; of "a" is 0xe40c292c (as signed 32-bit ints)
    expect(seedFromText('')).toBe(0x811c9dc5 | 0);
    expect(seedFromText('a')).toBe(0xe40c292c | 0);
    expect(seedFromText('SUP|w1')).toBe(seedFromText('SUP|w1'));
    expect(seedFromText('SUP|w1')).not.toBe(seedFromText('SUP|w2'));
  });
});
