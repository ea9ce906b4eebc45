import fc from 'fast-check';
import {
  advisedDelayMs,
  backoffDelayMs,
  isIdempotent,
  rateLimitResetMs,
  retryAfterMs,
} from '../../../src/jira/client/retry-policy';

const NOW = Date.parse('2025-03-01T10:00:00Z');

describe('retry policy', () => {
  it('reads Retry-After in seconds and as an HTTP date, never negative', () => {
    expect(retryAfterMs('3', NOW)).toBe(3000);
    expect(retryAfterMs(' 0.5 ', NOW)).toBe(500);
    expect(retryAfterMs('Sat, 01 Mar 2025 10:01:00 GMT', NOW)).toBe(60_000);
    expect(retryAfterMs('Sat, 01 Mar 2025 09:59:00 GMT', NOW)).toBe(0);
    expect(retryAfterMs('soon', NOW)).toBeNull();
    expect(retryAfterMs(undefined, NOW)).toBeNull();
  });

  it("reads X-RateLimit-Reset in Atlassian's minute format and with seconds", () => {
    expect(rateLimitResetMs('2025-03-01T10:02Z', NOW)).toBe(120_000);
    expect(rateLimitResetMs('2025-03-01T10:00:45.500Z', NOW)).toBe(45_500);
    expect(rateLimitResetMs('1740823320', NOW)).toBeNull();
  });

  it('uses X-RateLimit-Reset only on 429', () => {
    const headers = { 'x-ratelimit-reset': '2025-03-01T10:02Z' };
    expect(advisedDelayMs({ status: 429, headers, json: null }, NOW)).toBe(120_000);
    expect(advisedDelayMs({ status: 503, headers, json: null }, NOW)).toBeNull();
  });

  it('treats GET, PUT, DELETE as idempotent and POST only when marked', () => {
    expect((['GET', 'PUT', 'DELETE'] as const).map((m) => isIdempotent(m, false))).toEqual([
      true,
      true,
      true,
    ]);
    expect(isIdempotent('POST', false)).toBe(false);
    expect(isIdempotent('POST', true)).toBe(true);
  });

  it('keeps every backoff within [0, min(max, base·2^(retry−1)))', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 1, max: 60_000 }),
        (retry, jitter, baseDelayMs, maxDelayMs) => {
          const delay = backoffDelayMs(retry, { baseDelayMs, maxDelayMs }, () => jitter);
          const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** (retry - 1));
          return Number.isInteger(delay) && delay >= 0 && delay < ceiling && delay <= maxDelayMs;
        },
      ),
    );
  });

  it('spans the whole window: jitter 0 waits nothing, jitter just under 1 waits just under the ceiling', () => {
    const backoff = { baseDelayMs: 500, maxDelayMs: 8000 };
    expect(backoffDelayMs(3, backoff, () => 0)).toBe(0);
    expect(backoffDelayMs(3, backoff, () => 0.9999)).toBe(1999);
    expect(backoffDelayMs(10, backoff, () => 0.9999)).toBe(7999);
  });
});
