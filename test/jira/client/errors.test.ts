import { JiraError, makeJiraClient, orThrow } from '../../../src/jira/client';
import type { JiraTransport } from '../../../src/jira/port';
import { createIssue, getIssue, getMyself, getRequestFeedback } from '../../../src/jira/endpoints';
import { answer, scriptedClient } from './fake-jira';

const failure = <T>(result: { ok: true; value: T } | { ok: false; error: JiraError }): JiraError => {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value)}`);
  return result.error;
};

describe('errors carry what Jira said', () => {
  it('keeps errorMessages and field errors of a 400, and the call', async () => {
    const body = {
      errorMessages: ['Project is required.'],
      errors: { summary: 'You must specify a summary of the issue.' },
    };
    const { client } = scriptedClient([answer(400, body)]);

    const error = failure(await createIssue(client, { fields: {} }));

    expect(error).toBeInstanceOf(JiraError);
    expect(error).toMatchObject({
      code: 'JIRA.BAD_REQUEST',
      status: 400,
      call: 'POST /rest/api/3/issue',
      endpoint: 'POST /rest/api/3/issue',
      errorMessages: ['Project is required.'],
      errors: { summary: 'You must specify a summary of the issue.' },
      attempts: 1,
    });
    expect(error.message).toBe(
      'POST /rest/api/3/issue failed with HTTP 400. Jira says: Project is required.; summary: You must specify a summary of the issue',
    );
  });

  it('names the concrete issue in a 404 and says what to check', async () => {
    const body = {
      errorMessages: ['Issue does not exist or you do not have permission to see it.'],
      errors: {},
    };
    const { client } = scriptedClient([answer(404, body)]);

    const error = failure(await getIssue(client, 'SUP-404'));

    expect(error.code).toBe('JIRA.NOT_FOUND');
    expect(error.call).toBe('GET /rest/api/3/issue/SUP-404');
    expect(error.endpoint).toBe('GET /rest/api/3/issue/{issueIdOrKey}');
    expect(error.message).toBe(
      'GET /rest/api/3/issue/SUP-404 failed with HTTP 404. Jira says: Issue does not exist or you do not have permission to see it. ' +
        'It does not exist, or this user or app cannot see it',
    );
  });

  it("reads JSM's errorMessage", async () => {
    const { client } = scriptedClient([
      answer(403, { errorMessage: 'You do not have permission to view feedback.' }),
    ]);

    const error = failure(await getRequestFeedback(client, 'SUP-7'));

    expect(error.code).toBe('JIRA.FORBIDDEN');
    expect(error.errorMessages).toEqual(['You do not have permission to view feedback.']);
  });

  it('keeps a plain-text body (a gateway page) as the message, shortened', async () => {
    const { client } = scriptedClient([answer(413, `<html>${'x'.repeat(400)}</html>`)]);

    const error = failure(await createIssue(client, { fields: {} }));

    expect(error.code).toBe('JIRA.REJECTED');
    expect(error.errorMessages).toEqual([`<html>${'x'.repeat(294)}…`]);
  });

  it('rejects a 2xx body that fails the schema, naming the path of each problem', async () => {
    const { client } = scriptedClient([answer(200, { accountId: 42 })]);

    const error = failure(await getMyself(client));

    expect(error).toMatchObject({ code: 'JIRA.UNEXPECTED_RESPONSE', status: 200 });
    expect(error.message).toBe(
      'GET /rest/api/3/myself answered HTTP 200, but its body is not what Quality Loop expects ' +
        '(a Jira API change, or a proxy answering instead of Jira): accountId: Invalid input: expected string, received number',
    );
  });

  it('orThrow returns the value or throws the JiraError itself', async () => {
    const { client } = scriptedClient([answer(200, { accountId: 'a-1' }), answer(401, null)]);

    expect(orThrow(await getMyself(client))).toEqual({ accountId: 'a-1' });
    const second = await getMyself(client);
    expect(() => orThrow(second)).toThrow(JiraError);
    expect(() => orThrow(second)).toThrow(
      'GET /rest/api/3/myself failed with HTTP 401. Check the API token or that the app is installed on this site',
    );
  });
});

describe('transport errors', () => {
  it('rethrows what the host must see (Forge consent) instead of a result', async () => {
    const consent = Object.assign(new Error('Authentication Required'), { name: 'NEEDS_AUTHENTICATION_ERR' });
    const { client, sent } = scriptedClient([consent], { rethrow: (e) => e === consent });

    await expect(getMyself(client)).rejects.toBe(consent);
    expect(sent).toHaveLength(1);
  });

  it('turns a synchronous throw of an adapter into a result', async () => {
    const throwing: JiraTransport = {
      request() {
        throw new TypeError('fetch failed', {
          cause: Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }),
        });
      },
    };
    const client = makeJiraClient(throwing, { maxAttempts: 1 });

    const error = failure(await getMyself(client));

    expect(error.code).toBe('JIRA.UNREACHABLE');
    expect(error.message).toBe('GET /rest/api/3/myself could not reach Jira: fetch failed (ECONNREFUSED)');
    expect(error.cause).toBeInstanceOf(TypeError);
  });
});
