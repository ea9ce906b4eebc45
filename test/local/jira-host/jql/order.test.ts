import { orderBy, type JqlIssue } from '../../../../src/local/jira-host/jql';
import { anIssue, at, query } from './jql-fixtures';

const sorted = (jql: string, issues: readonly JqlIssue[]) =>
  [...issues].sort(orderBy(query(jql))).map((i) => i.key);

const day = (d: number) => at(`2026-10-0${d}T00:00:00Z`);
const a = anIssue({
  key: 'SUP-2',
  id: '2',
  status: 'Open',
  created: day(3),
  resolved: null,
  properties: { quality: { score: 9 } },
});
const b = anIssue({
  key: 'SUP-10',
  id: '10',
  status: 'Done',
  created: day(1),
  resolved: day(4),
  properties: { quality: { score: 10 } },
});
const c = anIssue({ key: 'OPS-7', id: '7', status: 'Open', created: day(2), resolved: day(5) });
const d = anIssue({ key: 'SUP-1', id: '1', status: 'done', created: day(2), resolved: null });
const issues = [a, b, c, d];

describe('orderBy', () => {
  it('sorts by several keys, each with its direction', () => {
    // status: done (SUP-10, SUP-1) before open (SUP-2, OPS-7); then created, newest first.
    expect(sorted('project in (SUP, OPS) ORDER BY status ASC, created DESC', issues)).toEqual([
      'SUP-1',
      'SUP-10',
      'SUP-2',
      'OPS-7',
    ]);
    expect(sorted('ORDER BY status DESC, created ASC', issues)).toEqual([
      'OPS-7',
      'SUP-2',
      'SUP-10',
      'SUP-1',
    ]);
  });

  it('sorts keys by project, then numerically by issue number', () => {
    expect(sorted('ORDER BY key', issues)).toEqual(['OPS-7', 'SUP-1', 'SUP-2', 'SUP-10']);
    expect(sorted('ORDER BY issuekey DESC', issues)).toEqual(['SUP-10', 'SUP-2', 'SUP-1', 'OPS-7']);
  });

  it('uses each field’s own direction when none is given: dates newest first', () => {
    // SUP-1 and OPS-7 tie on created; the tie goes by id in the key's (descending) direction.
    expect(sorted('ORDER BY created', issues)).toEqual(['SUP-2', 'OPS-7', 'SUP-1', 'SUP-10']);
  });

  it('sorts by created DESC when the query has no ORDER BY, ties by id in the same direction', () => {
    // SUP-1 (id 1) and OPS-7 (id 7) were created at the same instant.
    expect(sorted('project in (SUP, OPS)', issues)).toEqual(['SUP-2', 'OPS-7', 'SUP-1', 'SUP-10']);
  });

  it('breaks ties by numeric id so pages are stable', () => {
    const same = [
      anIssue({ id: '100', key: 'X-1' }),
      anIssue({ id: '20', key: 'X-2' }),
      anIssue({ id: '3', key: 'X-3' }),
    ];
    expect(sorted('ORDER BY status ASC', same)).toEqual(['X-3', 'X-2', 'X-1']);
    expect(sorted('ORDER BY status DESC', same)).toEqual(['X-1', 'X-2', 'X-3']);
  });

  it('puts EMPTY values last when ascending and first when descending', () => {
    expect(sorted('ORDER BY resolved ASC', issues)).toEqual(['SUP-10', 'OPS-7', 'SUP-1', 'SUP-2']);
    expect(sorted('ORDER BY resolved DESC', issues)).toEqual(['SUP-2', 'SUP-1', 'OPS-7', 'SUP-10']);
  });

  it('sorts a number property numerically', () => {
    expect(sorted('ORDER BY qualityScore DESC, key ASC', issues)).toEqual([
      'OPS-7',
      'SUP-1',
      'SUP-10',
      'SUP-2',
    ]);
    expect(sorted('ORDER BY qualityScore ASC, key ASC', issues)).toEqual([
      'SUP-2',
      'SUP-10',
      'OPS-7',
      'SUP-1',
    ]);
  });

  it('orders status categories To Do, In Progress, Done', () => {
    const todo = anIssue({ key: 'T', statusCategoryKey: 'new' });
    const doing = anIssue({ key: 'P', statusCategoryKey: 'indeterminate' });
    const done = anIssue({ key: 'D', statusCategoryKey: 'done' });
    expect(sorted('ORDER BY statusCategory', [done, todo, doing])).toEqual(['T', 'P', 'D']);
  });
});
