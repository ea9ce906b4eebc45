/** `npm run bench:kpi`: facts building and full report for 10k and 100k tickets, each size in its own process. */
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

const sizes = (process.argv[2] ?? '10000,100000').split(',').map(Number);
const fmt = (n: number, d = 0) => n.toFixed(d).padStart(9);

console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}`,
);
console.log(
  '  tickets   facts ms  report ms  total ms  tickets/s  µs/ticket  peak RSS MB   (generation ms, excluded)',
);
for (const size of sizes) {
  const out = execFileSync(
    process.execPath,
    ['--require', 'tsx/cjs', join(__dirname, 'kpi-run.ts'), String(size)],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    },
  );
  const r = JSON.parse(out.trim().split('\n').pop() as string) as {
    tickets: number;
    factsMs: number;
    reportMs: number;
    generateMs: number;
    peakRssMb: number;
  };
  const total = r.factsMs + r.reportMs;
  console.log(
    `${fmt(r.tickets)} ${fmt(r.factsMs)} ${fmt(r.reportMs)} ${fmt(total)} ${fmt((r.tickets / total) * 1000)} ${fmt((total * 1000) / r.tickets, 2)} ${fmt(r.peakRssMb)}       (${r.generateMs.toFixed(0)})`,
  );
}
