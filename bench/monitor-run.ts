/**
 * One size of `npm run bench`, in its own process so its peak memory is its own. This process is
 * the app (as one Forge invocation would be): the Jira host runs in a child process and is reached
 * over HTTP through the same client, and the app's store is a SQLite file standing in for KVS.
 * Prints one JSON line with every figure.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import Resolver from '@forge/resolver';
import { z } from 'zod';
import { consumeBackfillStep } from '../src/app/monitor/backfill-consumer';
import { requestBackfill } from '../src/app/monitor/monitor-status';
import { readCheckpoint } from '../src/app/monitor/sync-state';
import { syncProject } from '../src/app/monitor/sync';
import { SEARCH_PAGE_SIZE } from '../src/app/monitor/ticket-pages';
import type { AppPorts } from '../src/app/ports';
import { RESOLVER_TABLE } from '../src/app/resolvers/resolver-table';
import { readSettings } from '../src/app/settings/settings-store';
import { httpTransport } from '../src/jira/adapters/http-transport';
import { makeJiraClient, type JiraClient } from '../src/jira/client';
import { addComment, getRequestFeedback, getRequestSla, searchIssuePages } from '../src/jira/endpoints';
import { sqliteStore } from '../src/local/app-store/sqlite-store';
import { localQueue } from '../src/local/forge-runtime/local-queue';
import { checkedStore } from '../src/store/checked-store';

/** Jira's largest enhanced-search page when only ids or keys are returned. */
const KEYS_PAGE_SIZE = 5000;
const MINUTE = 60_000;

const credentialSchema = z.object({
  role: z.string(),
  email: z.string(),
  apiToken: z.string(),
  accountId: z.string(),
});
const hostLine = z.object({
  url: z.string(),
  seeded: z.number(),
  seedSeconds: z.number(),
  credentials: z.array(credentialSchema),
});

const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

/** A deterministic sample of `count` of the items (mulberry32), so every run edits the same tickets. */
function sample<T>(items: readonly T[], count: number, seed: number): T[] {
  let a = seed;
  const random = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const pool = [...items];
  for (let i = 0; i < count && i < pool.length; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
  }
  return pool.slice(0, count);
}

