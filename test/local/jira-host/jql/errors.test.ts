import { parseJql, unboundedQueryError } from '../../../../src/local/jira-host/jql';
import { errorOf } from './jql-fixtures';

const PREFIX = 'Error in the JQL Query: ';
const OPERATORS =
  "The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'.";
const ESCAPES = "The valid escape sequences are \\', \\\", \\t, \\n, \\r, \\\\, '\\ ' and \\uXXXX.";

// Cases and messages from Jira's own functional test of its JQL parser (TestJqlParsing).
describe('syntax errors read like Jira', () => {
  it.each([
    ["comment ~ 'test", "The quoted string 'test' has not been completed. (line 1, character 11)"],
    ['priority="test\nword', "The quoted string 'test word' has not been completed. (line 1, character 10)"],
    ["comment ~ '", 'The quoted string has not been completed. (line 1, character 11)'],
    ["comme\\unt ~ 'test", `'\\un' is an illegal JQL escape sequence. ${ESCAPES} (line 1, character 6)`],
    ['status = \\q', `'\\q' is an illegal JQL escape sequence. ${ESCAPES} (line 1, character 10)`],
    ['status = a\\', `The escape sequence has not been completed. ${ESCAPES} (line 1, character 11)`],
    [
      'mine{www = qwwr',
      "The character '{' is a reserved JQL character. You must enclose it in a string or use the escape '\\u007b' instead. (line 1, character 5)",
    ],
    [
      'minewww# = qwwr',
      "The character '#' is a reserved JQL character. You must enclose it in a string or use the escape '\\u0023' instead. (line 1, character 8)",
    ],
    [
      'reporter=a/user/with/slash',
      "The character '/' is a reserved JQL character. You must enclose it in a string or use the escape '\\u002f' instead. (line 1, character 11)",
    ],
    [
      'minewww =\u007fqwwr',
      "The character 'U+007F' on line 1 at position 10 must be escaped. Use the escape '\\u007f' instead. (line 1, character 10)",
    ],
    [
      'aaaaa=-3482094382084092840932809482',
      "'-3482094382084092840932809482' is not a valid number. Numbers must be between -9,223,372,036,854,775,808 and 9,223,372,036,854,775,807. (line 1, character 7)",
    ],
    [
      'summary ~ select',
      "'select' is a reserved JQL word. You must surround it in quotation marks to use it in a query. (line 1, character 11)",
    ],
    ['a =b order', "Expecting 'by' before the end of the query."],
    ['a =b order summary', "Expecting 'by' but got 'summary'. (line 1, character 12)"],
    ['a =b order by', 'Expecting a field name at the end of the query.'],
    [
      'a =b order by asc',
      "Expecting a field name but got 'asc'. You must surround 'asc' in quotation marks to use it as a field name. (line 1, character 15)",
    ],
    ['a =b order by ajsks blah', "Expecting either 'ASC' or 'DESC' but got 'blah'. (line 1, character 21)"],
    [
      'comment !~ "brenden" and cf[1000] = jill order by a desc b',
      "Expecting ',' but got 'b'. (line 1, character 58)",
    ],
    ['a =b order by "" desc', 'A field name cannot be empty. (line 1, character 15)'],
    ["'' = c", 'A field name cannot be empty. (line 1, character 1)'],
    ["a = ''()", 'A function name cannot be empty. (line 1, character 5)'],
    ['a', `Expecting operator before the end of the query. ${OPERATORS}`],
    ['a blah >', `Expecting operator but got 'blah'. ${OPERATORS} (line 1, character 3)`],
    ['a =a and j not is empty', "Expecting 'IN' but got 'is'. (line 1, character 16)"],
    ['a =a and j is ! empty', "Expecting 'NOT' but got '!'. (line 1, character 15)"],
    ['a = func(', "Expecting ')' before the end of the query."],
    ['a = func(, and not (a = x)', "Expecting ')' but got ','. (line 1, character 10)"],
    ['b=func(bad', "Expecting ')' before the end of the query."],
    ['bas=func(bad,)', 'Function argument must be specified. (line 1, character 14)'],
    ['bas=func(bad,', 'Expecting a function argument at the end of the query.'],
    [
      'k = func(!',
      "Expecting a function argument but got '!'. You must surround '!' in quotation marks to use it as an argument. (line 1, character 10)",
    ],
    ['k = func(abc, jk!)', "Expecting ')' or ',' but got '!'. (line 1, character 17)"],
    ['(a=b and c = d', "Expecting ')' before the end of the query."],
    ['b in ((12, (288)', "Expecting ')' before the end of the query."],
    ['abc IN ((foo) abc = a', "Expecting ')' but got 'abc'. (line 1, character 15)"],
    ['status in (Open, Done AND x', "Expecting ')' but got 'AND'. (line 1, character 23)"],
    ['a=', 'Expecting either a value, list or function before the end of the query.'],
    [
      'a=!',
      "Expecting either a value, list or function but got '!'. You must surround '!' in quotation marks to use it as a value. (line 1, character 3)",
    ],
    [
      'a=(a,(,bad))',
      "Expecting either a value, list or function but got ','. You must surround ',' in quotation marks to use it as a value. (line 1, character 7)",
    ],
    ['a=b c=d', "Expecting either 'OR' or 'AND' but got 'c'. (line 1, character 5)"],
    ['a=b !c=d', "Expecting either 'OR' or 'AND' but got '!'. (line 1, character 5)"],
    ['a = ((c,d), d, e, f, yyy) and', 'Expecting a field name at the end of the query.'],
    [
      ', a = b',
      "Expecting a field name but got ','. You must surround ',' in quotation marks to use it as a field name. (line 1, character 1)",
    ],
    ['[brenden] = a', "Expecting a field name but got '['. Did you mean 'cf['? (line 1, character 1)"],
    [
      'project = ENG\nAND ) ',
      "Expecting a field name but got ')'. You must surround ')' in quotation marks to use it as a field name. (line 2, character 5)",
    ],
  ])('%j', (jql, detail) => {
    const parsed = parseJql(jql);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error).toEqual({
      code: 'JQL.SYNTAX',
      message: PREFIX + detail,
      messages: [PREFIX + detail],
    });
  });
});

