/**
 * A stand-in for `@forge/api` in adapter tests: `asApp()`/`asUser()` hand out one recorded
 * `requestJira`, and `assumeTrustedRoute` returns a Route-like `{value}`. Use it as
 * `jest.mock('@forge/api', () => jest.requireActual('./forge-api-mock').forgeApiModule)`.
 */
export interface ForgeResponseInit {
  readonly status: number;
  readonly body?: string;
  readonly headers?: Record<string, string>;
}

/** Calls made through the mock: who asked (`app` or `user`), the route value, and the init. */
export const forgeCalls: { principal: 'app' | 'user'; route: unknown; init: unknown }[] = [];

let nextResponses: (ForgeResponseInit | Error)[] = [];

/** Scripts the answers of the next `requestJira` calls, in order. */
export const answerForge = (...responses: (ForgeResponseInit | Error)[]) => {
  nextResponses = responses;
  forgeCalls.length = 0;
};

const requestJiraAs = (principal: 'app' | 'user') => async (route: unknown, init: unknown) => {
  forgeCalls.push({ principal, route, init });
  const next = nextResponses.shift();
  if (next === undefined) throw new Error('no Forge response scripted');
  if (next instanceof Error) throw next;
  return {
    status: next.status,
    ok: next.status >= 200 && next.status < 300,
    headers: new Headers(next.headers ?? {}),
    text: async () => next.body ?? '',
  };
};

/** The module object `jest.mock` installs. */
export const forgeApiModule = {
  __esModule: true,
  asApp: jest.fn(() => ({ requestJira: requestJiraAs('app') })),
  asUser: jest.fn(() => ({ requestJira: requestJiraAs('user') })),
  assumeTrustedRoute: jest.fn((value: string) => ({ value })),
  route: jest.fn(() => {
    throw new Error('the Forge transport builds routes with assumeTrustedRoute');
  }),
};
