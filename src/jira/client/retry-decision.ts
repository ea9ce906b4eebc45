import type { ClientSettings } from './client-options';
import { advisedDelayMs, backoffDelayMs, isRetryableStatus } from './retry-policy';
import type { AttemptOutcome } from './send-attempt';

/** Where a call stands after a failed attempt. */
export interface CallState {
  readonly endpoint: string;
  readonly attempt: number;
  /** GET, PUT, DELETE, or a POST that only reads. */
  readonly idempotent: boolean;
  readonly deadline: number;
  readonly budgetMs: number;
}

/** Try again after a wait, or stop (with the reason, when retrying was possible in principle). */
export type RetryDecision =
  { readonly retryInMs: number } | { readonly retryInMs: null; readonly reason?: string };

// A 429 was refused before Jira did anything; other failures of a write may have taken effect.
const notRetried = (endpoint: string, outcome: AttemptOutcome): string =>
  `Not retried automatically: ${endpoint} is not idempotent` +
  (outcome.kind === 'answered' && outcome.response.status === 429
    ? ''
    : '; check whether it took effect before repeating it');

/**
 * Decides whether a failed attempt is retried: only 429, 5xx, transport failures and timeouts, only
 * on idempotent calls, at most `maxAttempts` requests, and never past the call's deadline. The
 * wait is exactly what Jira advised, else exponential backoff with full jitter.
 */
export const decideRetry = (
  outcome: AttemptOutcome,
  state: CallState,
  settings: ClientSettings,
): RetryDecision => {
  if (outcome.kind === 'answered' && !isRetryableStatus(outcome.response.status)) return { retryInMs: null };
  if (!state.idempotent) return { retryInMs: null, reason: notRetried(state.endpoint, outcome) };
  if (state.attempt >= settings.maxAttempts) return { retryInMs: null };
  const now = settings.now();
  if (now >= state.deadline) {
    const reason = state.attempt > 1 ? `The call's ${state.budgetMs} ms time budget is used up` : undefined;
    return { retryInMs: null, reason };
  }
  const advised = outcome.kind === 'answered' ? advisedDelayMs(outcome.response, now) : null;
  const delay = advised ?? backoffDelayMs(state.attempt, settings, settings.random);
  if (now + delay >= state.deadline) {
    const wait =
      advised === null ? `the next retry (in ${delay} ms)` : `Jira asked to wait ${delay} ms, which`;
    return {
      retryInMs: null,
      reason: `Gave up: ${wait} would pass the call's ${state.budgetMs} ms time budget`,
    };
  }
  return { retryInMs: delay };
};
