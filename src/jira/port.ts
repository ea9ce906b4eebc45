/** HTTP methods the app uses against Jira and JSM. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** What a Jira or JSM REST call answered: status, lower-cased headers, and the parsed JSON body (null when empty). */
export interface JiraResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly json: unknown;
}

/**
 * The one port to Jira Cloud and JSM: a REST call by method and path (with query string),
 * e.g. `request('GET', '/rest/api/3/myself')`. Adapters: Forge (`requestJira`) and HTTP (fetch
 * with Basic auth). Transport failures (connection cut, timeout) reject with an Error.
 */
export interface JiraTransport {
  request(method: HttpMethod, path: string, body?: unknown): Promise<JiraResponse>;
}
