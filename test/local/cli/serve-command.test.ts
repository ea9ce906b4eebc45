import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { readQaFigures } from '../../../src/app/qa/qa-aggregates';
import { readQaConfig } from '../../../src/app/qa/qa-config-store';
import type { QaFigures } from '../../../src/contract/qa-schema';
import { sqliteStore } from '../../../src/local/app-store/sqlite-store';
import { seedCommand } from '../../../src/local/cli/seed-command';

const ROOT = resolve(__dirname, '..', '..', '..');
const QL = join(ROOT, 'bin', 'ql.js');

/** Runs `ql serve` until it prints its sign-ins, then gives its output and a way to stop it. */
function serve(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ output: string; stop: () => void; exited: Promise<void> }> {
  const child = spawn(process.execPath, [QL, 'serve', '--port', '0', ...args], {
    env: { ...process.env, ...env },
  });
  let output = '';
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`ql serve did not start: ${output}`)), 60_000);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Press Ctrl-C')) {
        clearTimeout(timer);
        resolvePromise({ output, stop: () => child.kill('SIGTERM'), exited });
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on(
      'exit',
      (code) => code !== null && code !== 0 && reject(new Error(`ql serve exited ${code}: ${output}`)),
    );
  });
}

describe('ql serve', () => {
  it('seeds a new database, prints generated sign-ins, and takes the admin from QL_ADMIN_EMAIL/QL_ADMIN_TOKEN', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'ql-serve-')), 'jira.db');
    const { output, stop } = await serve(['--db', db, '--tickets', '150', '--days', '20'], {
      QL_ADMIN_EMAIL: 'boss@example.test',
      QL_ADMIN_TOKEN: 'a-token-from-the-environment',
    });
    try {
      const url = /at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1] ?? '';
      expect(output).toContain('150 tickets (seeded now');
      expect(output).toMatch(/admin\s+.*boss@example\.test\s+a-token-from-the-environment/);
      const agentLine = output.split('\n').find((l) => l.startsWith('agent')) ?? '';
      const [email, token] = agentLine.trim().split(/\s+/).slice(-2);
      const me = await fetch(`${url}/rest/api/3/myself`, {
        headers: { authorization: `Basic ${Buffer.from(`${email}:${token}`).toString('base64')}` },
      });
      expect(me.status).toBe(200);
      const admin = await fetch(`${url}/rest/api/3/myself`, {
        headers: {
          authorization: `Basic ${Buffer.from('boss@example.test:a-token-from-the-environment').toString('base64')}`,
        },
      });
      expect(((await admin.json()) as { emailAddress: string }).emailAddress).toBe('boss@example.test');
    } finally {
      stop();
    }
  }, 90_000);

  it('seeds QA on the first start as ql seed does, and leaves it alone on the next start', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ql-serve-qa-'));
    const db = join(dir, 'jira.db');
    const first = await serve(['--db', db, '--tickets', '300', '--days', '30', '--sync-minutes', '0']);
    let figures: QaFigures;
    const today = Math.floor(Date.now() / 86_400_000) * 86_400_000;
    const period = { from: today - 30 * 86_400_000, to: today + 86_400_000 };
    first.stop();
    // The running site holds its store exclusively: read once it has stopped.
    await first.exited;
    {
      expect(first.output).toMatch(
        /seeded QA: scorecard "standard" v1, [1-9]\d* tickets sampled, [1-9]\d* reviews/,
      );
      const store = sqliteStore(join(dir, 'app.db'));
      try {
        const config = await readQaConfig(store);
        expect(config.ok && [config.value.activeScorecardId, config.value.reviewerGroup]).toEqual([
          'standard',
          'quality-managers',
        ]);
        figures = await readQaFigures(store, 'SUP', period);
        expect(figures.reviews).toBeGreaterThan(0);
      } finally {
        store.close();
      }
    }
    // ql seed on the same seed, size and end seeds the very same QA figures.
    const seeded = join(mkdtempSync(join(tmpdir(), 'ql-seed-qa-')), 'jira.db');
    const out = await seedCommand([
      '--db',
      seeded,
      '--tickets',
      '300',
      '--days',
      '30',
      '--end',
      new Date(today).toISOString(),
    ]);
    if (!out.ok) throw new Error(out.error.message);
    const seedStore = sqliteStore(join(dirname(seeded), 'app.db'));
    try {
      expect(await readQaFigures(seedStore, 'SUP', period)).toEqual(figures);
    } finally {
      seedStore.close();
    }
    // A second start of the same database seeds nothing again.
    const second = await serve(['--db', db, '--sync-minutes', '0']);
    second.stop();
    await second.exited;
    expect(second.output).not.toContain('seeded QA');
  }, 120_000);

  it('refuses a bad --faults value with one line', () => {
    const result = spawnSync(process.execPath, [QL, 'serve', '--faults', '429=2'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toMatch(/^ql serve: --faults takes name=share pairs/);
  });
});

describe('ql seed and ql import', () => {
  it('seeds deterministically, refuses to overwrite without --replace, and imports a dataset all or nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ql-seed-'));
    const db = join(dir, 'jira.db');
    const seed = (extra: string[] = []) =>
      spawnSync(
        process.execPath,
        [
          QL,
          'seed',
          '--db',
          db,
          '--tickets',
          '120',
          '--days',
          '10',
          '--end',
          '2026-11-01T00:00:00Z',
          ...extra,
        ],
        { encoding: 'utf8' },
      );
    expect(seed().stdout).toContain('seeded 120 tickets');
    const again = seed();
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('add --replace');
    expect(seed(['--replace']).status).toBe(0);

    const imported = spawnSync(
      process.execPath,
      [QL, 'import', join(ROOT, 'samples', 'sample-dataset.json'), '--db', join(dir, 'other.db')],
      {
        encoding: 'utf8',
      },
    );
    expect(imported.stdout).toContain('imported 400 tickets');
    // The same keys again collide: nothing of the second import is stored.
    const twice = spawnSync(
      process.execPath,
      [QL, 'import', join(ROOT, 'samples', 'sample-dataset.json'), '--db', join(dir, 'other.db')],
      {
        encoding: 'utf8',
      },
    );
    expect(twice.status).toBe(1);
    expect(twice.stderr).toContain('nothing was imported');
  }, 90_000);
});
