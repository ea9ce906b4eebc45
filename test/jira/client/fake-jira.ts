import type { JiraClientOptions } from '../../../src/jira/client';
import { makeJiraClient } from '../../../src/jira/client';
import type { HttpMethod, JiraResponse, JiraTransport } from '../../../src/jira/port';

/** A request the fake transport received. */
export interface SentRequest {
  readonly method: HttpMethod;
  readonly path: string;
  readonly body: unknown;
}

/** What the fake answers next: a response, a rejection, or a promise that never settles. */
export type Scripted = JiraResponse | Error | 'hang';

/** A Jira answer for scripts. */
export const answer = (
  status: number,
  json: unknown = null,
  headers: Record<string, string> = {},
): JiraResponse => ({
  status,
  headers,
  json,
});

/** A transport that answers from a script, in order, and records what it was sent. */
export const scriptedTransport = (...script: Scripted[]) => {
  const sent: SentRequest[] = [];
  const transport: JiraTransport = {
    request(method, path, body) {
      sent.push({ method, path, body });
      const next = script.shift();
      if (next === undefined) return Promise.reject(new Error(`unscripted request ${method} ${path}`));
      if (next === 'hang') return new Promise<JiraResponse>(() => undefined);
      if (next instanceof Error) return Promise.reject(next);
      return Promise.resolve(next);
    },
  };
  return { transport, sent };
};

/** A clock that only moves when the client sleeps (or the test advances it). */
export const fakeClock = (startIso = '2025-03-01T10:00:00Z') => {
  let now = Date.parse(startIso);
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: (ms: number) => {
      slept.push(ms);
      now += ms;
      return Promise.resolve();
    },
    advance: (ms: number) => {
      now += ms;
    },
  };
};

/** A timer that never fires on its own; the test fires it. */
export const manualTimer = () => {
  const armed: { ms: number; fire: () => void; cancelled: boolean }[] = [];
  return {
    armed,
    setTimer: (ms: number, fire: () => void) => {
      const timer = { ms, fire, cancelled: false };
      armed.push(timer);
      return () => {
        timer.cancelled = true;
      };
    },
  };
};

/** A client over a script with a fake clock, jitter fixed at 0.5 and timers that never fire. */
export const scriptedClient = (
  script: Scripted[],
  options: JiraClientOptions = {},
  startIso = '2025-03-01T10:00:00Z',
) => {
  const { transport, sent } = scriptedTransport(...script);
  const clock = fakeClock(startIso);
  const timer = manualTimer();
  const client = makeJiraClient(transport, {
    now: clock.now,
    sleep: clock.sleep,
    random: () => 0.5,
    setTimer: timer.setTimer,
    ...options,
  });
  return { client, sent, clock, timer };
};
