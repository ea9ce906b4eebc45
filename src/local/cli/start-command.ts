import { join } from 'node:path';
import type { Result } from '../../domain/result';
import { reportCommand } from './report-command';

const SAMPLES = join(__dirname, '..', '..', '..', 'samples');

/**
 * `ql start` (what `npm start` runs until the local Jira host exists): the report of the last
 * two weeks of the bundled sample dataset.
 */
export function startCommand(args: readonly string[]): Promise<Result<string>> {
  return reportCommand([
    '--dataset',
    join(SAMPLES, 'sample-dataset.json'),
    '--config',
    join(SAMPLES, 'sample-config.json'),
    '--from',
    '2026-10-18',
    '--to',
    '2026-11-01',
    '--tz',
    'Asia/Shanghai',
    ...args,
  ]);
}
