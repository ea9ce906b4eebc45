import { anEnv, anIssue, at, keysMatching } from './jql-fixtures';

const shanghai = anEnv({ timeZone: 'Asia/Shanghai' }); // now = 2026-10-15T12:00Z = 20:00 on Thu 15 Oct in Shanghai
const createdAt = (iso: string) => anIssue({ key: iso, created: at(iso) });

describe('date literals are wall-clock times in the searcher’s zone', () => {
  // 2026-10-01 00:00 in Shanghai (UTC+8) is 2026-09-30T16:00Z.
  const before = createdAt('2026-09-30T15:59:59.999Z');
  const midnight = createdAt('2026-09-30T16:00:00.000Z');
  const morning = createdAt('2026-10-01T00:30:00.000Z');
  const nextDay = createdAt('2026-10-01T16:00:00.000Z');
  const issues = [before, midnight, morning, nextDay];

  it('reads a day without a time as local midnight', () => {
    expect(keysMatching('created >= "2026-10-01"', issues, shanghai)).toEqual([
      '2026-09-30T16:00:00.000Z',
      '2026-10-01T00:30:00.000Z',
      '2026-10-01T16:00:00.000Z',
    ]);
    expect(keysMatching('created < "2026/10/01"', issues, shanghai)).toEqual(['2026-09-30T15:59:59.999Z']);
  });

  it('finds one local day with >= that day AND < the next, as Atlassian documents', () => {
    expect(keysMatching('created >= 2026-10-01 AND created < "2026-10-02"', issues, shanghai)).toEqual([
      '2026-09-30T16:00:00.000Z',
      '2026-10-01T00:30:00.000Z',
    ]);
  });

  it('matches = on a day only at that exact midnight, and <= day excludes the rest of the day', () => {
    expect(keysMatching('created = "2026-10-01"', issues, shanghai)).toEqual(['2026-09-30T16:00:00.000Z']);
    expect(keysMatching('created <= "2026-10-01"', issues, shanghai)).toEqual([
      '2026-09-30T15:59:59.999Z',
      '2026-09-30T16:00:00.000Z',
    ]);
  });

  it('reads a date with a time in the zone too', () => {
    // 08:30 in Shanghai is 00:30Z.
    expect(keysMatching('created = "2026-10-01 08:30"', issues, shanghai)).toEqual([
      '2026-10-01T00:30:00.000Z',
    ]);
    expect(keysMatching('created = "2026-10-01 08:30"', issues, anEnv({ timeZone: 'UTC' }))).toEqual([]);
  });

  it('uses the offset in force on that date in a zone with daylight saving', () => {
    // New York leaves daylight saving on Sun 1 Nov 2026: noon that day is EST, 17:00Z.
    const noon = createdAt('2026-11-01T17:00:00.000Z');
    const summerNoon = createdAt('2026-10-31T16:00:00.000Z');
    const ny = anEnv({ timeZone: 'America/New_York' });
    expect(keysMatching('created = "2026-11-01 12:00"', [noon, summerNoon], ny)).toEqual([
      '2026-11-01T17:00:00.000Z',
    ]);
    expect(keysMatching('created = "2026-10-31 12:00"', [noon, summerNoon], ny)).toEqual([
      '2026-10-31T16:00:00.000Z',
    ]);
  });
});

describe('relative dates count back from now (2026-10-15T12:00Z)', () => {
  const issues = [
    createdAt('2026-09-28T11:59:00.000Z'),
    createdAt('2026-09-28T12:00:00.000Z'),
    createdAt('2026-10-08T12:00:00.000Z'),
    createdAt('2026-10-15T00:00:00.000Z'),
    createdAt('2026-10-15T11:30:00.000Z'),
    createdAt('2026-10-15T11:55:00.000Z'),
  ];

  it.each([
    ['created > -7d', ['2026-10-15T00:00:00.000Z', '2026-10-15T11:30:00.000Z', '2026-10-15T11:55:00.000Z']],
    [
      'created >= "-1w"',
      [
        '2026-10-08T12:00:00.000Z',
        '2026-10-15T00:00:00.000Z',
        '2026-10-15T11:30:00.000Z',
        '2026-10-15T11:55:00.000Z',
      ],
    ],
    ['created < "-2w 3d"', ['2026-09-28T11:59:00.000Z']],
    ['created >= -12h', ['2026-10-15T00:00:00.000Z', '2026-10-15T11:30:00.000Z', '2026-10-15T11:55:00.000Z']],
    ['created >= -30m', ['2026-10-15T11:30:00.000Z', '2026-10-15T11:55:00.000Z']],
    ['created = "-5"', ['2026-10-15T11:55:00.000Z']],
    ['createdDate < -7d AND created > "-17d 1m"', ['2026-09-28T12:00:00.000Z']],
  ])('%s', (jql, keys) => {
    expect(keysMatching(jql, issues)).toEqual(keys);
  });

  it('reads an unquoted integer as epoch milliseconds', () => {
    expect(keysMatching(`created = ${at('2026-10-08T12:00:00Z')}`, issues)).toEqual([
      '2026-10-08T12:00:00.000Z',
    ]);
  });

  it('does not depend on the zone', () => {
    expect(keysMatching('created >= -30m', issues, shanghai)).toEqual([
      '2026-10-15T11:30:00.000Z',
      '2026-10-15T11:55:00.000Z',
    ]);
  });
});

