import type { Account } from '../site/accounts';
import type { JiraSite } from '../site/jira-site';
import type { Answer } from './answer';

/** What a route handler receives for one request. */
export interface RouteRequest {
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly body: unknown;
  readonly caller: Account;
  readonly site: JiraSite;
}

export type RouteHandler = (request: RouteRequest) => Answer | Promise<Answer>;

/** A REST resource: method and path template as in Atlassian's OpenAPI documents, e.g. `/rest/api/3/issue/{issueIdOrKey}`. */
export interface Route {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly path: string;
  readonly handle: RouteHandler;
}

/** Finds the route for a method and concrete path; literal segments win over parameters. */
export function matchRoute(
  routes: readonly Route[],
  method: string,
  pathname: string,
): { route: Route; params: Record<string, string> } | { route: null; allowed: string[] } {
  const segments = pathname.replace(/\/+$/, '').split('/');
  let best: { route: Route; params: Record<string, string>; literals: number } | null = null;
  const allowed: string[] = [];
  for (const route of routes) {
    const template = route.path.split('/');
    if (template.length !== segments.length) continue;
    const params: Record<string, string> = {};
    let literals = 0;
    let matches = true;
    for (let i = 0; i < template.length && matches; i++) {
      const t = template[i] as string;
      const s = segments[i] as string;
      if (t.startsWith('{') && t.endsWith('}')) {
        if (s === '') matches = false;
        else params[t.slice(1, -1)] = decodeURIComponent(s);
      } else if (t === s) literals++;
      else matches = false;
    }
    if (!matches) continue;
    if (route.method !== method) {
      allowed.push(route.method);
      continue;
    }
    if (!best || literals > best.literals) best = { route, params, literals };
  }
  return best ? { route: best.route, params: best.params } : { route: null, allowed };
}