describe('validation errors read like Jira', () => {
  it.each([
    [
      'foo = bar',
      'JQL.UNKNOWN_FIELD',
      "Field 'foo' does not exist or you do not have permission to view it.",
    ],
    [
      'cf[10010] = x',
      'JQL.UNKNOWN_FIELD',
      "Field 'cf[10010]' does not exist or you do not have permission to view it.",
    ],
    [
      'project = SUP ORDER BY rank',
      'JQL.UNKNOWN_FIELD',
      "Field 'rank' does not exist or you do not have permission to view it.",
    ],
    ['assignee = membersOf()', 'JQL.UNKNOWN_FUNCTION', "Unable to find JQL function 'membersOf()'."],
    [
      'assignee in membersOf(jira-users)',
      'JQL.UNKNOWN_FUNCTION',
      "Unable to find JQL function 'membersOf(jira-users)'.",
    ],
    ['created > currentLogin()', 'JQL.UNKNOWN_FUNCTION', "Unable to find JQL function 'currentLogin()'."],
    ['status ~ Open', 'JQL.UNSUPPORTED_OPERATOR', "The operator '~' is not supported by the 'status' field."],
    ['status > Open', 'JQL.UNSUPPORTED_OPERATOR', "The operator '>' is not supported by the 'status' field."],
    [
      'parent is EMPTY',
      'JQL.UNSUPPORTED_OPERATOR',
      "The operator 'is' is not supported by the 'parent' field.",
    ],
    [
      'statusCategory is empty',
      'JQL.UNSUPPORTED_OPERATOR',
      "The operator 'is' is not supported by the 'statusCategory' field.",
    ],
    [
      'qualityNotes = x',
      'JQL.UNSUPPORTED_OPERATOR',
      "The operator '=' is not supported by the 'qualityNotes' field.",
    ],
    [
      'qualityStage > x',
      'JQL.UNSUPPORTED_OPERATOR',
      "The operator '>' is not supported by the 'qualityStage' field.",
    ],
    [
      'status was Open',
      'JQL.UNSUPPORTED_OPERATOR',
      "The operator 'was' is not supported by the 'status' field.",
    ],
    [
      'status is Open',
      'JQL.UNSUPPORTED_OPERATOR',
      "The operator 'is' only supports the use of 'EMPTY' or 'NULL'.",
    ],
    ['status in Open', 'JQL.UNSUPPORTED_OPERATOR', "The operator 'in' only supports a list of values."],
    ['status = (a, b)', 'JQL.UNSUPPORTED_OPERATOR', "The operator '=' does not support a list of values."],
    [
      'created > EMPTY',
      'JQL.UNSUPPORTED_OPERATOR',
      "The operator '>' does not support searching for EMPTY values.",
    ],
    [
      'status = currentUser()',
      'JQL.INVALID_VALUE',
      "A value provided by the function 'currentUser' is invalid for the field 'status'.",
    ],
    [
      'assignee = now()',
      'JQL.INVALID_VALUE',
      "A value provided by the function 'now' is invalid for the field 'assignee'.",
    ],
    ['created > now(1)', 'JQL.INVALID_VALUE', "Function 'now' expected '0' arguments but received '1'."],
    [
      'assignee = currentUser(x)',
      'JQL.INVALID_VALUE',
      "Function 'currentUser' expected '0' arguments but received '1'.",
    ],
    [
      'created > startOfDay(-1d, 2)',
      'JQL.INVALID_VALUE',
      "Function 'startOfDay' expected between '0' and '1' arguments but received '2'.",
    ],
    [
      'created > startOfDay("invalid")',
      'JQL.INVALID_VALUE',
      "Duration for function 'startOfDay' should have the format (+/-)n(yMwdm), e.g -1M for 1 month earlier.",
    ],
    [
      'updated >= yesterday',
      'JQL.INVALID_VALUE',
      "Date value 'yesterday' for field 'updated' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.",
    ],
    [
      'createdDate < "2026-02-30"',
      'JQL.INVALID_VALUE',
      "Date value '2026-02-30' for field 'createdDate' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.",
    ],
    ['key = SUP', 'JQL.INVALID_VALUE', "The issue key 'SUP' for field 'key' is invalid."],
    [
      'parent in (SUP-1, "not a key")',
      'JQL.INVALID_VALUE',
      "The issue key 'not a key' for field 'parent' is invalid.",
    ],
    [
      'statusCategory = Finished',
      'JQL.INVALID_VALUE',
      "The value 'Finished' does not exist for the field 'statusCategory'.",
    ],
    [
      'qualityScore > high',
      'JQL.INVALID_VALUE',
      "Value 'high' for the 'qualityScore' field is not a valid number.",
    ],
  ])('%j', (jql, code, message) => {
    const parsed = parseJql(jql, {
      aliases: [
        {
          propertyKey: 'quality',
          values: [
            { path: 'stage', type: 'string', searchAlias: 'qualityStage' },
            { path: 'score', type: 'number', searchAlias: 'qualityScore' },
            { path: 'notes', type: 'text', searchAlias: 'qualityNotes' },
          ],
        },
      ],
    });
    expect(parsed.ok ? null : { code: parsed.error.code, message: parsed.error.message }).toEqual({
      code,
      message,
    });
  });

  it('refuses values the host says do not exist, by name or by id', () => {
    const known = { project: ['SUP', 'Support'], status: ['Open', 'Done'] };
    expect(errorOf('project = NOPE', { known })).toBe(
      "The value 'NOPE' does not exist for the field 'project'.",
    );
    expect(errorOf('status = 10000', { known })).toBe(
      "A value with ID '10000' does not exist for the field 'status'.",
    );
    expect(errorOf('project in (sup, support) AND status = DONE', { known })).toBeNull();
    expect(errorOf('resolution = Unresolved', { known: { resolution: ['Done'] } })).toBeNull();
  });

  it('reports every validation problem, as Jira lists them all', () => {
    const parsed = parseJql('foo = 1 AND status ~ x OR bar = 2');
    expect(parsed.ok ? [] : parsed.error.messages).toEqual([
      "Field 'foo' does not exist or you do not have permission to view it.",
      "The operator '~' is not supported by the 'status' field.",
      "Field 'bar' does not exist or you do not have permission to view it.",
    ]);
  });

  it('offers the enhanced search answer to an unbounded query', () => {
    expect(unboundedQueryError().message).toBe(
      'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.',
    );
  });
});
