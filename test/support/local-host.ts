import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { httpTransport } from '../../src/jira/adapters/http-transport';
import { makeJiraClient, type JiraClient, type JiraClientOptions } from '../../src/jira/client';
import type { JiraResponse, JiraTransport } from '../../src/jira/port';
import type { FaultOptions } from '../../src/local/jira-host/http/faults';
import { manifestPropertyIndexes } from '../../src/local/forge-runtime/manifest-indexes';
import { startLocalHost, type LocalHost } from '../../src/local/jira-host/local-site';
import type { Role } from '../../src/local/jira-host/site/roles';

/** The clock of a test site: fixed, so seeded data and relative JQL dates are reproducible. */
export const TEST_NOW = Date.parse('2026-11-01T08:00:00Z');

export interface TestHost extends LocalHost {
  /** A client signed in as the first account of a role. */
  clientAs(role: Role, options?: JiraClientOptions, recorder?: Exchange[]): JiraClient;
  dispose(): Promise<void>;
}

/** One request and answer through a recording transport, for contract checks. */
export interface Exchange {
  readonly method: string;
  readonly path: string;
  readonly body: unknown;
  readonly response: JiraResponse;
}

/** Starts a seeded local Jira/JSM site in a temporary folder on a free loopback port. */
export async function startTestHost(
  options: { tickets?: number; days?: number; faults?: FaultOptions; now?: () => number } = {},
): Promise<TestHost> {
  const dir = mkdtempSync(join(tmpdir(), 'ql-host-'));
  const host = await startLocalHost({
    db: join(dir, 'jira.db'),
    port: 0,
    seed: 'integration',
    tickets: options.tickets ?? 300,
    days: options.days ?? 30,
    end: '2026-11-01T00:00:00.000Z',
    now: options.now ?? (() => TEST_NOW),
    propertyIndexes: manifestPropertyIndexes(join(__dirname, '..', '..', 'manifest.yml')),
    ...(options.faults && { faults: options.faults }),
  });
  return {
    ...host,
    clientAs(role, clientOptions = {}, recorder) {
      const credential = host.credentials.find((c) => c.role === role);
      if (!credential) throw new Error(`no ${role} account on the test site`);
      const transport = httpTransport({
        baseUrl: host.url,
        email: credential.email,
        apiToken: credential.apiToken,
      });
      return makeJiraClient(recorder ? recording(transport, recorder) : transport, {
        sleep: async () => undefined,
        ...clientOptions,
      });
    },
    async dispose() {
      await host.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function recording(transport: JiraTransport, into: Exchange[]): JiraTransport {
  return {
    async request(method, path, body) {
      const response = await transport.request(method, path, body);
      into.push({ method, path, body, response });
      return response;
    },
  };
}
