import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { err, ok, type Result } from '../../domain/result';
import { faultOptionsSchema, type FaultOptions } from '../jira-host/http/faults';
import { installLocalApp } from '../forge-runtime/local-app';
import { manifestPropertyIndexes } from '../forge-runtime/manifest-indexes';
import { startLocalHost, type LocalHost } from '../jira-host/local-site';
import { uiModules } from '../ui-host/ui-modules';
import { uiPages } from '../ui-host/ui-pages';
import { seededQaLine, seedQaIntoStoreFile } from './seed-qa';
import { textTable } from './text-table';

const MANIFEST = join(__dirname, '..', '..', '..', 'manifest.yml');
const UI_BUNDLE = join(__dirname, '..', '..', '..', 'static', 'app', 'dist');

export const SERVE_USAGE =
  'ql serve [--port 8080] [--db .ql/jira.db] [--seed S] [--tickets N] [--days D] [--sync-minutes 60] [--faults 429=0.04,503=0.03,cut=0.02,slow=0.01]';

/** `ql serve`: the local Jira Cloud + JSM site on loopback, seeded on first start, until Ctrl-C. */
export async function serveCommand(args: readonly string[]): Promise<Result<string>> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        port: { type: 'string', default: '8080' },
        db: { type: 'string', default: join('.ql', 'jira.db') },
        seed: { type: 'string', default: 'quality-loop' },
        tickets: { type: 'string', default: '3000' },
        days: { type: 'string', default: '90' },
        faults: { type: 'string' },
        'sync-minutes': { type: 'string', default: '60' },
      },
      strict: true,
    }));
  } catch (e) {
    return err({ code: 'CLI.USAGE', message: `${(e as Error).message}; usage: ${SERVE_USAGE}` });
  }
  const port = Number(values.port);
  const tickets = Number(values.tickets);
  const days = Number(values.days);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    return err({ code: 'CLI.USAGE', message: `--port must be 0..65535, not "${values.port}"` });
  if (!Number.isInteger(tickets) || tickets < 1)
    return err({ code: 'CLI.USAGE', message: `--tickets must be a positive whole number` });
  if (!(days > 0)) return err({ code: 'CLI.USAGE', message: `--days must be a positive number` });
  const syncMinutes = Number(values['sync-minutes']);
  if (!(syncMinutes >= 0))
    return err({
      code: 'CLI.USAGE',
      message: `--sync-minutes must be 0 (off) or more, not "${values['sync-minutes']}"`,
    });

  const faults = values.faults === undefined ? ok(undefined) : parseFaults(values.faults);
  if (!faults.ok) return faults;

  // The seeded period ends today (UTC midnight): the tickets and the QA seeded on a first start share it.
  const seedEnd = Math.floor(Date.now() / 86_400_000) * 86_400_000;
  let host: LocalHost;
  // The browser pages need the installed app, which needs the running site: wired once both exist.
  let pages: ((request: IncomingMessage, response: ServerResponse) => boolean) | null = null;
  try {
    host = await startLocalHost({
      db: values.db,
      port,
      seed: values.seed,
      tickets,
      days,
      end: new Date(seedEnd).toISOString(),
      ...(faults.value && { faults: faults.value }),
      ...(process.env.QL_ADMIN_EMAIL && { adminEmail: process.env.QL_ADMIN_EMAIL }),
      ...(process.env.QL_ADMIN_TOKEN && { adminToken: process.env.QL_ADMIN_TOKEN }),
      propertyIndexes: manifestPropertyIndexes(MANIFEST),
      pages: (request, response) => pages?.(request, response) ?? false,
    });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return err({
      code: 'HOST.START',
      message:
        code === 'EADDRINUSE' ? `port ${port} is in use: choose another with --port` : (e as Error).message,
    });
  }
  // A new database gets QA as `ql seed` seeds it (scorecard, reviewer group, samples, reviews), before
  // the app is installed, as `ql seed` runs it: the sample site shows a QA figure and a queue.
  const qaSeeded =
    host.seeded > 0 ? await seedQaOnFirstStart(host.site, values.db, values.seed, seedEnd) : null;
  if (qaSeeded && !qaSeeded.ok) {
    await host.close();
    return qaSeeded;
  }
  // The app, installed on the local site: its resolvers, workflow validator and issue trigger.
  const app = installLocalApp(host.site, join(dirname(values.db), 'app.db'), {
    syncIntervalMs: syncMinutes > 0 ? syncMinutes * 60_000 : null,
  });
  // The figures come from the monitor's aggregates: every project not yet read is backfilled on the
  // emulated queue (steps hand over as on Forge) before the site is announced.
  const projects = host.site
    .documents('SELECT doc FROM projects ORDER BY key', [])
    .flatMap((doc) =>
      doc && typeof doc === 'object' && 'key' in doc && typeof doc.key === 'string' ? [doc.key] : [],
    );
  await app.monitor.backfillMissing(projects);
  await app.monitor.queue.idle();
  pages = uiPages({
    app,
    distDir: UI_BUNDLE,
    modules: uiModules(MANIFEST),
    credentials: host.credentials,
    sampleIssue: `SUP-${Math.max(1, host.site.issues.count() - 10)}`,
  });
  const stop = () =>
    void host.site
      .settled()
      .then(() => host.close())
      .then(() => {
        app.close();
        process.exit(0);
      });
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return ok(
    [
      `Quality Loop local Jira Cloud + JSM at ${host.url} (open it in a browser: every module of the app)`,
      ...(faults.value ? [`fault injection on: ${values.faults ?? ''}`] : []),
      ...(qaSeeded?.ok ? [seededQaLine(qaSeeded.value)] : []),
      `database ${values.db}: ${host.site.issues.count()} tickets${host.seeded > 0 ? ` (seeded now from seed "${values.seed}")` : ''}`,
      '',
      'Sign in with Basic auth (email : API token):',
      textTable(
        ['role', 'name', 'email', 'API token'],
        host.credentials.map((c) => [c.role, c.displayName, c.email, c.apiToken]),
        [0, 1, 2, 3],
      ),
      '',
      'Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
}

/** QA seeded into the app's store beside a database just seeded, for every project of the site. */
function seedQaOnFirstStart(site: LocalHost['site'], db: string, seed: string, end: number) {
  const projectKeys = site
    .documents('SELECT doc FROM projects ORDER BY key', [])
    .flatMap((doc) =>
      doc && typeof doc === 'object' && 'key' in doc && typeof doc.key === 'string' ? [doc.key] : [],
    );
  return seedQaIntoStoreFile(site, join(dirname(db), 'app.db'), { projectKeys, end, seed });
}

const FAULT_NAMES = { '429': 'rateLimited', '503': 'serverError', cut: 'cut', slow: 'slow' } as const;

/** `429=0.04,503=0.03,cut=0.02,slow=0.01`: shares of API answers to spoil (for resilience tests). */
function parseFaults(text: string): Result<FaultOptions> {
  const shares: Record<string, number> = {};
  for (const part of text.split(',')) {
    const [name = '', share = ''] = part.split('=');
    const key = FAULT_NAMES[name.trim() as keyof typeof FAULT_NAMES];
    const value = Number(share);
    if (!key || !(value >= 0 && value <= 1)) {
      return err({
        code: 'CLI.USAGE',
        message: `--faults takes name=share pairs (429, 503, cut, slow; shares 0..1), not "${part}"`,
      });
    }
    shares[key] = value;
  }
  const parsed = faultOptionsSchema.safeParse(shares);
  if (!parsed.success)
    return err({ code: 'CLI.USAGE', message: `--faults: ${parsed.error.issues[0]?.message ?? 'invalid'}` });
  const total = parsed.data.rateLimited + parsed.data.serverError + parsed.data.cut + parsed.data.slow;
  if (total > 1)
    return err({ code: 'CLI.USAGE', message: `--faults shares add up to ${total}, more than 1` });
  return ok(parsed.data);
}
