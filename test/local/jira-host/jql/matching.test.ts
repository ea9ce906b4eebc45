import { compileJql, matchesJql } from '../../../../src/local/jira-host/jql';
import { anEnv, anIssue, keysMatching, query } from './jql-fixtures';

const mine = anIssue({
  key: 'SUP-1',
  assignee: 'acc-me',
  status: 'Done',
  statusCategoryKey: 'done',
  resolution: 'Fixed',
});
const theirs = anIssue({
  key: 'SUP-2',
  assignee: 'acc-them',
  status: 'In Progress',
  statusCategoryKey: 'indeterminate',
});
const nobodys = anIssue({ key: 'OPS-3', projectKey: 'OPS', assignee: null, issueType: 'Incident' });
const issues = [mine, theirs, nobodys];

describe('matchesJql: precedence and NOT', () => {
  it('evaluates a OR b AND c as a OR (b AND c)', () => {
    // a: SUP-1 only; b: the two SUP issues; c: OPS-3 only. b AND c matches nothing.
    expect(keysMatching('key = SUP-1 OR project = SUP AND project = OPS', issues)).toEqual(['SUP-1']);
    expect(keysMatching('(key = SUP-1 OR project = SUP) AND project = OPS', issues)).toEqual([]);
  });

  it('negates a clause the way Jira does: NOT assignee = x leaves out unassigned issues, like !=', () => {
    expect(keysMatching('NOT assignee = acc-me', issues)).toEqual(['SUP-2']);
    expect(keysMatching('assignee != acc-me', issues)).toEqual(['SUP-2']);
    expect(keysMatching('assignee != acc-me OR assignee IS EMPTY', issues)).toEqual(['SUP-2', 'OPS-3']);
  });

  it('applies De Morgan to NOT over a group', () => {
    expect(keysMatching('NOT (project = SUP AND status = Done)', issues)).toEqual(['SUP-2', 'OPS-3']);
    expect(keysMatching('NOT (status = Done OR issuetype = Incident)', issues)).toEqual(['SUP-2']);
    expect(keysMatching('NOT NOT status = Done', issues)).toEqual(['SUP-1']);
  });

  it('matches everything when there is no restriction', () => {
    expect(keysMatching('ORDER BY key', issues)).toEqual(['SUP-1', 'SUP-2', 'OPS-3']);
  });
});

describe('matchesJql: lists and EMPTY', () => {
  it('IN matches any listed value, and EMPTY in the list adds empty issues', () => {
    expect(keysMatching('assignee IN (acc-me, acc-them)', issues)).toEqual(['SUP-1', 'SUP-2']);
    expect(keysMatching('assignee IN (acc-me, EMPTY)', issues)).toEqual(['SUP-1', 'OPS-3']);
  });

  it('NOT IN leaves out empty issues whether or not EMPTY is listed', () => {
    expect(keysMatching('assignee NOT IN (acc-me)', issues)).toEqual(['SUP-2']);
    expect(keysMatching('assignee NOT IN (acc-me, EMPTY)', issues)).toEqual(['SUP-2']);
  });

  it('treats = EMPTY, IS EMPTY and IS NULL alike, and != EMPTY like IS NOT EMPTY', () => {
    for (const jql of ['assignee = EMPTY', 'assignee IS EMPTY', 'assignee is null']) {
      expect(keysMatching(jql, issues)).toEqual(['OPS-3']);
    }
    expect(keysMatching('assignee != EMPTY', issues)).toEqual(['SUP-1', 'SUP-2']);
    expect(keysMatching('assignee IS NOT EMPTY', issues)).toEqual(['SUP-1', 'SUP-2']);
  });

  it('finds unresolved issues with resolution = Unresolved or IS EMPTY', () => {
    expect(keysMatching('resolution = Unresolved', issues)).toEqual(['SUP-2', 'OPS-3']);
    expect(keysMatching('resolution = "unresolved"', issues)).toEqual(['SUP-2', 'OPS-3']);
    expect(keysMatching('resolution IS EMPTY', issues)).toEqual(['SUP-2', 'OPS-3']);
    expect(keysMatching('resolution != Unresolved', issues)).toEqual(['SUP-1']);
    expect(keysMatching('resolution in (Fixed, Unresolved)', issues)).toEqual(['SUP-1', 'SUP-2', 'OPS-3']);
  });
});

