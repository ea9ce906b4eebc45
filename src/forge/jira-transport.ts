import { asApp, asUser, assumeTrustedRoute } from '@forge/api';
import { lowerCaseHeaders, readBody } from '../jira/adapters/read-body';
import { jiraRequestHeaders } from '../jira/adapters/request-headers';
import type { JiraClient, JiraClientOptions } from '../jira/client';
import { makeJiraClient } from '../jira/client';
import type { HttpMethod, JiraResponse, JiraTransport } from '../jira/port';

// Forge's `route` tag escapes each interpolation, but our paths arrive whole: the client built them
// from route templates, encoding every path parameter (see jira/client/jira-path.ts). So they are
// marked trusted with `assumeTrustedRoute`, after checking they are plain REST paths.
const REST_PATH = /^\/rest\/(api\/3|servicedeskapi)\//;
const TRAVERSAL = /(^|\/)(\.|%2e){1,2}(\/|\?|$)/i;

const trustedRoute = (path: string) => {
  if (!REST_PATH.test(path) || TRAVERSAL.test(path) || path.includes('#')) {
    throw new Error(`Refusing to send "${path}" to Jira: not a /rest/api/3 or /rest/servicedeskapi path`);
  }
  return assumeTrustedRoute(path);
};

/**
 * The port over Forge's `requestJira`, as the app (`asApp()`, the app's own permissions) or as
 * the user who invoked the function (`asUser()`, only inside a resolver or user-context call).
 */
export const forgeTransport = (principal: 'app' | 'user'): JiraTransport => ({
  async request(method: HttpMethod, path: string, body?: unknown): Promise<JiraResponse> {
    const route = trustedRoute(path);
    const requester = principal === 'app' ? asApp() : asUser();
    const hasBody = body !== undefined;
    const response = await requester.requestJira(route, {
      method,
      headers: jiraRequestHeaders(path, hasBody),
      ...(hasBody ? { body: JSON.stringify(body) } : {}),
    });
    return {
      status: response.status,
      headers: lowerCaseHeaders(response.headers),
      json: readBody(await response.text()),
    };
  },
});

/**
 * Forge's consent request (`NEEDS_AUTHENTICATION_ERR`, thrown by `asUser()` calls the user has not
 * granted yet): it must reach the Forge runtime unchanged so Forge asks the user for access.
 */
export const isForgeConsentRequest = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && Reflect.get(error, 'name') === 'NEEDS_AUTHENTICATION_ERR';

/** A JiraClient over `requestJira` that lets Forge's consent request through. */
export const forgeJiraClient = (principal: 'app' | 'user', options: JiraClientOptions = {}): JiraClient =>
  makeJiraClient(forgeTransport(principal), { rethrow: isForgeConsentRequest, ...options });
