import type { SetTimer } from './send-attempt';
import { realTimer } from './send-attempt';

/** How a client times out and retries; time, sleep and randomness are injectable for tests. */
export interface JiraClientOptions {
  /** Time budget of one call, retries and waits included (default 20 s: Forge resolvers end at 25 s). */
  readonly timeoutMs?: number;
  /** Longest wait for one request (default: the whole budget). */
  readonly attemptTimeoutMs?: number;
  /** Requests per call at most, the first included (default 5). */
  readonly maxAttempts?: number;
  /** Backoff ceiling before the first retry (default 500 ms); it doubles per retry. */
  readonly baseDelayMs?: number;
  /** Largest backoff ceiling (default 8 s). */
  readonly maxDelayMs?: number;
  /** Epoch milliseconds (default `Date.now`). */
  readonly now?: () => number;
  /** Waits between attempts (default `setTimeout`). */
  readonly sleep?: (ms: number) => Promise<void>;
  /** A number in [0, 1) for jitter (default `Math.random`). */
  readonly random?: () => number;
  /** Arms the per-request timeout (default `setTimeout`/`clearTimeout`). */
  readonly setTimer?: SetTimer;
  /**
   * Transport errors the host must see unchanged, so the call rejects with them instead of
   * resolving to a JiraError (Forge's consent request when `asUser()` lacks the user's grant).
   */
  readonly rethrow?: (error: unknown) => boolean;
}

/** The options with every default filled in. */
export type ClientSettings = Required<Omit<JiraClientOptions, 'attemptTimeoutMs'>> &
  Pick<JiraClientOptions, 'attemptTimeoutMs'>;

/** Fills in the defaults; rejects settings that would make every call fail. */
export const clientSettings = (options: JiraClientOptions): ClientSettings => {
  const settings: ClientSettings = {
    timeoutMs: options.timeoutMs ?? 20_000,
    attemptTimeoutMs: options.attemptTimeoutMs,
    maxAttempts: options.maxAttempts ?? 5,
    baseDelayMs: options.baseDelayMs ?? 500,
    maxDelayMs: options.maxDelayMs ?? 8_000,
    now: options.now ?? Date.now,
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    random: options.random ?? Math.random,
    setTimer: options.setTimer ?? realTimer,
    rethrow: options.rethrow ?? (() => false),
  };
  if (!Number.isInteger(settings.maxAttempts) || settings.maxAttempts < 1) {
    throw new RangeError(`maxAttempts must be a whole number of at least 1, not ${settings.maxAttempts}`);
  }
  if (!(settings.timeoutMs > 0))
    throw new RangeError(`timeoutMs must be positive, not ${settings.timeoutMs}`);
  return settings;
};
