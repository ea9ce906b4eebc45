import type { HttpMethod, JiraResponse, JiraTransport } from '../../../jira/port';
import type { JiraSite } from '../site/jira-site';
import { ALL_ROUTES } from '../routes/all-routes';
import { jiraError, type Answer } from './answer';
import { matchRoute } from './route';

/**
 * A Jira transport that calls the emulator's routes in this process as one of its accounts, the way
 * Forge's `requestJira` reaches Jira as the user or the app: same routes, same permissions, no socket.
 * Bodies go through JSON both ways, as over HTTP.
 */
export function inProcessTransport(site: JiraSite, accountId: string): JiraTransport {
  return {
    async request(method: HttpMethod, path: string, body?: unknown): Promise<JiraResponse> {
      const caller = site.accounts.find(accountId);
      const url = new URL(path, 'http://in-process');
      let answer: Answer;
      if (!caller) answer = jiraError(401, ['Client must be authenticated to access this resource.']);
      else {
        const match = matchRoute(ALL_ROUTES, method, url.pathname);
        answer = match.route
          ? await match.route.handle({
              params: match.params,
              query: url.searchParams,
              body: body === undefined ? undefined : (JSON.parse(JSON.stringify(body)) as unknown),
              caller,
              site,
            })
          : jiraError(404, [`No REST resource at ${url.pathname}.`]);
      }
      const json =
        answer.body === undefined || answer.status === 204
          ? null
          : (JSON.parse(JSON.stringify(answer.body)) as unknown);
      return { status: answer.status, headers: { ...answer.headers }, json };
    },
  };
}