describe('matchesJql: system fields', () => {
  it('compares project, issue type, status and resolution case-insensitively', () => {
    expect(keysMatching('project = sup AND status = "in progress"', issues)).toEqual(['SUP-2']);
    expect(keysMatching('type = INCIDENT', issues)).toEqual(['OPS-3']);
    expect(keysMatching('resolution = fixed', issues)).toEqual(['SUP-1']);
  });

  it('matches status categories by name, key or id', () => {
    for (const value of ['"To Do"', 'new', '2']) {
      expect(keysMatching(`statusCategory = ${value}`, issues)).toEqual(['OPS-3']);
    }
    expect(keysMatching('statusCategory in ("In Progress", done)', issues)).toEqual(['SUP-1', 'SUP-2']);
    expect(keysMatching('statusCategory != Done', issues)).toEqual(['SUP-2', 'OPS-3']);
    expect(keysMatching('statusCategory = 1', issues)).toEqual([]);
  });

  it('compares account ids exactly and resolves currentUser() to the searcher', () => {
    expect(keysMatching('assignee = currentUser()', issues)).toEqual(['SUP-1']);
    expect(keysMatching('assignee = ACC-ME', issues)).toEqual([]);
    expect(keysMatching('assignee = currentUser()', issues, anEnv({ currentUser: 'acc-them' }))).toEqual([
      'SUP-2',
    ]);
    expect(keysMatching('assignee = currentUser()', issues, anEnv({ currentUser: null }))).toEqual([]);
    expect(keysMatching('reporter = acc-reporter AND assignee != currentUser()', issues)).toEqual(['SUP-2']);
  });

  it('finds issues by key or id, and orders keys within a project by number', () => {
    const sup2 = anIssue({ key: 'SUP-2', id: '10002' });
    const sup10 = anIssue({ key: 'SUP-10', id: '10010' });
    const ops5 = anIssue({ key: 'OPS-5', id: '10005' });
    const all = [sup2, sup10, ops5];
    expect(keysMatching('key = sup-10', all)).toEqual(['SUP-10']);
    expect(keysMatching('id = 10005', all)).toEqual(['OPS-5']);
    expect(keysMatching('issuekey in (SUP-2, 10010)', all)).toEqual(['SUP-2', 'SUP-10']);
    expect(keysMatching('key > SUP-2', all)).toEqual(['SUP-10']);
    expect(keysMatching('key <= SUP-10', all)).toEqual(['SUP-2', 'SUP-10']);
    expect(keysMatching('key >= 10005', all)).toEqual(['SUP-10', 'OPS-5']);
  });

  it('finds sub-tasks by parent key', () => {
    const child = anIssue({ key: 'SUP-7', parentKey: 'SUP-1' });
    const orphan = anIssue({ key: 'SUP-8' });
    expect(keysMatching('parent = sup-1', [child, orphan])).toEqual(['SUP-7']);
    expect(keysMatching('parent != SUP-1', [child, orphan])).toEqual([]);
    expect(keysMatching('parent in (SUP-2, SUP-1)', [child, orphan])).toEqual(['SUP-7']);
  });
});

describe('compileJql', () => {
  it('refuses an environment whose time zone is not an IANA zone', () => {
    const compiled = compileJql(query('created > -1d'), anEnv({ timeZone: 'Mars/Olympus' }));
    expect(compiled.ok ? null : compiled.error.code).toBe('JQL.BAD_ENVIRONMENT');
    expect(() => matchesJql(query('created > -1d'), mine, anEnv({ timeZone: 'Mars/Olympus' }))).toThrow(
      /Mars/,
    );
  });

  it('gives the same answers as matchesJql', () => {
    const compiled = compileJql(query('assignee = currentUser() OR statusCategory = new'), anEnv());
    if (!compiled.ok) throw new Error(compiled.error.message);
    expect(issues.filter(compiled.value).map((i) => i.key)).toEqual(['SUP-1', 'OPS-3']);
  });
});
