import fc from 'fast-check';
import { matchesJql, printJql, type JqlIssue } from '../../../../src/local/jira-host/jql';
import { anEnv, anIssue, at, query } from './jql-fixtures';

const env = anEnv({ timeZone: 'Asia/Shanghai' });

const clause = fc.constantFrom(
  'status = Open',
  'status != Done',
  'status in (Open, "In Progress")',
  'status not in (done)',
  'assignee = acc-me',
  'assignee != acc-me',
  'assignee IS EMPTY',
  'assignee is not null',
  'assignee in (acc-them, EMPTY)',
  'assignee = currentUser()',
  'resolution = Unresolved',
  'resolution = Fixed',
  'statusCategory = "To Do"',
  'statusCategory != done',
  'project = SUP',
  'project not in (OPS)',
  'created > "2026-10-05"',
  'created <= -10d',
  'resolved >= startOfMonth()',
  'resolved < "2026-10-10 12:00"',
  'key > SUP-3',
  'key in (SUP-1, OPS-2)',
  'qualityScore >= 10',
  'qualityScore in (3, EMPTY)',
  'qualityStage = Analysing',
  'issue.property[quality].tags = vip',
  'parent = SUP-1',
);

/** Random JQL where-clauses, parenthesised or not, so precedence is exercised too. */
const jql: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    clause,
    fc.tuple(fc.boolean(), tie('node')).map(([paren, n]) => (paren ? `NOT (${n})` : `NOT ${n}`)),
    fc
      .tuple(fc.constantFrom('AND', 'OR', '&&', '||'), fc.boolean(), tie('node'), tie('node'))
      .map(([op, paren, a, b]) => (paren ? `(${a}) ${op} (${b})` : `${a} ${op} ${b}`)),
  ),
})).node;

const issue: fc.Arbitrary<JqlIssue> = fc
  .record({
    key: fc.constantFrom('SUP-1', 'SUP-3', 'SUP-12', 'OPS-2'),
    id: fc.integer({ min: 1, max: 99 }),
    status: fc.constantFrom('Open', 'Done', 'In Progress'),
    statusCategoryKey: fc.constantFrom('new' as const, 'indeterminate' as const, 'done' as const),
    resolution: fc.constantFrom(null, 'Fixed'),
    created: fc.integer({ min: at('2026-09-20T00:00:00Z'), max: at('2026-10-20T00:00:00Z') }),
    resolved: fc.option(
      fc.constantFrom(at('2026-09-30T16:00:00Z'), at('2026-10-10T04:00:00Z'), at('2026-10-12T00:00:00Z')),
    ),
    assignee: fc.constantFrom(null, 'acc-me', 'acc-them'),
    parentKey: fc.constantFrom(null, 'SUP-1'),
    quality: fc.record(
      {
        score: fc.integer({ min: 0, max: 15 }),
        stage: fc.constantFrom('Analysing', 'Planning'),
        tags: fc.subarray(['vip', 'urgent']),
      },
      { requiredKeys: [] },
    ),
  })
  .map(({ quality, id, ...fields }) =>
    anIssue({
      ...fields,
      id: String(id),
      projectKey: fields.key.split('-')[0] ?? '',
      properties: { quality },
    }),
  );

const matches = (text: string, i: JqlIssue) => matchesJql(query(text), i, env);

describe('JQL laws on random queries and issues', () => {
  it('printing then parsing gives a fixpoint that matches the same issues', () => {
    fc.assert(
      fc.property(jql, fc.array(issue, { maxLength: 8 }), (text, issues) => {
        const printed = printJql(query(text));
        expect(printJql(query(printed))).toBe(printed);
        for (const i of issues) expect(matches(printed, i)).toBe(matches(text, i));
      }),
    );
  });

  it('De Morgan: NOT (a AND b) ≡ NOT a OR NOT b, and NOT (a OR b) ≡ NOT a AND NOT b', () => {
    fc.assert(
      fc.property(jql, jql, issue, (a, b, i) => {
        expect(matches(`NOT ((${a}) AND (${b}))`, i)).toBe(matches(`NOT (${a}) OR NOT (${b})`, i));
        expect(matches(`NOT ((${a}) OR (${b}))`, i)).toBe(matches(`NOT (${a}) AND NOT (${b})`, i));
      }),
    );
  });

  it('IN is the OR of its equalities, and NOT IN the AND of its inequalities', () => {
    const statuses = fc.uniqueArray(fc.constantFrom('Open', 'Done', '"In Progress"', 'Closed'), {
      minLength: 1,
      maxLength: 4,
    });
    fc.assert(
      fc.property(statuses, issue, (values, i) => {
        expect(matches(`status in (${values.join(', ')})`, i)).toBe(
          matches(values.map((v) => `status = ${v}`).join(' OR '), i),
        );
        expect(matches(`status not in (${values.join(', ')})`, i)).toBe(
          matches(values.map((v) => `status != ${v}`).join(' AND '), i),
        );
      }),
    );
  });

  it('never matches an empty field with !=, NOT IN or a comparison, even under NOT', () => {
    fc.assert(
      fc.property(issue, fc.constantFrom('acc-me', 'acc-them', 'nobody'), (i, who) => {
        const unassigned = { ...i, assignee: null, resolved: null };
        expect(matches(`assignee != ${who}`, unassigned)).toBe(false);
        expect(matches(`NOT assignee in (${who})`, unassigned)).toBe(false);
        expect(matches('NOT resolved > "2026-10-01"', unassigned)).toBe(false);
      }),
    );
  });
});
