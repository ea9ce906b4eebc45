import type { Result } from '../../domain/result';
import { err, ok } from '../../domain/result';

/** The `{name}` parameters of an OpenAPI path template, e.g. `'issueIdOrKey' | 'propertyKey'`. */
export type RouteParamNames<R extends string> = R extends `${string}{${infer P}}${infer Rest}`
  ? P | RouteParamNames<Rest>
  : never;

/** Values for a route's path parameters. */
export type RouteParams<R extends string> = Readonly<Record<RouteParamNames<R>, string | number>>;

/**
 * Query parameters; undefined values are left out, lists are sent comma-separated as Jira documents,
 * and `{ repeat: [...] }` sends the parameter once per value (`accountId=a&accountId=b`, user bulk).
 */
export type QueryParams = Readonly<
  Record<
    string,
    | string
    | number
    | boolean
    | readonly (string | number)[]
    | { readonly repeat: readonly string[] }
    | undefined
  >
>;

// A segment that would change which resource the path names.
const UNSAFE_SEGMENT = new Set(['', '.', '..']);

const encodeQueryValue = (value: string | number | boolean | readonly (string | number)[]): string =>
  Array.isArray(value)
    ? value.map((v) => encodeURIComponent(String(v))).join(',')
    : encodeURIComponent(String(value));

/**
 * Builds a request path from a route template: path parameters are percent-encoded one segment
 * each (so `/`, `?`, `#` cannot escape the segment) and `.`/`..`/empty are refused.
 */
export const buildPath = (
  route: string,
  params: Readonly<Record<string, string | number>>,
  query: QueryParams = {},
): Result<string, { code: 'JIRA.INVALID_CALL'; message: string }> => {
  let problem: string | null = null;
  const path = route.replace(/\{([^}]+)\}/g, (_whole, name: string) => {
    const value = params[name];
    const text = value === undefined ? '' : String(value);
    if (UNSAFE_SEGMENT.has(text)) problem ??= `path parameter ${name} must not be "${text}"`;
    return encodeURIComponent(text);
  });
  if (problem !== null) return err({ code: 'JIRA.INVALID_CALL', message: problem });
  const search = Object.entries(query)
    .filter((entry): entry is [string, NonNullable<(typeof entry)[1]>] => entry[1] !== undefined)
    .flatMap(([key, value]) =>
      typeof value === 'object' && 'repeat' in value
        ? value.repeat.map((v) => `${encodeURIComponent(key)}=${encodeURIComponent(v)}`)
        : [`${encodeURIComponent(key)}=${encodeQueryValue(value)}`],
    )
    .join('&');
  return ok(search === '' ? path : `${path}?${search}`);
};

/** The path without its query string, for messages (JQL in a query string can be long). */
export const withoutQuery = (path: string): string => {
  const at = path.indexOf('?');
  return at === -1 ? path : path.slice(0, at);
};
