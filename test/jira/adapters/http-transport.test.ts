import type { AddressInfo } from 'node:net';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import { httpTransport } from '../../../src/jira/adapters/http-transport';
import { makeJiraClient } from '../../../src/jira/client';
import { getMyself } from '../../../src/jira/endpoints';

interface Received {
  readonly method: string | undefined;
  readonly url: string | undefined;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

type Reply = (res: ServerResponse) => void;

/** A tiny Jira stand-in on 127.0.0.1: records each request and answers with the next reply. */
const startServer = async (replies: Reply[]) => {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({
        method: req.method,
        url: req.url,
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
      });
      const reply = replies.shift();
      if (reply) reply(res);
      else res.writeHead(500).end('no reply scripted');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const stop = () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
  return { baseUrl: `http://127.0.0.1:${port}`, received, stop };
};

const json =
  (status: number, body: unknown, headers: Record<string, string> = {}): Reply =>
  (res) => {
    res.writeHead(status, { 'Content-Type': 'application/json', ...headers }).end(JSON.stringify(body));
  };

describe('httpTransport against a local HTTP server', () => {
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  const transportFor = (baseUrl: string) =>
    httpTransport({ baseUrl, email: 'ql@example.com', apiToken: 'token-123' });

  it('sends Basic auth and Accept, and returns status, lower-cased headers and parsed JSON', async () => {
    server = await startServer([json(200, { accountId: 'a-1' }, { 'X-RateLimit-Remaining': '99' })]);

    const response = await transportFor(server.baseUrl).request('GET', '/rest/api/3/myself');

    expect(response.status).toBe(200);
    expect(response.json).toEqual({ accountId: 'a-1' });
    expect(response.headers['x-ratelimit-remaining']).toBe('99');
    expect(Object.keys(response.headers).every((name) => name === name.toLowerCase())).toBe(true);
    expect(server.received[0]).toMatchObject({ method: 'GET', url: '/rest/api/3/myself', body: '' });
    // base64("ql@example.com:token-123"), computed with `printf %s … | base64`.
    expect(server.received[0]?.headers.authorization).toBe('Basic cWxAZXhhbXBsZS5jb206dG9rZW4tMTIz');
    expect(server.received[0]?.headers.accept).toBe('application/json');
    expect(server.received[0]?.headers['content-type']).toBeUndefined();
  });

  it('sends a JSON body and reads an empty 204 as null', async () => {
    server = await startServer([(res) => res.writeHead(204).end()]);

    const response = await transportFor(`${server.baseUrl}/`).request(
      'PUT',
      '/rest/api/3/issue/SUP-1/properties/quality-loop.flag',
      { flagged: true, note: '需要改进' },
    );

    expect(response).toMatchObject({ status: 204, json: null });
    expect(server.received[0]?.url).toBe('/rest/api/3/issue/SUP-1/properties/quality-loop.flag');
    expect(server.received[0]?.headers['content-type']).toBe('application/json');
    expect(server.received[0]?.body).toBe('{"flagged":true,"note":"需要改进"}');
  });

  it('returns a non-JSON body as text', async () => {
    server = await startServer([
      (res) => res.writeHead(502, { 'Content-Type': 'text/html' }).end('<h1>Bad gateway</h1>'),
    ]);

    const response = await transportFor(server.baseUrl).request('GET', '/rest/api/3/myself');

    expect(response).toMatchObject({ status: 502, json: '<h1>Bad gateway</h1>' });
  });

  it('keeps a path prefix of the base URL and opts in to experimental JSM methods', async () => {
    server = await startServer([json(200, { rating: 5 })]);

    await transportFor(`${server.baseUrl}/jira/`).request(
      'GET',
      '/rest/servicedeskapi/request/SUP-1/feedback',
    );

    expect(server.received[0]?.url).toBe('/jira/rest/servicedeskapi/request/SUP-1/feedback');
    expect(server.received[0]?.headers['x-experimentalapi']).toBe('opt-in');
  });

  it('through the client: retries a 429 after Retry-After and returns the parsed user', async () => {
    server = await startServer([
      json(429, { errorMessages: ['Too many'] }, { 'Retry-After': '2' }),
      json(200, { accountId: 'a-1' }),
    ]);
    const slept: number[] = [];
    const client = makeJiraClient(transportFor(server.baseUrl), {
      sleep: async (ms) => {
        slept.push(ms);
      },
    });

    const result = await getMyself(client);

    expect(result).toEqual({ ok: true, value: { accountId: 'a-1' } });
    expect(slept).toEqual([2000]);
    expect(server.received).toHaveLength(2);
  });

  it('rejects when nothing listens, and the client names the refused connection', async () => {
    const closed = await startServer([]);
    await closed.stop();

    await expect(transportFor(closed.baseUrl).request('GET', '/rest/api/3/myself')).rejects.toThrow();
    const result = await getMyself(makeJiraClient(transportFor(closed.baseUrl), { maxAttempts: 1 }));
    expect(!result.ok && result.error.code).toBe('JIRA.UNREACHABLE');
    expect(!result.ok && result.error.message).toMatch(
      /^GET \/rest\/api\/3\/myself could not reach Jira: .*ECONNREFUSED/,
    );
  });
});
