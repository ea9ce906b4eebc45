import * as jira from '../../../src/jira/endpoints';
import { answer, scriptedClient } from '../client/fake-jira';
import { ENDPOINT_CASES } from './endpoint-cases';

describe.each(ENDPOINT_CASES)('$name', ({ run, sent, reply, value }) => {
  it('sends the documented request and returns the parsed body', async () => {
    const { client, sent: requests } = scriptedClient([answer(reply.status, reply.json)]);

    const result = await run(client);

    expect(requests).toEqual([sent]);
    expect(result).toEqual({ ok: true, value });
  });
});

describe('issue properties', () => {
  it('refuses a value over 32 KB of JSON without sending it', async () => {
    const { client, sent } = scriptedClient([]);

    // {"t":"…"} is 8 bytes of JSON around the text: 32 761 characters make 32 769 bytes.
    const result = await jira.setIssueProperty(client, 'SUP-1', 'quality-loop.plan', {
      t: 'x'.repeat(32_761),
    });

    expect(sent).toEqual([]);
    expect(!result.ok && result.error.code).toBe('JIRA.INVALID_CALL');
    expect(!result.ok && result.error.message).toBe(
      'PUT /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey} was not sent: property quality-loop.plan of SUP-1 ' +
        'is 32769 bytes of JSON; Jira accepts at most 32768',
    );
  });

  it('accepts exactly 32 KB', async () => {
    const { client, sent } = scriptedClient([answer(200)]);

    const result = await jira.setIssueProperty(client, 'SUP-1', 'quality-loop.plan', {
      t: 'x'.repeat(32_760),
    });

    expect(result.ok).toBe(true);
    expect(sent).toHaveLength(1);
  });
});

describe('plainTextDocument', () => {
  it('wraps text in one ADF paragraph', () => {
    expect(jira.plainTextDocument('Hi')).toEqual({
      type: 'doc',
      version: 1,
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hi' }] }],
    });
  });
});
