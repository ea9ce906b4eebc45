import { forgeJiraClient, forgeTransport, isForgeConsentRequest } from '../../src/forge/jira-transport';
import { getMyself, setIssueProperty } from '../../src/jira/endpoints';
import { answerForge, forgeApiModule, forgeCalls } from './forge-api-mock';

jest.mock('@forge/api', () => jest.requireActual('./forge-api-mock').forgeApiModule);

describe('forgeTransport over requestJira', () => {
  it('calls asApp().requestJira with the path as a trusted route and JSON headers', async () => {
    answerForge({
      status: 200,
      body: '{"accountId":"app-1"}',
      headers: { 'Content-Type': 'application/json', 'X-RateLimit-Remaining': '42' },
    });

    const response = await forgeTransport('app').request('GET', '/rest/api/3/myself');

    expect(response).toEqual({
      status: 200,
      headers: { 'content-type': 'application/json', 'x-ratelimit-remaining': '42' },
      json: { accountId: 'app-1' },
    });
    expect(forgeApiModule.assumeTrustedRoute).toHaveBeenLastCalledWith('/rest/api/3/myself');
    expect(forgeCalls).toEqual([
      {
        principal: 'app',
        route: { value: '/rest/api/3/myself' },
        init: { method: 'GET', headers: { Accept: 'application/json' } },
      },
    ]);
  });

  it('calls asUser() for the user and sends a JSON body', async () => {
    answerForge({ status: 204 });

    const response = await forgeTransport('user').request(
      'PUT',
      '/rest/api/3/issue/SUP-1/properties/ql.flag',
      {
        flagged: true,
      },
    );

    expect(response.json).toBeNull();
    expect(forgeCalls[0]).toEqual({
      principal: 'user',
      route: { value: '/rest/api/3/issue/SUP-1/properties/ql.flag' },
      init: {
        method: 'PUT',
        headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
        body: '{"flagged":true}',
      },
    });
  });

  it('opts in to experimental JSM methods and keeps a text body', async () => {
    answerForge({ status: 404, body: 'Not Found' });

    const response = await forgeTransport('app').request(
      'GET',
      '/rest/servicedeskapi/request/SUP-1/feedback',
    );

    expect(response.json).toBe('Not Found');
    expect(forgeCalls[0]?.init).toEqual({
      method: 'GET',
      headers: { Accept: 'application/json', 'X-ExperimentalApi': 'opt-in' },
    });
  });

  it.each([
    '/rest/api/3/issue/../../admin',
    '/rest/api/3/issue/%2e%2e/x',
    '/wiki/rest/api/content',
    'rest/api/3/myself',
    '/rest/api/3/myself#x',
  ])('refuses %s before calling Forge', async (path) => {
    answerForge({ status: 200 });

    await expect(forgeTransport('app').request('GET', path)).rejects.toThrow(
      `Refusing to send "${path}" to Jira`,
    );
    expect(forgeCalls).toEqual([]);
  });
});

describe('forgeJiraClient', () => {
  it('lets Forge consent requests through unchanged so Forge can ask the user', async () => {
    const consent = Object.assign(new Error('Authentication Required'), { name: 'NEEDS_AUTHENTICATION_ERR' });
    answerForge(consent);

    expect(isForgeConsentRequest(consent)).toBe(true);
    await expect(getMyself(forgeJiraClient('user'))).rejects.toBe(consent);
    expect(forgeCalls).toHaveLength(1);
  });

  it('turns other Forge failures into results and encodes path parameters', async () => {
    answerForge(new Error('PROXY_ERR'));

    const result = await setIssueProperty(forgeJiraClient('app', { maxAttempts: 1 }), 'SUP 1', 'ql.flag', {});

    expect(forgeCalls[0]?.route).toEqual({ value: '/rest/api/3/issue/SUP%201/properties/ql.flag' });
    expect(!result.ok && result.error.message).toBe(
      'PUT /rest/api/3/issue/SUP%201/properties/ql.flag could not reach Jira: PROXY_ERR',
    );
  });
});
