import type { HttpMethod, JiraResponse, JiraTransport } from '../port';

/** Starts a timer that calls `fire` after `ms`; returns a function that cancels it. */
export type SetTimer = (ms: number, fire: () => void) => () => void;

/** The default timer: `setTimeout`, cleared as soon as the request settles. */
export const realTimer: SetTimer = (ms, fire) => {
  const handle = setTimeout(fire, ms);
  return () => clearTimeout(handle);
};

/** How one request ended: an answer (any status), a transport failure, or no answer in time. */
export type AttemptOutcome =
  | { readonly kind: 'answered'; readonly response: JiraResponse }
  | { readonly kind: 'transport-failed'; readonly error: unknown }
  | { readonly kind: 'timed-out'; readonly afterMs: number };

/** One request through the port, abandoned after `timeoutMs` (the port has no cancel; its result is ignored). */
export const sendAttempt = (
  transport: JiraTransport,
  request: { readonly method: HttpMethod; readonly path: string; readonly body?: unknown },
  timeoutMs: number,
  setTimer: SetTimer,
): Promise<AttemptOutcome> =>
  new Promise((resolve) => {
    const cancel = setTimer(timeoutMs, () => resolve({ kind: 'timed-out', afterMs: timeoutMs }));
    // Promise.resolve().then turns a synchronous throw in an adapter into a transport failure too.
    Promise.resolve()
      .then(() =>
        request.body === undefined
          ? transport.request(request.method, request.path)
          : transport.request(request.method, request.path, request.body),
      )
      .then(
        (response) => {
          cancel();
          resolve({ kind: 'answered', response });
        },
        (error: unknown) => {
          cancel();
          resolve({ kind: 'transport-failed', error });
        },
      );
  });
