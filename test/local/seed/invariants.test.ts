import fc from 'fast-check';
import { generateDataset, type JiraIssue, type JsmSlaValue } from '../../../src/local/seed';
import { customValue, fieldIdsByCustomType, parseJiraTime, resolutionChanges } from './kpi-probe';

const optionsArb = fc.record({
  seed: fc.oneof(fc.integer(), fc.string({ maxLength: 12 })),
  tickets: fc.integer({ min: 0, max: 60 }),
  days: fc.integer({ min: 1, max: 20 }),
  end: fc
    .date({
      min: new Date('2024-01-01T00:00:00Z'),
      max: new Date('2027-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString()),
  utcOffsetMinutes: fc.constantFrom(-600, -330, 0, 345, 480, 540),
});

const lastResolutionSet = (issue: JiraIssue): number | null => {
  const changes = resolutionChanges(issue);
  const last = changes[changes.length - 1];
  return last?.set ? last.at : null;
};

describe('generator invariants for arbitrary options', () => {
  it('holds the ticket count, the period, the changelog logic and the SLA rule', () => {
    fc.assert(
      fc.property(optionsArb, (options) => {
        const { fields, issues } = generateDataset(options);
        const endMs = Date.parse(options.end);
        const slaIds = fieldIdsByCustomType(fields, 'com.atlassian.servicedesk:sd-sla-field');
        expect(issues).toHaveLength(options.tickets);
        for (const issue of issues) {
          const created = parseJiraTime(issue.fields.created);
          expect(created).toBeGreaterThanOrEqual(endMs - options.days * 86_400_000);
          expect(created).toBeLessThan(endMs);
          expect(parseJiraTime(issue.fields.updated)).toBeLessThan(endMs);
          // The resolution alternates set/cleared, and the fields reflect the last change.
          const changes = resolutionChanges(issue);
          changes.forEach((c, n) => expect(c.set).toBe(n % 2 === 0));
          if (changes.length > 0) {
            const last = lastResolutionSet(issue);
            expect(
              issue.fields.resolutiondate === null ? null : parseJiraTime(issue.fields.resolutiondate),
            ).toBe(last);
          }
          for (const id of slaIds) {
            const sla = customValue(issue, id) as JsmSlaValue;
            for (const c of sla.completedCycles)
              expect(c.breached).toBe(c.elapsedTime.millis > c.goalDuration.millis);
            const o = sla.ongoingCycle;
            if (o) {
              expect(o.breached).toBe(o.elapsedTime.millis > o.goalDuration.millis);
              expect(o.elapsedTime.millis).toBeLessThanOrEqual(endMs - o.startTime.epochMillis);
            }
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});