describe('date functions use the zone and an optional increment', () => {
  // Each issue is created exactly at the instant the function should return.
  it.each([
    ['now()', '2026-10-15T12:00:00.000Z'],
    ['startOfDay()', '2026-10-14T16:00:00.000Z'],
    ['startOfDay(-1d)', '2026-10-13T16:00:00.000Z'],
    ['startOfDay("+1")', '2026-10-15T16:00:00.000Z'],
    ['startOfDay(-6h)', '2026-10-14T10:00:00.000Z'],
    ['endOfDay()', '2026-10-15T15:59:59.999Z'],
    ['startOfWeek()', '2026-10-10T16:00:00.000Z'],
    ['startOfWeek(-1)', '2026-10-03T16:00:00.000Z'],
    ['endOfWeek()', '2026-10-17T15:59:59.999Z'],
    ['startOfMonth()', '2026-09-30T16:00:00.000Z'],
    ['startOfMonth(-1)', '2026-08-31T16:00:00.000Z'],
    ['startOfMonth("+14d")', '2026-10-14T16:00:00.000Z'],
    ['endOfMonth()', '2026-10-31T15:59:59.999Z'],
    ['endOfMonth("+1")', '2026-11-30T15:59:59.999Z'],
    ['endOfMonth("+15d")', '2026-11-15T15:59:59.999Z'],
    ['startOfYear()', '2025-12-31T16:00:00.000Z'],
    ['endOfYear("+3M")', '2027-03-31T15:59:59.999Z'],
  ])('created = %s in Shanghai', (fn, iso) => {
    const target = createdAt(iso);
    const oneMsLater = anIssue({ key: 'later', created: at(iso) + 1 });
    expect(keysMatching(`created = ${fn}`, [target, oneMsLater], shanghai)).toEqual([iso]);
  });

  it('takes the day from the zone, not from UTC', () => {
    // 20:00Z on 15 Oct is already 04:00 on 16 Oct in Shanghai.
    const late = anEnv({ timeZone: 'Asia/Shanghai', now: at('2026-10-15T20:00:00Z') });
    const issue = createdAt('2026-10-15T16:00:00.000Z');
    expect(keysMatching('created = startOfDay()', [issue], late)).toEqual(['2026-10-15T16:00:00.000Z']);
    expect(
      keysMatching('created = startOfDay()', [issue], anEnv({ now: at('2026-10-15T20:00:00Z') })),
    ).toEqual([]);
  });

  it('starts weeks on the configured day', () => {
    const monday = createdAt('2026-10-11T16:00:00.000Z');
    const env = anEnv({ timeZone: 'Asia/Shanghai', firstDayOfWeek: 1 });
    expect(keysMatching('created = startOfWeek()', [monday], env)).toEqual(['2026-10-11T16:00:00.000Z']);
  });

  it('leaves issues without a resolution date out of every comparison', () => {
    const open = anIssue({ key: 'open', resolved: null });
    const closed = anIssue({ key: 'closed', resolved: at('2026-10-10T00:00:00Z') });
    expect(keysMatching('resolved < now()', [open, closed])).toEqual(['closed']);
    expect(keysMatching('NOT resolved < now()', [open, closed])).toEqual([]);
    expect(keysMatching('resolved IS EMPTY', [open, closed])).toEqual(['open']);
  });
});
