import { createIssue, getMyself, searchJqlPost } from '../../../src/jira/endpoints';
import { answer, scriptedClient } from './fake-jira';

const ME = { accountId: '5b10ac8d82e05b22cc7d4ef5', displayName: 'Mia Krystof' };
const RATE_LIMITED = { errorMessages: ['Rate limit exceeded.'] };

describe('retries on 429 honour what Jira advised', () => {
  it('waits exactly Retry-After seconds, then succeeds', async () => {
    const { client, sent, clock } = scriptedClient([
      answer(429, RATE_LIMITED, { 'retry-after': '7' }),
      answer(200, ME),
    ]);

    const result = await getMyself(client);

    expect(result).toEqual({ ok: true, value: ME });
    expect(clock.slept).toEqual([7000]);
    expect(sent).toHaveLength(2);
  });

  it('reads Retry-After given as an HTTP date: 12 s after the 10:00:00 clock', async () => {
    const { client, clock } = scriptedClient([
      answer(429, RATE_LIMITED, { 'retry-after': 'Sat, 01 Mar 2025 10:00:12 GMT' }),
      answer(200, ME),
    ]);

    await getMyself(client);

    expect(clock.slept).toEqual([12_000]);
  });

  it('waits until X-RateLimit-Reset when there is no Retry-After: 10:01 is 30 s after 10:00:30', async () => {
    const { client, clock } = scriptedClient(
      [answer(429, RATE_LIMITED, { 'x-ratelimit-reset': '2025-03-01T10:01Z' }), answer(200, ME)],
      { timeoutMs: 60_000 }, // a queue consumer's budget: 30 s would not fit the 20 s default
      '2025-03-01T10:00:30Z',
    );

    await getMyself(client);

    expect(clock.slept).toEqual([30_000]);
  });

  it('prefers Retry-After over X-RateLimit-Reset', async () => {
    const headers = { 'retry-after': '5', 'x-ratelimit-reset': '2025-03-01T10:01Z' };
    const { client, clock } = scriptedClient([answer(429, RATE_LIMITED, headers), answer(200, ME)]);

    await getMyself(client);

    expect(clock.slept).toEqual([5000]);
  });

  it('honours Retry-After on a 503 too', async () => {
    const { client, clock } = scriptedClient([answer(503, null, { 'retry-after': '2' }), answer(200, ME)]);

    await getMyself(client);

    expect(clock.slept).toEqual([2000]);
  });

  it('gives up at once when the advised wait would pass the time budget', async () => {
    const { client, sent, clock } = scriptedClient([answer(429, RATE_LIMITED, { 'retry-after': '30' })]);

    const result = await getMyself(client);

    expect(sent).toHaveLength(1);
    expect(clock.slept).toEqual([]);
    expect(!result.ok && result.error.message).toBe(
      'GET /rest/api/3/myself failed with HTTP 429. Jira says: Rate limit exceeded. ' +
        'Jira is rate limiting this app; try again later or spread the work over time. ' +
        "Gave up: Jira asked to wait 30000 ms, which would pass the call's 20000 ms time budget",
    );
  });
});

describe('backoff without advice: exponential with full jitter', () => {
  it('doubles the ceiling per retry; jitter 0.5 waits half of 500, 1000, 2000 ms', async () => {
    const { client, sent, clock } = scriptedClient([answer(502), answer(503), answer(500), answer(200, ME)]);

    const result = await getMyself(client);

    expect(result.ok).toBe(true);
    expect(sent).toHaveLength(4);
    expect(clock.slept).toEqual([250, 500, 1000]);
  });

  it('caps the ceiling at maxDelayMs: jitter 0.999 waits 499, 999, then 1498 twice under a 1500 cap', async () => {
    const { client, clock } = scriptedClient(
      [answer(503), answer(503), answer(503), answer(503), answer(200, ME)],
      {
        random: () => 0.999,
        maxDelayMs: 1500,
      },
    );

    await getMyself(client);

    expect(clock.slept).toEqual([499, 999, 1498, 1498]);
  });

  it('retries a transport failure of a GET', async () => {
    const { client, sent, clock } = scriptedClient([new Error('socket hang up'), answer(200, ME)]);

    const result = await getMyself(client);

    expect(result.ok).toBe(true);
    expect(sent).toHaveLength(2);
    expect(clock.slept).toEqual([250]);
  });
});

