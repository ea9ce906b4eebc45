import { err } from '../../domain/result';
import type { JiraResult } from '../client';
import { JiraError } from '../client';

/** A page of a cursor-paged endpoint (enhanced JQL search, bulk changelog). */
export interface TokenPage {
  readonly nextPageToken?: string | null | undefined;
  readonly isLast?: boolean | undefined;
}

/**
 * Streams pages, passing each page's `nextPageToken` to the next request, until a page has no
 * token or says `isLast`. Yields a failed result once and stops when a page fails, or when
 * Jira hands back a token it already gave (which would loop for ever).
 */
export async function* tokenPages<P extends TokenPage>(
  endpoint: string,
  fetchPage: (nextPageToken: string | undefined) => Promise<JiraResult<P>>,
): AsyncGenerator<JiraResult<P>, void, undefined> {
  const seen = new Set<string>();
  let token: string | undefined;
  for (;;) {
    const page = await fetchPage(token);
    yield page;
    if (!page.ok) return;
    const next = page.value.nextPageToken;
    if (next === undefined || next === null || next === '' || page.value.isLast === true) return;
    if (seen.has(next)) {
      const message = `${endpoint} returned nextPageToken "${next}" a second time; stopped paging to avoid a loop`;
      yield err(
        new JiraError({ code: 'JIRA.UNEXPECTED_RESPONSE', message, status: null, call: endpoint, endpoint }),
      );
      return;
    }
    seen.add(next);
    token = next;
  }
}

/**
 * Streams pages of an offset-paged endpoint (comments, JSM lists) from `startAt` 0 until
 * `isLast(page)` or an empty page; a failed page is yielded and ends the stream.
 */
export async function* offsetPages<P>(
  fetchPage: (startAt: number) => Promise<JiraResult<P>>,
  sizeOf: (page: P) => number,
  isLast: (page: P, startAt: number) => boolean,
): AsyncGenerator<JiraResult<P>, void, undefined> {
  let startAt = 0;
  for (;;) {
    const page = await fetchPage(startAt);
    yield page;
    if (!page.ok) return;
    const size = sizeOf(page.value);
    if (size === 0 || isLast(page.value, startAt)) return;
    startAt += size;
  }
}
