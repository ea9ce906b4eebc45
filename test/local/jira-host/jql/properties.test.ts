import { anEnv, anIssue, keysMatching } from './jql-fixtures';

const withQuality = (key: string, quality: unknown) => anIssue({ key, properties: { quality } });

const nine = withQuality('nine', { stage: 'Analysing', score: 9, owner: 'acc-me', tags: ['urgent', 'vip'] });
const ten = withQuality('ten', {
  stage: 'Planning',
  score: 10,
  owner: 'acc-them',
  due: '2026-10-20T09:00:00+08:00',
});
const textual = withQuality('textual', {
  stage: 'analysing',
  score: '11',
  notes: 'Customer waited three days',
});
const none = anIssue({ key: 'none' });
const issues = [nine, ten, textual, none];

describe('entity properties through declared search aliases', () => {
  it('compares a number alias numerically (10 > 9, which text would order the other way)', () => {
    expect(keysMatching('qualityScore > 9', issues)).toEqual(['ten']);
    expect(keysMatching('qualityScore >= 9 AND qualityScore < 10.5', issues)).toEqual(['nine', 'ten']);
    expect(keysMatching('qualityScore in (9, 11)', issues)).toEqual(['nine']);
  });

  it('ignores values of the wrong JSON type for a number index, like Jira’s indexer', () => {
    expect(keysMatching('qualityScore IS EMPTY', issues)).toEqual(['textual', 'none']);
  });

  it('matches a string alias exactly, case included', () => {
    expect(keysMatching('qualityStage = "Analysing"', issues)).toEqual(['nine']);
    expect(keysMatching('qualityStage = analysing', issues)).toEqual(['textual']);
    expect(keysMatching('qualityStage != Analysing', issues)).toEqual(['ten', 'textual']);
  });

  it('compares a date alias as an instant, with date literals in the searcher’s zone', () => {
    // 2026-10-20T09:00+08:00 is 01:00Z.
    expect(
      keysMatching('qualityDue = "2026-10-20 09:00"', issues, anEnv({ timeZone: 'Asia/Shanghai' })),
    ).toEqual(['ten']);
    expect(keysMatching('qualityDue > endOfDay()', issues)).toEqual(['ten']);
    expect(keysMatching('qualityDue < "2026-10-20 01:00"', issues)).toEqual([]);
  });

  it('matches a user alias against currentUser()', () => {
    expect(keysMatching('qualityOwner = currentUser()', issues)).toEqual(['nine']);
    expect(keysMatching('qualityOwner != currentUser()', issues)).toEqual(['ten']);
  });

  it('searches a text alias by words with ~', () => {
    expect(keysMatching('qualityNotes ~ "waited days"', issues)).toEqual(['textual']);
    expect(keysMatching('qualityNotes ~ "\\"three days\\""', issues)).toEqual(['textual']);
    expect(keysMatching('qualityNotes ~ "\\"days three\\""', issues)).toEqual([]);
    expect(keysMatching('qualityNotes ~ "cust*"', issues)).toEqual(['textual']);
    expect(keysMatching('qualityNotes !~ refund', issues)).toEqual(['textual']);
  });
});

describe('entity properties as issue.property[key].path', () => {
  it('uses the declared type of an indexed path', () => {
    expect(keysMatching('issue.property[quality].score > 9', issues)).toEqual(['ten']);
  });

  it('matches any element of an array value', () => {
    expect(keysMatching('issue.property[quality].tags = vip', issues)).toEqual(['nine']);
    expect(keysMatching('issue.property[quality].tags NOT IN (urgent)', issues)).toEqual([]);
  });

  it('compares an undeclared path numerically when both sides are numbers, else as exact text', () => {
    const a = anIssue({
      key: 'a',
      properties: { extra: { n: 9, label: 'x', nested: [{ v: 1 }, { v: 2 }] } },
    });
    const b = anIssue({ key: 'b', properties: { extra: { n: 10, label: 'X' } } });
    expect(keysMatching('issue.property[extra].n > 9', [a, b])).toEqual(['b']);
    expect(keysMatching('issue.property[extra].n = "10"', [a, b])).toEqual(['b']);
    expect(keysMatching('issue.property[extra].label = x', [a, b])).toEqual(['a']);
    expect(keysMatching('issue.property[extra].nested.v = 2', [a, b])).toEqual(['a']);
    expect(keysMatching('issue.property[extra].missing IS EMPTY', [a, b])).toEqual(['a', 'b']);
  });

  it('treats missing, null and empty-string values as EMPTY', () => {
    const blank = anIssue({ key: 'blank', properties: { quality: { stage: '' } } });
    const nul = anIssue({ key: 'nul', properties: { quality: { stage: null } } });
    expect(keysMatching('qualityStage IS EMPTY', [blank, nul, none, nine])).toEqual(['blank', 'nul', 'none']);
  });
});
