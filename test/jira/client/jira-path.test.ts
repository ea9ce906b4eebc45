import { buildPath, withoutQuery } from '../../../src/jira/client/jira-path';

describe('buildPath', () => {
  it('encodes each path parameter as one segment', () => {
    expect(
      buildPath('/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}', {
        issueIdOrKey: 'SUP 1/../x?y#z',
        propertyKey: 'ql.plan',
      }),
    ).toEqual({ ok: true, value: '/rest/api/3/issue/SUP%201%2F..%2Fx%3Fy%23z/properties/ql.plan' });
  });

  it('refuses segments that would name another resource', () => {
    for (const bad of ['', '.', '..']) {
      expect(buildPath('/rest/api/3/issue/{issueIdOrKey}', { issueIdOrKey: bad })).toEqual({
        ok: false,
        error: { code: 'JIRA.INVALID_CALL', message: `path parameter issueIdOrKey must not be "${bad}"` },
      });
    }
  });

  it('percent-encodes query values, joins lists with commas and leaves out undefined', () => {
    const built = buildPath(
      '/rest/api/3/search/jql',
      {},
      {
        jql: 'project = SUP AND text ~ "a&b"',
        fields: ['summary', 'customfield_10020'],
        maxResults: 100,
        nextPageToken: undefined,
        failFast: false,
      },
    );

    expect(built).toEqual({
      ok: true,
      value:
        '/rest/api/3/search/jql?jql=project%20%3D%20SUP%20AND%20text%20~%20%22a%26b%22' +
        '&fields=summary,customfield_10020&maxResults=100&failFast=false',
    });
  });

  it('strips the query for messages', () => {
    expect(withoutQuery('/rest/api/3/search/jql?jql=x')).toBe('/rest/api/3/search/jql');
    expect(withoutQuery('/rest/api/3/myself')).toBe('/rest/api/3/myself');
  });
});