function startHost(tickets: number, dir: string) {
  const child = spawn(
    process.execPath,
    ['--require', 'tsx/cjs', join(__dirname, 'monitor-host.ts'), String(tickets), dir],
    {
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const lines: Interface = createInterface({ input: child.stdout });
  const waiting: ((line: string) => void)[] = [];
  lines.on('line', (line) => waiting.shift()?.(line));
  const next = () => new Promise<string>((resolve) => waiting.push(resolve));
  return { child, next };
}

async function main(): Promise<void> {
  const [ticketsArg = '1000', naiveArg = '10000', gadgetArg = '200'] = process.argv.slice(2);
  const tickets = Number(ticketsArg);
  const naiveLimit = Number(naiveArg);
  const gadgetCalls = Number(gadgetArg);
  const dir = mkdtempSync(join(tmpdir(), 'ql-bench-monitor-'));
  const host = startHost(tickets, dir);
  try {
    const info = hostLine.parse(JSON.parse(await host.next()));
    let offset = 0;
    // Moves the host's clock and the app's together, as time passing between scheduled runs.
    const advance = async (ms: number) => {
      host.child.stdin.write(`advance ${ms}\n`);
      await host.next();
      offset += ms;
    };
    const as = (role: string) => {
      const c = info.credentials.find((x) => x.role === role);
      if (!c) throw new Error(`no ${role} on the host`);
      return {
        accountId: c.accountId,
        client: makeJiraClient(httpTransport({ baseUrl: info.url, email: c.email, apiToken: c.apiToken }), {
          timeoutMs: 120_000,
        }),
      };
    };
    const app = as('admin');
    const agent = as('agent');
    const store = checkedStore(sqliteStore(join(dir, 'app.db')));
    const queue = localQueue('monitor-backfill', async (event) => {
      const outcome = await consumeBackfillStep(ports, event.body);
      if (!outcome.ok) throw new Error(outcome.error.message);
    });
    const ports: AppPorts = {
      jira: app.client,
      jiraAsApp: app.client,
      store,
      now: () => Date.now() + offset,
      backfillQueue: { push: (event) => queue.push({ ...event }) },
    };

    // 1. Backfill through the queue, as the admin page starts it.
    app.client.resetStats();
    const rssBefore = process.memoryUsage().rss;
    const backfillStart = performance.now();
    const started = await requestBackfill(ports, { projectKey: 'SUP', mode: 'restart' });
    if (!started.ok) throw new Error(started.error.message);
    await queue.idle();
    const backfillSeconds = (performance.now() - backfillStart) / 1000;
    const backfillStats = app.client.stats();
    const backfillPeakRssMb = peakRssMb();
    const checkpoint = await readCheckpoint(store, 'SUP');
    if (!checkpoint.ok || checkpoint.value?.status !== 'done')
      throw new Error(`backfill did not finish: ${JSON.stringify(checkpoint)}`);

    // 2. Incremental sync after a share of the tickets changed (an agent's public reply on each).
    const keys: string[] = [];
    for await (const page of searchIssuePages(agent.client, {
      jql: 'project = SUP ORDER BY key ASC',
      fields: ['key'],
      maxResults: KEYS_PAGE_SIZE,
    })) {
      if (!page.ok) throw new Error(page.error.message);
      keys.push(...page.value.issues.map((i) => i.key ?? i.id));
    }
    const settings = await readSettings(store);
    if (!settings.ok) throw new Error(settings.error.message);
    const syncAfter = async (share: number, seed: number) => {
      await advance(10 * MINUTE);
      const changed = sample(keys, Math.round(keys.length * share), seed);
      for (const key of changed) {
        const reply = await addComment(agent.client, key, {
          body: {
            type: 'doc',
            version: 1,
            content: [{ type: 'paragraph', content: [{ type: 'text', text: '已回复' }] }],
          },
        });
        if (!reply.ok) throw new Error(reply.error.message);
      }
      await advance(10 * MINUTE);
      app.client.resetStats();
      const t = performance.now();
      const synced = await syncProject(ports, settings.value, 'SUP');
      if (!synced.ok) throw new Error(synced.error.message);
      return {
        share,
        changed: changed.length,
        read: synced.value.changed,
        requests: app.client.stats().total,
        ms: Math.round(performance.now() - t),
      };
    };
    const syncs = [await syncAfter(0, 1), await syncAfter(0.005, 2), await syncAfter(0.01, 3)];

    // 3. The scorecard gadget's resolver, invoked as the local host invokes it (Forge's resolver library).
    const resolver = new Resolver();
    resolver.define('kpi/report', (request) =>
      RESOLVER_TABLE['kpi/report'](
        request.payload,
        { accountId: app.accountId, locale: 'en_US', timeZone: 'Asia/Shanghai' },
        ports,
      ),
    );
    const handler = resolver.getDefinitions();
    const payload = { projectKey: 'SUP', from: '2026-10-02', to: '2026-11-01', timeZone: 'Asia/Shanghai' };
    const latencies: number[] = [];
    for (let i = 0; i < gadgetCalls; i++) {
      const t = performance.now();
      const answer = z
        .object({ ok: z.boolean() })
        .parse(
          await handler(
            { call: { functionKey: 'kpi/report', payload }, context: {} },
            { principal: { accountId: app.accountId } },
          ),
        );
      latencies.push(performance.now() - t);
      if (!answer.ok) throw new Error(`kpi/report failed: ${JSON.stringify(answer)}`);
    }
    latencies.sort((a, b) => a - b);
    const percentile = (p: number) =>
      latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)] ?? 0;

    // 4. The naive approach: key pages, then one SLA and one feedback request per ticket.
    const naive: JiraClient = as('admin').client;
    const naiveTickets = Math.min(naiveLimit, keys.length);
    const naiveStart = performance.now();
    for await (const page of searchIssuePages(naive, {
      jql: 'project = SUP ORDER BY key ASC',
      fields: ['key'],
      maxResults: KEYS_PAGE_SIZE,
    })) {
      if (!page.ok) throw new Error(page.error.message);
    }
    for (const key of keys.slice(0, naiveTickets)) {
      const sla = await getRequestSla(naive, key);
      if (!sla.ok) throw new Error(sla.error.message);
      // No rating answers 404: the request still had to be made.
      const feedback = await getRequestFeedback(naive, key);
      if (!feedback.ok && feedback.error.status !== 404) throw new Error(feedback.error.message);
    }
    const naiveSeconds = (performance.now() - naiveStart) / 1000;
    const naiveMeasured = naive.stats().total;
    const naiveFull = Math.ceil(keys.length / KEYS_PAGE_SIZE) + 2 * keys.length;

    const c = checkpoint.value;
    process.stdout.write(
      `${JSON.stringify({
        tickets: keys.length,
        seeded: info.seeded,
        seedSeconds: info.seedSeconds,
        backfill: {
          requests: backfillStats.total,
          retries: backfillStats.retries,
          byEndpoint: backfillStats.byEndpoint,
          lowerBound: 1 + Math.ceil(keys.length / SEARCH_PAGE_SIZE),
          seconds: backfillSeconds,
          ticketsPerSecond: keys.length / backfillSeconds,
          steps: c.steps,
          pages: c.pages,
          ticketsDone: c.ticketsDone,
          skipped: c.skipped,
          peakRssMb: backfillPeakRssMb,
          rssBeforeMb: mb(rssBefore),
        },
        naive: {
          measuredTickets: naiveTickets,
          measuredRequests: naiveMeasured,
          measuredSeconds: naiveSeconds,
          fullRequests: naiveFull,
          extrapolated: naiveTickets < keys.length,
          fullSecondsEstimate:
            naiveTickets < keys.length ? (naiveSeconds / naiveTickets) * keys.length : naiveSeconds,
        },
        syncs,
        gadget: { calls: gadgetCalls, p50: percentile(50), p95: percentile(95), max: latencies.at(-1) ?? 0 },
        peakRssMbEnd: peakRssMb(),
      })}\n`,
    );
  } finally {
    host.child.stdin.end();
    await new Promise((resolve) => host.child.once('exit', resolve));
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
