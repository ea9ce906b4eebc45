import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A running `ql serve` on a fresh temporary database. */
export interface LocalSite {
  readonly url: string;
  readonly output: () => string;
  readonly stop: () => Promise<void>;
}

const ROOT = join(__dirname, '..', '..', '..');

/** Starts `ql serve --port 0` with a small dataset and resolves once it prints its address. */
export async function startLocalSite(): Promise<LocalSite> {
  const dir = mkdtempSync(join(tmpdir(), 'ql-e2e-'));
  const child: ChildProcess = spawn(
    process.execPath,
    [
      join(ROOT, 'bin', 'ql.js'),
      'serve',
      '--port',
      '0',
      '--db',
      join(dir, 'jira.db'),
      '--tickets',
      '300',
      '--days',
      '30',
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`ql serve did not start in 60 s:\n${output}`)), 60_000);
    const look = () => {
      const found = /at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      if (found && output.includes('Press Ctrl-C')) {
        clearTimeout(timer);
        resolve(found);
      }
    };
    child.stdout?.on('data', look);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`ql serve exited:\n${output}`));
    });
  }).catch(async (e: unknown) => {
    await stop();
    throw e;
  });
  return { url, output: () => output, stop };
}
