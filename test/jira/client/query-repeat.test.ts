import { buildPath } from '../../../src/jira/client/jira-path';

describe('query parameters', () => {
  it('sends a repeated parameter once per value, each percent-encoded (user bulk)', () => {
    const path = buildPath(
      '/rest/api/3/user/bulk',
      {},
      {
        maxResults: 50,
        accountId: { repeat: ['557058:a b', 'qm-1'] },
      },
    );
    expect(path).toEqual({
      ok: true,
      value: '/rest/api/3/user/bulk?maxResults=50&accountId=557058%3Aa%20b&accountId=qm-1',
    });
  });

  it('still sends a list comma-separated', () => {
    const path = buildPath('/rest/api/3/search/jql', {}, { fields: ['summary', 'status'] });
    expect(path).toEqual({ ok: true, value: '/rest/api/3/search/jql?fields=summary,status' });
  });
});
