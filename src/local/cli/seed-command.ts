import { existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { err, ok, type Result } from '../../domain/result';
import { openDatabase } from '../jira-host/db/open-database';
import { JiraSite } from '../jira-host/site/jira-site';
import { importDataset } from '../jira-host/site/populate';
import { generateDataset } from '../seed';
import { seededQaLine, seedQaIntoStoreFile } from './seed-qa';
import { ensureCredentials } from '../jira-host/credentials';

export const SEED_USAGE =
  'ql seed [--tickets N] [--days D] [--seed S] [--end ISO] [--db .ql/jira.db] [--replace]';

/**
 * `ql seed`: a new local database of generated JSM tickets, deterministic from the seed, with QA
 * reviews of two weekly samples on the default scorecard (the app's store beside the database).
 */
export async function seedCommand(
  args: readonly string[],
  now: () => number = Date.now,
): Promise<Result<string>> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        tickets: { type: 'string', default: '3000' },
        days: { type: 'string', default: '90' },
        seed: { type: 'string', default: 'quality-loop' },
        end: { type: 'string' },
        db: { type: 'string', default: join('.ql', 'jira.db') },
        replace: { type: 'boolean', default: false },
      },
      strict: true,
    }));
  } catch (e) {
    return err({ code: 'CLI.USAGE', message: `${(e as Error).message}; usage: ${SEED_USAGE}` });
  }
  const tickets = Number(values.tickets);
  const days = Number(values.days);
  if (!Number.isInteger(tickets) || tickets < 1)
    return err({ code: 'CLI.USAGE', message: '--tickets must be a positive whole number' });
  if (!(days > 0)) return err({ code: 'CLI.USAGE', message: '--days must be a positive number' });
  const end = values.end ?? new Date(Math.floor(now() / 86_400_000) * 86_400_000).toISOString();
  if (Number.isNaN(Date.parse(end)))
    return err({ code: 'CLI.USAGE', message: `--end must be an ISO instant, not "${end}"` });
  if (existsSync(values.db)) {
    if (!values.replace)
      return err({
        code: 'SEED.EXISTS',
        message: `${values.db} exists: add --replace to seed it anew (its data is lost)`,
      });
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${values.db}${suffix}`, { force: true });
  }
  const db = openDatabase(values.db);
  try {
    const site = new JiraSite(db, { baseUrl: 'http://127.0.0.1:8080', utcOffsetMinutes: 480, now });
    const dataset = generateDataset({
      seed: values.seed,
      tickets,
      days,
      end,
      baseUrl: site.settings.baseUrl,
    });
    const count = importDataset(site, dataset.fields, dataset.issues);
    // The staff (admin, quality managers) sign in as `ql serve` will sign them in; QA reviews need them.
    ensureCredentials(site, join(dirname(values.db), 'credentials.json'), {});
    const projectKeys = [...new Set(dataset.issues.map((i) => i.fields.project.key))].sort();
    const qa = await seedQaIntoStoreFile(site, join(dirname(values.db), 'app.db'), {
      projectKeys,
      end: Date.parse(end),
      seed: values.seed,
    });
    if (!qa.ok) return qa;
    return ok(
      `seeded ${count} tickets over ${days} days ending ${end} (seed "${values.seed}") into ${values.db}\n` +
        `${seededQaLine(qa.value)}\n`,
    );
  } finally {
    db.close();
  }
}
