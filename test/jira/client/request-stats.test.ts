import { getIssue, searchJql, setIssueProperty } from '../../../src/jira/endpoints';
import { answer, scriptedClient } from './fake-jira';

const issue = (key: string) => ({ id: '10001', key, fields: {} });

describe('request counter', () => {
  it('counts every request by normalised endpoint, retries included', async () => {
    const { client } = scriptedClient([
      answer(200, issue('SUP-1')),
      answer(429, null, { 'retry-after': '1' }),
      answer(200, issue('SUP-2')),
      answer(204),
      answer(200, { issues: [] }),
    ]);

    await getIssue(client, 'SUP-1');
    await getIssue(client, 'SUP-2');
    await setIssueProperty(client, 'SUP-1', 'quality-loop.flag', { flagged: true });
    await searchJql(client, { jql: 'project = SUP' });

    expect(client.stats()).toEqual({
      total: 5,
      retries: 1,
      byEndpoint: {
        'GET /rest/api/3/issue/{issueIdOrKey}': 3,
        'PUT /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}': 1,
        'GET /rest/api/3/search/jql': 1,
      },
    });
  });

  it('hands out snapshots that later requests do not change, and resets', async () => {
    const { client } = scriptedClient([answer(200, issue('SUP-1')), answer(200, issue('SUP-1'))]);

    await getIssue(client, 'SUP-1');
    const before = client.stats();
    await getIssue(client, 'SUP-1');

    expect(before).toEqual({
      total: 1,
      retries: 0,
      byEndpoint: { 'GET /rest/api/3/issue/{issueIdOrKey}': 1 },
    });
    client.resetStats();
    expect(client.stats()).toEqual({ total: 0, retries: 0, byEndpoint: {} });
  });

  it('does not count a call refused before sending', async () => {
    const { client, sent } = scriptedClient([]);

    const result = await getIssue(client, '..');

    expect(sent).toEqual([]);
    expect(client.stats().total).toBe(0);
    expect(!result.ok && result.error).toMatchObject({
      code: 'JIRA.INVALID_CALL',
      message:
        'GET /rest/api/3/issue/{issueIdOrKey} was not sent: path parameter issueIdOrKey must not be ".."',
    });
  });
});
