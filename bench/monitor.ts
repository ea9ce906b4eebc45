/**
 * `npm run bench`: monitoring at scale. For each size (default 1k, 10k, 100k tickets) a fresh local
 * host is seeded and, in a process of its own (so its peak memory is its own), the app:
 * - backfills the project through the queue (steps hand over as on Forge) and counts Jira requests
 *   by endpoint against the lower bound the API allows;
 * - measures the naive approach in the same run: key pages, then one SLA and one feedback request
 *   per ticket (on at most --naive-sample tickets; beyond that the request count is exact arithmetic
 *   and the time is extrapolated, and the table says so);
 * - syncs after 0%, 0.5% and 1% of the tickets changed (an agent's reply on each);
 * - calls the scorecard gadget's resolver (kpi/report over 30 days) --gadget-calls times.
 *
 * The app's process runs with V8's heap capped at 448 MB, as inside Forge's 512 MB.
 *
 * Options: --sizes 1000,10000,100000  --naive-sample 10000  --gadget-calls 200
 */
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    'naive-sample': { type: 'string', default: '10000' },
    'gadget-calls': { type: 'string', default: '200' },
  },
});

const resultSchema = z.object({
  tickets: z.number(),
  seedSeconds: z.number(),
  backfill: z.object({
    requests: z.number(),
    retries: z.number(),
    byEndpoint: z.record(z.string(), z.number()),
    lowerBound: z.number(),
    seconds: z.number(),
    ticketsPerSecond: z.number(),
    steps: z.number(),
    pages: z.number(),
    peakRssMb: z.number(),
  }),
  naive: z.object({
    measuredTickets: z.number(),
    measuredRequests: z.number(),
    measuredSeconds: z.number(),
    fullRequests: z.number(),
    extrapolated: z.boolean(),
    fullSecondsEstimate: z.number(),
  }),
  syncs: z.array(
    z.object({
      share: z.number(),
      changed: z.number(),
      read: z.number(),
      requests: z.number(),
      ms: z.number(),
    }),
  ),
  gadget: z.object({ calls: z.number(), p50: z.number(), p95: z.number(), max: z.number() }),
  peakRssMbEnd: z.number(),
});
type BenchResult = z.infer<typeof resultSchema>;

const n = (value: number, digits = 0) =>
  value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

const sizes = (values.sizes ?? '').split(',').map(Number);
const cpu = cpus()[0]?.model ?? 'cpu';
console.log(
  `machine: ${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}`,
);

const results: BenchResult[] = [];
for (const size of sizes) {
  console.error(`— ${n(size)} tickets: seeding, backfill, syncs, gadget, naive …`);
  const out = execFileSync(
    process.execPath,
    [
      // V8's heap capped as in a 512 MB Forge function: the app must fit in it, not only report a figure.
      '--max-old-space-size=448',
      '--require',
      'tsx/cjs',
      join(__dirname, 'monitor-run.ts'),
      String(size),
      values['naive-sample'] ?? '10000',
      values['gadget-calls'] ?? '200',
    ],
    { encoding: 'utf8', maxBuffer: 1 << 22, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const result = resultSchema.parse(JSON.parse(out.trim().split('\n').pop() ?? '{}'));
  results.push(result);
  console.error(
    `  seeded in ${result.seedSeconds.toFixed(1)} s; backfill by endpoint: ${JSON.stringify(result.backfill.byEndpoint)}`,
  );
}

console.log('');
console.log(
  'Backfill (one project, every ticket with its changelog and comments) against the API lower bound and the naive approach:',
);
console.log('');
console.log(
  '| tickets | backfill requests | lower bound | over bound | naive requests | naive ÷ backfill | backfill s | tickets/s | queue steps | peak RSS MB |',
);
console.log(
  '| ------: | ------: | ------: | ------: | ------: | ------: | ------: | ------: | ------: | ------: |',
);
for (const r of results) {
  const b = r.backfill;
  const naive = `${n(r.naive.fullRequests)}${r.naive.extrapolated ? '†' : ''}`;
  console.log(
    `| ${n(r.tickets)} | ${n(b.requests)} | ${n(b.lowerBound)} | ${n(((b.requests - b.lowerBound) / b.lowerBound) * 100, 1)}% | ${naive} | ${n(r.naive.fullRequests / b.requests, 1)}× | ${n(b.seconds, 1)} | ${n(b.ticketsPerSecond)} | ${b.steps} | ${n(b.peakRssMb)} |`,
  );
}
console.log('');
console.log(
  'Naive approach measured in the same run (key pages of 5,000, then one SLA and one feedback request per ticket):',
);
console.log('');
console.log(
  '| tickets | measured on | requests measured | seconds measured | requests, all tickets | seconds, all tickets |',
);
console.log('| ------: | ------: | ------: | ------: | ------: | ------: |');
for (const r of results) {
  const x = r.naive;
  console.log(
    `| ${n(r.tickets)} | ${n(x.measuredTickets)} | ${n(x.measuredRequests)} | ${n(x.measuredSeconds, 1)} | ${n(x.fullRequests)}${x.extrapolated ? '†' : ''} | ${n(x.fullSecondsEstimate, 1)}${x.extrapolated ? '†' : ''} |`,
  );
}
if (results.some((r) => r.naive.extrapolated))
  console.log(
    '\n† extrapolated from the measured sample: the request count is exact (pages of 5,000 keys + 2 per ticket), the time is scaled linearly.',
  );
console.log('');
console.log(
  'Incremental sync after a share of the tickets changed, and the scorecard gadget (kpi/report, 30 days):',
);
console.log('');
console.log(
  '| tickets | changed | tickets read | requests | sync ms | gadget p50 ms | gadget p95 ms | peak RSS MB (whole run) |',
);
console.log('| ------: | ------: | ------: | ------: | ------: | ------: | ------: | ------: |');
for (const r of results) {
  for (const [i, s] of r.syncs.entries()) {
    const first = i === 0;
    console.log(
      `| ${first ? n(r.tickets) : ''} | ${n(s.changed)} (${n(s.share * 100, 1)}%) | ${n(s.read)} | ${n(s.requests)} | ${n(s.ms)} | ${first ? n(r.gadget.p50, 1) : ''} | ${first ? n(r.gadget.p95, 1) : ''} | ${first ? n(r.peakRssMbEnd) : ''} |`,
    );
  }
}
