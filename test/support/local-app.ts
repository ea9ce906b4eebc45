import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Envelope } from '../../src/contract/envelope';
import type { ResolverKey, ResolverOutput } from '../../src/contract/resolvers';
import { installLocalApp, type LocalApp } from '../../src/local/forge-runtime/local-app';
import type { TestHost } from './local-host';

/**
 * The app installed on a test site with its daily aggregates built, as the admin page's backfill
 * builds them: the KPIs the alerts and reviews read come from there.
 */
export async function installMonitoredApp(host: TestHost, name: string): Promise<LocalApp> {
  const app = installLocalApp(host.site, join(mkdtempSync(join(tmpdir(), `ql-${name}-`)), 'app.db'));
  const backfill = await app.monitor.backfill('SUP');
  if (!backfill.ok) throw new Error(backfill.error.message);
  await app.monitor.queue.idle();
  return app;
}

/** A resolver's envelope, invoked as an account exactly as Forge invokes it. */
export const callAs = async <K extends ResolverKey>(
  app: LocalApp,
  key: K,
  payload: unknown,
  accountId: string,
): Promise<Envelope<ResolverOutput<K>>> =>
  (await app.invoke(key, payload, accountId)) as Envelope<ResolverOutput<K>>;

/** A resolver's data; its refusal fails the test, naming the resolver, the code and the message. */
export async function mustAs<K extends ResolverKey>(
  app: LocalApp,
  key: K,
  payload: unknown,
  accountId: string,
): Promise<ResolverOutput<K>> {
  const result = await callAs(app, key, payload, accountId);
  if (!result.ok) throw new Error(`${key}: ${result.error.code}: ${result.error.message}`);
  return result.data;
}

/** The code a resolver refuses with; an answer fails the test. */
export async function refusedAs(
  app: LocalApp,
  key: ResolverKey,
  payload: unknown,
  accountId: string,
): Promise<string> {
  const result = await callAs(app, key, payload, accountId);
  if (result.ok) throw new Error(`${key} should have been refused`);
  return result.error.code;
}
