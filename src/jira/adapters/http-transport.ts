import type { HttpMethod, JiraResponse, JiraTransport } from '../port';
import { lowerCaseHeaders, readBody } from './read-body';
import { jiraRequestHeaders } from './request-headers';

/** A Jira Cloud site and an Atlassian account's API token (https://id.atlassian.com/manage-profile/security/api-tokens). */
export interface HttpTransportOptions {
  /** e.g. `https://your-site.atlassian.net`, or the local emulator's address. */
  readonly baseUrl: string;
  readonly email: string;
  readonly apiToken: string;
  /** Defaults to the global `fetch`. */
  readonly fetch?: typeof fetch;
}

/** The port over HTTP with Basic auth, for the `ql` CLI and the local host. Transport failures reject. */
export const httpTransport = (options: HttpTransportOptions): JiraTransport => {
  const base = options.baseUrl.replace(/\/+$/, '');
  const authorization = `Basic ${Buffer.from(`${options.email}:${options.apiToken}`, 'utf8').toString('base64')}`;
  const send = options.fetch ?? fetch;
  return {
    async request(method: HttpMethod, path: string, body?: unknown): Promise<JiraResponse> {
      if (!path.startsWith('/')) throw new Error(`Jira path must start with "/": ${path}`);
      const hasBody = body !== undefined;
      const response = await send(`${base}${path}`, {
        method,
        headers: { ...jiraRequestHeaders(path, hasBody), Authorization: authorization },
        body: hasBody ? JSON.stringify(body) : undefined,
      });
      return {
        status: response.status,
        headers: lowerCaseHeaders(response.headers),
        json: readBody(await response.text()),
      };
    },
  };
};
