/**
 * `npm run bench:jira`: exports N tickets (default 10k) from a freshly seeded local host through the
 * Jira client and prints requests made against the lower bound the API allows, requests per second
 * and tickets per second. Host and client share this process (and its 2 cores).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { exportDataset } from '../src/app/export/export-dataset';
import { httpTransport } from '../src/jira/adapters/http-transport';
import { makeJiraClient } from '../src/jira/client';
import { startLocalHost } from '../src/local/jira-host/local-site';

const SEARCH_PAGE_WITH_FIELDS = 100;

async function main(): Promise<void> {
  const tickets = Number(process.argv[2] ?? '10000');
  const dir = mkdtempSync(join(tmpdir(), 'ql-bench-jira-'));
  console.log(
    `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}`,
  );
  const seedStart = performance.now();
  const host = await startLocalHost({
    db: join(dir, 'jira.db'),
    port: 0,
    tickets,
    days: 90,
    end: '2026-11-01T00:00:00.000Z',
    seed: 'bench',
  });
  console.log(`seeded ${host.seeded} tickets in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);
  try {
    const agent = host.credentials.find((c) => c.role === 'agent');
    if (!agent) throw new Error('no agent account');
    const client = makeJiraClient(
      httpTransport({ baseUrl: host.url, email: agent.email, apiToken: agent.apiToken }),
      { timeoutMs: 120_000 },
    );
    const start = performance.now();
    const exported = await exportDataset(client, 'project = SUP ORDER BY key ASC');
    const seconds = (performance.now() - start) / 1000;
    if (!exported.ok) throw new Error(exported.error.message);
    const stats = client.stats();
    // One field list, then full pages of the search: nothing less reads every ticket with its fields.
    const lowerBound = 1 + Math.ceil(exported.value.issues.length / SEARCH_PAGE_WITH_FIELDS);
    console.log('tickets  requests  lower bound  over bound  seconds  requests/s  tickets/s');
    console.log(
      [
        String(exported.value.issues.length).padStart(7),
        String(stats.total).padStart(9),
        String(lowerBound).padStart(12),
        `${(((stats.total - lowerBound) / lowerBound) * 100).toFixed(1)}%`.padStart(11),
        seconds.toFixed(2).padStart(8),
        (stats.total / seconds).toFixed(1).padStart(11),
        (exported.value.issues.length / seconds).toFixed(0).padStart(10),
      ].join(''),
    );
    console.log('requests by endpoint:', JSON.stringify(stats.byEndpoint));
  } finally {
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
