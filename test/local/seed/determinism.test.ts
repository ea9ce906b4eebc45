import { datasetFields, generateDataset, generateIssues, type SeedOptions } from '../../../src/local/seed';

const options: SeedOptions = { seed: 'quality-loop', tickets: 300, days: 30, end: '2026-11-01T00:00:00Z' };

describe('generateDataset determinism', () => {
  it('returns deep-equal datasets for the same seed', () => {
    expect(generateDataset(options)).toEqual(generateDataset({ ...options }));
  });

  it('treats a numeric seed like its string form', () => {
    const small = { ...options, tickets: 20 };
    expect(generateDataset({ ...small, seed: 42 })).toEqual(generateDataset({ ...small, seed: '42' }));
  });

  it('returns different issues and field ids for a different seed', () => {
    const a = generateDataset(options);
    const b = generateDataset({ ...options, seed: 'another desk' });
    expect(b.issues).not.toEqual(a.issues);
    expect(b.issues.map((i) => i.fields.created)).not.toEqual(a.issues.map((i) => i.fields.created));
    expect(b.fields.filter((f) => f.custom).map((f) => f.id)).not.toEqual(
      a.fields.filter((f) => f.custom).map((f) => f.id),
    );
  });

  it('yields from the streaming form exactly the issues of generateDataset, in order', () => {
    const streamed = [];
    for (const issue of generateIssues(options)) streamed.push(issue);
    expect(streamed).toEqual(generateDataset(options).issues);
    expect(datasetFields(options)).toEqual(generateDataset(options).fields);
  });

  it('produces exactly the requested number of tickets with sequential keys', () => {
    const { issues } = generateDataset({ ...options, projectKey: 'HELP', tickets: 57 });
    expect(issues.map((i) => i.key)).toEqual(Array.from({ length: 57 }, (_, n) => `HELP-${n + 1}`));
    expect(new Set(issues.map((i) => i.id)).size).toBe(57);
  });

  it('produces no issues for zero tickets', () => {
    expect(generateDataset({ ...options, tickets: 0 }).issues).toEqual([]);
  });

  it('rejects invalid options', () => {
    expect(() => generateDataset({ ...options, tickets: -1 })).toThrow();
    expect(() => generateDataset({ ...options, tickets: 1.5 })).toThrow();
    expect(() => generateDataset({ ...options, days: 0 })).toThrow();
    expect(() => generateDataset({ ...options, end: 'next tuesday' })).toThrow();
    expect(() => generateDataset({ ...options, utcOffsetMinutes: 2000 })).toThrow();
  });
});
