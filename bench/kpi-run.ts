/**
 * One benchmark run in its own process, so that its peak memory is its own: streams N synthetic
 * tickets from the seed generator into ticket facts, then computes the full report.
 * Prints one JSON line of measurements.
 */
import { performance } from 'node:perf_hooks';
import { makeReportFromFacts } from './report-from-facts';
import { discoverFields } from '../src/jira/field-map';
import { jiraFieldListSchema } from '../src/jira/schemas/field';
import { toTicketFacts } from '../src/jira/ticket-facts';
import type { TicketFacts } from '../src/domain/ticket';
import { datasetFields, generateIssues } from '../src/local/seed';

const tickets = Number(process.argv[2] ?? '10000');
const days = 90;
const end = '2026-11-01T00:00:00.000Z';
const options = { seed: 'bench', tickets, days, end };

const map = discoverFields(jiraFieldListSchema.parse(datasetFields(options)), {
  npsField: 'Likelihood to recommend',
  dimensions: ['requestType', 'Channel', 'Team', 'assignee'],
});
if (!map.ok) throw new Error(map.error.message);

let generateMs = 0;
let factsMs = 0;
const facts: TicketFacts[] = [];
const iterator = generateIssues(options)[Symbol.iterator]();
for (let position = 0; ; position++) {
  const t0 = performance.now();
  const next = iterator.next();
  const t1 = performance.now();
  generateMs += t1 - t0;
  if (next.done) break;
  const f = toTicketFacts(next.value, map.value, position);
  factsMs += performance.now() - t1;
  if (f.ok) facts.push(f.value);
}

const t2 = performance.now();
const report = makeReportFromFacts(facts, end, days);
const reportMs = performance.now() - t2;

process.stdout.write(
  `${JSON.stringify({
    tickets,
    read: facts.length,
    generateMs,
    factsMs,
    reportMs,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    heapUsedMb: process.memoryUsage().heapUsed / 1024 / 1024,
    resolvedInReport: report.volume.resolved,
  })}\n`,
);
