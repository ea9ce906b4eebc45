/**
 * The Jira side of `npm run bench`, in its own process so that the measured process holds only the
 * app: seeds a local host with N tickets into its SQLite file (streamed from the generator), serves
 * it over HTTP, and prints one JSON line with its URL and credentials. Its clock is the real one plus
 * an offset that the parent moves by writing `advance <ms>` lines, so the bench can space runs apart
 * the way an hourly schedule does without waiting.
 */
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { startLocalHost } from '../src/local/jira-host/local-site';

async function main(): Promise<void> {
  const [tickets = '1000', dir = '.'] = process.argv.slice(2);
  let offset = 0;
  const started = performance.now();
  const host = await startLocalHost({
    db: join(dir, 'jira.db'),
    port: 0,
    tickets: Number(tickets),
    days: 90,
    end: '2026-11-01T00:00:00.000Z',
    seed: 'bench',
    now: () => Date.now() + offset,
  });
  const seedSeconds = (performance.now() - started) / 1000;
  process.stdout.write(
    `${JSON.stringify({ url: host.url, seeded: host.seeded, seedSeconds, credentials: host.credentials })}\n`,
  );
  const lines = createInterface({ input: process.stdin });
  lines.on('line', (line) => {
    const [command, value] = line.trim().split(/\s+/);
    if (command === 'advance') offset += Number(value);
    process.stdout.write(`${JSON.stringify({ offset })}\n`);
  });
  lines.on('close', () => void host.close().then(() => process.exit(0)));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
