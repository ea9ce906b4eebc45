import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Account } from '../site/accounts';
import type { JiraSite } from '../site/jira-site';
import { errorAt, type Answer } from './answer';
import { faultPlan, type Fault, type FaultOptions } from './faults';
import { matchRoute, type Route } from './route';

const MAX_BODY_BYTES = 10 * 1024 * 1024;
const REMOVED_SEARCH =
  'The requested API has been removed. Please migrate to the /rest/api/3/search/jql API. A full migration guideline is available at https://developer.atlassian.com/changelog/#CHANGE-2046';

export interface HostServerOptions {
  /** The site, read per request: it is opened once the server knows its own address. */
  readonly site: () => JiraSite;
  readonly routes: readonly Route[];
  readonly faults?: FaultOptions;
  /** Extra handlers for non-API paths (the host page, the Custom UI bundle); return false to fall through. */
  readonly pages?: (request: IncomingMessage, response: ServerResponse) => boolean;
}

/** The emulator's HTTP server: Basic auth, Jira's (or JSM's) error bodies, optional fault injection, then the routes. */
export function createHostServer(options: HostServerOptions): Server {
  const nextFault = options.faults ? faultPlan(options.faults) : () => ({ kind: 'none' }) as Fault;
  const server = createServer((request, response) => {
    handle(request, response, options, nextFault).catch((error: unknown) => {
      console.error('jira-host: unexpected error', error);
      const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
      if (!response.headersSent) send(response, errorAt(pathname, 500, 'Internal server error.'));
    });
  });
  // Node closes idle kept-alive sockets after 5 s; a client that reuses one at that instant gets
  // ECONNRESET on a request the server never saw. Outlive the clients' own idle timeouts instead.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  return server;
}

async function handle(
  request: IncomingMessage,
  response: ServerResponse,
  options: HostServerOptions,
  nextFault: () => Fault,
) {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (!url.pathname.startsWith('/rest/')) {
    if (options.pages?.(request, response)) return;
    send(response, errorAt(url.pathname, 404, `No page at ${url.pathname}.`));
    return;
  }
  const site = options.site();
  const caller = authenticate(site, request.headers.authorization);
  if (!caller) {
    send(response, {
      ...errorAt(url.pathname, 401, 'Client must be authenticated to access this resource.'),
      headers: { 'www-authenticate': 'Basic realm="Jira"' },
    });
    return;
  }
  const fault = options.faults ? nextFault() : { kind: 'none' as const };
  if (fault.kind === 'cut') {
    request.socket.destroy();
    return;
  }
  if (fault.kind === 'rateLimited') {
    send(response, {
      ...errorAt(url.pathname, 429, 'Rate limit exceeded.'),
      headers: { 'retry-after': String(options.faults?.retryAfterSeconds ?? 1) },
    });
    return;
  }
  if (fault.kind === 'serverError') {
    send(response, errorAt(url.pathname, 503, 'Service temporarily unavailable.'));
    return;
  }
  if (fault.kind === 'slow') await new Promise((resolve) => setTimeout(resolve, fault.ms));

  if (url.pathname === '/rest/api/3/search' || url.pathname === '/rest/api/2/search') {
    send(response, errorAt(url.pathname, 410, REMOVED_SEARCH));
    return;
  }
  const method = request.method ?? 'GET';
  const match = matchRoute(options.routes, method, url.pathname);
  if (match.route === null) {
    send(
      response,
      match.allowed.length > 0
        ? {
            ...errorAt(url.pathname, 405, `Method ${method} is not allowed here.`),
            headers: { allow: match.allowed.join(', ') },
          }
        : errorAt(url.pathname, 404, `No REST resource at ${url.pathname}.`),
    );
    return;
  }
  const text = await readBody(request);
  if (text === null) {
    send(response, errorAt(url.pathname, 413, 'The request body is too large.'));
    return;
  }
  let body: unknown;
  if (text.length > 0) {
    try {
      body = JSON.parse(text);
    } catch {
      send(response, errorAt(url.pathname, 400, 'The request body is not valid JSON.'));
      return;
    }
  }
  send(
    response,
    await match.route.handle({ params: match.params, query: url.searchParams, body, caller, site }),
  );
}

/** The account of a `Basic base64(email:apiToken)` header, as Jira Cloud API tokens work. */
function authenticate(site: JiraSite, header: string | undefined): Account | null {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header ?? '');
  if (!match) return null;
  const decoded = Buffer.from(match[1] ?? '', 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  return site.accounts.authenticate(decoded.slice(0, colon), decoded.slice(colon + 1));
}

function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    request.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, answer: Answer): void {
  const headers: Record<string, string> = { ...answer.headers };
  if (answer.body === undefined || answer.status === 204) {
    response.writeHead(answer.status, headers);
    response.end();
    return;
  }
  const text = JSON.stringify(answer.body);
  response.writeHead(answer.status, {
    ...headers,
    'content-type': 'application/json;charset=UTF-8',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}
