import { existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { z } from 'zod';
import { RESOLVERS } from '../../contract/resolvers';
import type { LocalApp } from '../forge-runtime/local-app';
import type { Credential } from '../jira-host/credentials';
import { BRIDGE_SCRIPT } from './bridge-script';
import { hostPage } from './host-page';
import type { UiModule } from './ui-modules';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

const invokeBody = z.object({
  functionKey: z.string().refine((k) => k in RESOLVERS, 'not a resolver of the app'),
  payload: z.unknown(),
  accountId: z.string().min(1),
});

/**
 * The browser side of the local host: the host page at `/`, the unmodified production bundle under
 * `/app/` (its index.html gets the bridge script in front of the bundle's own scripts), and
 * `/bridge/invoke`, which runs the app's resolvers in-process as the chosen user.
 */
export function uiPages(options: {
  app: LocalApp;
  distDir: string;
  modules: readonly UiModule[];
  credentials: readonly Credential[];
  sampleIssue: string;
}): (request: IncomingMessage, response: ServerResponse) => boolean {
  const root = resolve(options.distDir);
  return (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (request.method === 'GET' && url.pathname === '/') {
      send(
        response,
        200,
        TYPES['.html'] ?? '',
        hostPage(options.modules, options.credentials, options.sampleIssue),
      );
      return true;
    }
    if (request.method === 'GET' && url.pathname === '/bridge.js') {
      send(response, 200, TYPES['.js'] ?? '', BRIDGE_SCRIPT);
      return true;
    }
    if (request.method === 'POST' && url.pathname === '/bridge/invoke') {
      void invoke(request, response, options.app);
      return true;
    }
    if (request.method === 'GET' && url.pathname.startsWith('/app/')) {
      const file = resolve(root, normalize(decodeURIComponent(url.pathname.slice('/app/'.length))));
      if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
        send(
          response,
          404,
          'text/plain',
          existsSync(root) ? 'Not found' : 'The UI bundle is not built: run npm run build:ui',
        );
        return true;
      }
      let body: string | Buffer = readFileSync(file);
      if (file === join(root, 'index.html'))
        body = body.toString('utf8').replace('<head>', '<head><script src="/bridge.js"></script>');
      send(response, 200, TYPES[extname(file)] ?? 'application/octet-stream', body);
      return true;
    }
    return false;
  };
}

async function invoke(request: IncomingMessage, response: ServerResponse, app: LocalApp): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  let json: unknown;
  try {
    json = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    send(
      response,
      400,
      TYPES['.json'] ?? '',
      JSON.stringify({ ok: false, error: { code: 'VALIDATION.INVALID_INPUT', message: 'not JSON' } }),
    );
    return;
  }
  const body = invokeBody.safeParse(json);
  if (!body.success) {
    send(
      response,
      400,
      TYPES['.json'] ?? '',
      JSON.stringify({
        ok: false,
        error: { code: 'VALIDATION.INVALID_INPUT', message: body.error.issues[0]?.message ?? 'invalid' },
      }),
    );
    return;
  }
  const result = await app.invoke(
    body.data.functionKey as keyof typeof RESOLVERS,
    body.data.payload,
    body.data.accountId,
  );
  send(response, 200, TYPES['.json'] ?? '', JSON.stringify(result));
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  response.end(body);
}
