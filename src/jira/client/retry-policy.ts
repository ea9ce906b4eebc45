import type { HttpMethod, JiraResponse } from '../port';

/** Whether a call may be repeated safely: GET, PUT and DELETE are; POST only when the endpoint only reads. */
export const isIdempotent = (method: HttpMethod, idempotentPost: boolean): boolean =>
  method !== 'POST' || idempotentPost;

/** Statuses worth another attempt: rate limiting and server errors. */
export const isRetryableStatus = (status: number): boolean => status === 429 || status >= 500;

/** Reads `Retry-After` as seconds or as an HTTP date; null when absent or unreadable. */
export const retryAfterMs = (value: string | undefined, now: number): number | null => {
  if (value === undefined) return null;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
};

/** Reads `X-RateLimit-Reset` (ISO 8601, e.g. `2025-03-01T10:01Z`) as a delay from now; null when unreadable. */
export const rateLimitResetMs = (value: string | undefined, now: number): number | null => {
  if (value === undefined || !/^\d{4}-\d{2}-\d{2}T/.test(value.trim())) return null;
  const at = Date.parse(value.trim());
  return Number.isNaN(at) ? null : Math.max(0, at - now);
};

/**
 * The wait Jira advised for this answer: `Retry-After` (on 429 and 5xx, as Atlassian documents
 * for both), else `X-RateLimit-Reset` on 429; null when Jira gave no advice.
 */
export const advisedDelayMs = (response: JiraResponse, now: number): number | null => {
  const retryAfter = retryAfterMs(response.headers['retry-after'], now);
  if (retryAfter !== null) return retryAfter;
  return response.status === 429 ? rateLimitResetMs(response.headers['x-ratelimit-reset'], now) : null;
};

/** Backoff settings: the first ceiling and the largest one. */
export interface Backoff {
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

/**
 * Exponential backoff with full jitter: a uniform wait in [0, min(max, base·2^(retry−1))),
 * where `retry` is 1 before the second attempt. `random` returns a number in [0, 1).
 */
export const backoffDelayMs = (retry: number, backoff: Backoff, random: () => number): number => {
  const ceiling = Math.min(backoff.maxDelayMs, backoff.baseDelayMs * 2 ** (retry - 1));
  return Math.floor(random() * ceiling);
};
