import { z } from 'zod';
import { answer, scriptedClient } from './fake-jira';

describe('JiraCall route parameters', () => {
  it('requires exactly the parameters the route names (checked by tsc), and refuses a missing one at run time', async () => {
    const { client, sent } = scriptedClient([answer(200, {})]);

    // @ts-expect-error issueIdOrKey is missing
    const missing = await client.call({
      method: 'GET',
      route: '/rest/api/3/issue/{issueIdOrKey}',
      schema: z.unknown(),
    });
    await client.call({
      method: 'GET',
      route: '/rest/api/3/myself',
      // @ts-expect-error the route has no parameters
      params: { x: 'SUP-1' },
      schema: z.unknown(),
    });

    expect(!missing.ok && missing.error.message).toBe(
      'GET /rest/api/3/issue/{issueIdOrKey} was not sent: path parameter issueIdOrKey must not be ""',
    );
    expect(sent.map((s) => s.path)).toEqual(['/rest/api/3/myself']);
  });

  it('returns the schema output, transforms included', async () => {
    const { client } = scriptedClient([answer(200, { keys: [{ key: 'a' }, { key: 'b' }] })]);

    const result = await client.call({
      method: 'GET',
      route: '/rest/api/3/issue/{issueIdOrKey}/properties',
      params: { issueIdOrKey: 'SUP-1' },
      schema: z.object({ keys: z.array(z.object({ key: z.string() })) }).transform((p) => p.keys.length),
    });

    expect(result).toEqual({ ok: true, value: 2 });
  });
});
