import { z } from 'zod';
import { getMyself } from '../../../src/jira/endpoints';
import { answer, scriptedClient } from './fake-jira';

const ME = { accountId: '5b10ac8d82e05b22cc7d4ef5' };

describe('time budget', () => {
  it('arms a 20 s timer by default and fails with JIRA.TIMEOUT when it fires', async () => {
    const { client, clock, timer } = scriptedClient(['hang']);

    const pending = getMyself(client);
    expect(timer.armed.map((t) => t.ms)).toEqual([20_000]);
    clock.advance(20_000);
    timer.armed[0]?.fire();
    const result = await pending;

    if (result.ok) throw new Error('expected a timeout');
    expect(result.error).toMatchObject({ code: 'JIRA.TIMEOUT', status: null, attempts: 1 });
    expect(result.error.message).toBe('GET /rest/api/3/myself got no answer from Jira within 20000 ms');
  });

  it('cancels the timer when the answer comes first', async () => {
    const { client, timer } = scriptedClient([answer(200, ME)]);

    await getMyself(client);

    expect(timer.armed.map((t) => t.cancelled)).toEqual([true]);
  });

  it('retries timed-out attempts of a GET within the budget, the last one getting what is left', async () => {
    // Each attempt hangs for its whole 5 s; waits are 250, 500, 1000 ms: attempts start at
    // 0, 5250, 10750 and 16750 ms, so the fourth may only wait 20000 − 16750 = 3250 ms.
    const armed: number[] = [];
    const { client, clock, timer } = scriptedClient(['hang', 'hang', 'hang', 'hang', 'hang'], {
      attemptTimeoutMs: 5000,
      setTimer: (ms, fire) => {
        armed.push(ms);
        clock.advance(ms);
        queueMicrotask(fire);
        return () => undefined;
      },
    });

    const result = await getMyself(client);

    expect(timer.armed).toEqual([]);
    expect(armed).toEqual([5000, 5000, 5000, 3250]);
    expect(clock.slept).toEqual([250, 500, 1000]);
    expect(!result.ok && result.error.message).toBe(
      "GET /rest/api/3/myself got no answer from Jira within 3250 ms (4 attempts). The call's 20000 ms time budget is used up",
    );
  });

  it('takes a per-call budget over the client default', async () => {
    const { client, timer } = scriptedClient(['hang'], { timeoutMs: 20_000 });

    void client.call({ method: 'GET', route: '/rest/api/3/myself', schema: z.unknown(), timeoutMs: 800_000 });

    expect(timer.armed.map((t) => t.ms)).toEqual([800_000]);
  });
});