describe('giving up', () => {
  it('stops after maxAttempts with an error naming the call, the status and the attempts', async () => {
    const limited = () => answer(429, RATE_LIMITED, { 'retry-after': '1' });
    const { client, sent, clock } = scriptedClient([limited(), limited(), limited()], { maxAttempts: 3 });

    const result = await getMyself(client);

    expect(sent).toHaveLength(3);
    expect(clock.slept).toEqual([1000, 1000]);
    if (result.ok) throw new Error('expected a failure');
    expect(result.error).toMatchObject({
      code: 'JIRA.RATE_LIMITED',
      status: 429,
      call: 'GET /rest/api/3/myself',
      endpoint: 'GET /rest/api/3/myself',
      attempts: 3,
      errorMessages: ['Rate limit exceeded.'],
    });
    expect(result.error.message).toBe(
      'GET /rest/api/3/myself failed with HTTP 429 after 3 attempts. Jira says: Rate limit exceeded. ' +
        'Jira is rate limiting this app; try again later or spread the work over time',
    );
  });

  it('names the transport failure when Jira stays unreachable', async () => {
    const refused = () =>
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' });
    const { client, sent } = scriptedClient([refused(), refused()], { maxAttempts: 2 });

    const result = await getMyself(client);

    expect(sent).toHaveLength(2);
    expect(!result.ok && result.error.code).toBe('JIRA.UNREACHABLE');
    expect(!result.ok && result.error.status).toBeNull();
    expect(!result.ok && result.error.message).toBe(
      'GET /rest/api/3/myself could not reach Jira (2 attempts): connect ECONNREFUSED 127.0.0.1:9',
    );
  });

  it('does not retry 4xx other than 429', async () => {
    const { client, sent } = scriptedClient([answer(401, { errorMessages: [] })]);

    const result = await getMyself(client);

    expect(sent).toHaveLength(1);
    expect(!result.ok && result.error.code).toBe('JIRA.UNAUTHORIZED');
  });
});

describe('idempotency', () => {
  const issue = {
    fields: { project: { key: 'SUP' }, summary: 'Printer on fire', issuetype: { name: 'Task' } },
  };

  it('does not retry a POST that creates, and says to check before repeating it', async () => {
    const { client, sent, clock } = scriptedClient([answer(503, 'Service Unavailable'), answer(201, {})]);

    const result = await createIssue(client, issue);

    expect(sent).toHaveLength(1);
    expect(clock.slept).toEqual([]);
    expect(!result.ok && result.error.code).toBe('JIRA.SERVER_ERROR');
    expect(!result.ok && result.error.message).toBe(
      'POST /rest/api/3/issue failed with HTTP 503. Jira says: Service Unavailable. Jira had a problem; try again later. ' +
        'Not retried automatically: POST /rest/api/3/issue is not idempotent; check whether it took effect before repeating it',
    );
  });

  it('does not retry a creating POST after a transport failure either', async () => {
    const { client, sent } = scriptedClient([new Error('socket hang up'), answer(201, {})]);

    const result = await createIssue(client, issue);

    expect(sent).toHaveLength(1);
    expect(!result.ok && result.error.code).toBe('JIRA.UNREACHABLE');
  });

  it('on 429 tells that the creating POST had no effect', async () => {
    const { client } = scriptedClient([answer(429, RATE_LIMITED, { 'retry-after': '1' })]);

    const result = await createIssue(client, issue);

    expect(!result.ok && result.error.message).toMatch(
      /Not retried automatically: POST \/rest\/api\/3\/issue is not idempotent$/,
    );
  });

  it('retries a POST that only reads (JQL search)', async () => {
    const page = { issues: [], isLast: true };
    const { client, sent } = scriptedClient([answer(503), answer(200, page)]);

    const result = await searchJqlPost(client, { jql: 'project = SUP' });

    expect(result).toEqual({ ok: true, value: page });
    expect(sent.map((s) => s.method)).toEqual(['POST', 'POST']);
  });
});
