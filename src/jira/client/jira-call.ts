import type { z } from 'zod';
import type { HttpMethod } from '../port';
import type { JiraResult } from './jira-error';
import type { QueryParams, RouteParamNames, RouteParams } from './jira-path';
import type { JiraStats } from './request-stats';

interface JiraCallBase<S extends z.ZodType, R extends string> {
  readonly method: HttpMethod;
  /** The OpenAPI path template, e.g. `/rest/api/3/issue/{issueIdOrKey}`; also the key of the request counter. */
  readonly route: R;
  readonly query?: QueryParams;
  /** Sent as JSON. */
  readonly body?: unknown;
  /** Marks a POST that only reads (search, bulk fetch), so it may be retried like a GET. */
  readonly idempotent?: boolean;
  /** Validates a 2xx body; its output is the call's value. */
  readonly schema: S;
  /** Overrides the client's time budget for this call, retries included. */
  readonly timeoutMs?: number;
}

/** One Jira or JSM REST call: route + params + query, body, response schema. Params are required exactly when the route has some. */
export type JiraCall<S extends z.ZodType, R extends string> = JiraCallBase<S, R> &
  ([RouteParamNames<R>] extends [never]
    ? { readonly params?: undefined }
    : { readonly params: RouteParams<R> });

/** The client every part of the app uses: times out, retries, counts, and validates responses. */
export interface JiraClient {
  /** Sends the call (retrying when safe); resolves to the parsed body or a JiraError; rejects only with errors `rethrow` selects. */
  call<S extends z.ZodType, R extends string>(spec: JiraCall<S, R>): Promise<JiraResult<z.output<S>>>;
  /** Requests sent so far, by endpoint. */
  stats(): JiraStats;
  /** Zeroes the request counter (benchmarks measure one phase at a time). */
  resetStats(): void;
}
