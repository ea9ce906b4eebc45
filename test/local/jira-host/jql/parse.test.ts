import { isBounded, printJql } from '../../../../src/local/jira-host/jql';
import { QUALITY_INDEX, query, shape } from './jql-fixtures';

const where = (jql: string) => shape(query(jql).where);

describe('parseJql: boolean structure', () => {
  it('binds AND tighter than OR: a OR b AND c is a OR (b AND c)', () => {
    expect(where('status = a OR status = b AND status = c')).toBe('or(status=a, and(status=b, status=c))');
  });

  it('lets parentheses override precedence', () => {
    expect(where('(status = a OR status = b) AND status = c')).toBe('and(or(status=a, status=b), status=c)');
  });

  it('binds NOT tighter than AND, and applies it to a parenthesised group', () => {
    expect(where('NOT status = a AND status = b')).toBe('and(not(status=a), status=b)');
    expect(where('NOT (status = a AND status = b)')).toBe('not(and(status=a, status=b))');
    expect(where('NOT NOT status = a')).toBe('not(not(status=a))');
  });

  it('flattens chains of the same operator', () => {
    expect(where('status = a AND status = b AND (status = c AND status = d)')).toBe(
      'and(status=a, status=b, status=c, status=d)',
    );
  });

  it('reads &, &&, |, || and ! as AND, OR and NOT', () => {
    expect(where('status = a && status = b || ! status = c & status = d | status = e')).toBe(
      'or(and(status=a, status=b), and(not(status=c), status=d), status=e)',
    );
  });

  it('reads keywords and field names case-insensitively', () => {
    expect(where('PROJECT = SUP and Status In (a, b) oR TYPE not IN (Bug) AnD assignee iS nOt EmPtY')).toBe(
      'or(and(project=SUP, status in (a,b)), and(issuetype not in (Bug), assignee is not EMPTY))',
    );
  });
});

describe('parseJql: operands', () => {
  it('reads lists, flattening nested ones, with EMPTY and NULL as the empty value', () => {
    expect(where('status in (a, (b, c), EMPTY, null)')).toBe('status in (a,b,c,EMPTY,EMPTY)');
  });

  it('reads single and double quotes with Jira escapes', () => {
    expect(where(`resolution = 'Won\\'t Do' AND status = "say \\"hi\\"\\tnow"`)).toBe(
      'and(resolution=Won\'t Do, status=say "hi"\tnow)',
    );
    expect(where('status = \\u0041bc\\ def')).toBe('status=Abc def');
  });

  it('keeps a quoted keyword or EMPTY as plain text', () => {
    expect(where('status = "EMPTY" OR status = "and"')).toBe('or(status=EMPTY, status=and)');
    const value = query('status = "EMPTY"').where;
    expect(value?.kind === 'clause' && value.operand.kind === 'single' && value.operand.value.kind).toBe(
      'string',
    );
  });

  it('tells an unquoted integer (epoch ms for dates) from a quoted one', () => {
    const kinds = (jql: string) => {
      const w = query(jql).where;
      return w?.kind === 'clause' && w.operand.kind === 'single' ? w.operand.value.kind : null;
    };
    expect(kinds('created > 1700000000000')).toBe('number');
    expect(kinds('created > "-5"')).toBe('string');
  });

  it('reads function calls with quoted or bare arguments', () => {
    expect(
      where('created > startOfDay(-1d) AND updated < endOfMonth("+1") AND assignee = currentUser()'),
    ).toBe('and(created>startOfDay(-1d), updated<endOfMonth(+1), assignee=currentUser())');
  });
});

describe('parseJql: fields', () => {
  it('accepts the documented aliases of system fields', () => {
    expect(
      where(
        'type = a AND createdDate > 0 AND updatedDate > 0 AND resolutiondate > 0 AND issuekey = SUP-1 AND id = 10001',
      ),
    ).toBe('and(issuetype=a, created>0, updated>0, resolved>0, key=SUP-1, key=10001)');
  });

  it('reads entity properties as issue.property[key].path', () => {
    expect(where('issue.property[quality].stage = Analysing AND issue.property["my.key"].a.b > 3')).toBe(
      'and(quality.stage=Analysing, my.key.a.b>3)',
    );
  });

  it('resolves declared search aliases case-insensitively, with the declared type', () => {
    const w = query('QUALITYSCORE > 3', { aliases: [QUALITY_INDEX] }).where;
    expect(w?.kind === 'clause' && w.field).toEqual({
      kind: 'property',
      key: 'quality',
      path: 'score',
      type: 'number',
      name: 'QUALITYSCORE',
      alias: true,
    });
  });

  it('prefers the system field when an alias has a system field name', () => {
    const shadow = {
      propertyKey: 'p',
      values: [{ path: 'x', type: 'string' as const, searchAlias: 'status' }],
    };
    expect(query('status = a', { aliases: [shadow] }).where).toMatchObject({
      field: { kind: 'system', id: 'status' },
    });
  });
});

describe('parseJql: ORDER BY', () => {
  it('reads several keys with and without a direction', () => {
    const q = query('project = SUP ORDER BY status ASC, created desc, KEY');
    expect(q.orderBy.map((s) => [s.field.kind === 'system' && s.field.id, s.direction])).toEqual([
      ['status', 'asc'],
      ['created', 'desc'],
      ['key', null],
    ]);
  });

  it('accepts a query that only sorts, and an empty one, as unbounded', () => {
    const sortOnly = query('ORDER BY created');
    expect(sortOnly.where).toBeNull();
    expect(isBounded(sortOnly)).toBe(false);
    expect(query('').where).toBeNull();
    expect(isBounded(query('status = a'))).toBe(true);
  });
});

describe('printJql', () => {
  it('prints canonical JQL that keeps precedence with the fewest parentheses', () => {
    const q = query('(type = a OR status = b) AND NOT (status = c OR qualityScore > 2) ORDER BY key DESC');
    expect(printJql(q)).toBe(
      '(issuetype = "a" OR status = "b") AND NOT (status = "c" OR qualityScore > 2) ORDER BY key DESC',
    );
  });

  it('quotes and escapes values and prints properties, lists and functions', () => {
    const q = query(
      `issue.property[quality].stage IN ('a"b', EMPTY) AND created >= startOfDay(-1d) AND created < 5`,
    );
    expect(printJql(q)).toBe(
      'issue.property[quality].stage IN ("a\\"b", EMPTY) AND created >= startOfDay("-1d") AND created < 5',
    );
  });
});
