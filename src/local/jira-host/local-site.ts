import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { datasetFields, generateIssues } from '../seed';
import { ensureCredentials, type Credential } from './credentials';
import { openDatabase } from './db/open-database';
import type { FaultOptions } from './http/faults';
import { createHostServer, type HostServerOptions } from './http/server';
import { ALL_ROUTES } from './routes/all-routes';
import type { EntityPropertyIndex } from './jql';
import { JiraSite } from './site/jira-site';
import { importDatasetStream } from './site/populate';

export interface LocalHostOptions {
  /** SQLite file; created and seeded on first use. Credentials are kept beside it. */
  readonly db: string;
  /** Loopback port; 0 picks a free one. */
  readonly port: number;
  readonly seed?: string;
  readonly tickets?: number;
  readonly days?: number;
  /** Exclusive end of the seeded period (ISO); default: today's UTC midnight. */
  readonly end?: string;
  readonly now?: () => number;
  readonly adminEmail?: string;
  readonly adminToken?: string;
  readonly faults?: FaultOptions;
  readonly pages?: HostServerOptions['pages'];
  /** Search aliases of the installed app's issue properties (from its manifest). */
  readonly propertyIndexes?: readonly EntityPropertyIndex[];
}

/** A running local Jira Cloud + JSM site. */
export interface LocalHost {
  readonly url: string;
  readonly site: JiraSite;
  readonly credentials: readonly Credential[];
  /** Tickets generated into a new database (0 when it already existed). */
  readonly seeded: number;
  close(): Promise<void>;
}

/** Starts the emulator on loopback: opens (or creates and seeds) the database, then serves the REST API. */
export async function startLocalHost(options: LocalHostOptions): Promise<LocalHost> {
  let site: JiraSite | null = null;
  const server = createHostServer({
    site: () => {
      if (!site) throw new Error('the site is still opening');
      return site;
    },
    routes: ALL_ROUTES,
    ...(options.faults && { faults: options.faults }),
    ...(options.pages && { pages: options.pages }),
  });
  const url = await listen(server, options.port);
  try {
    const opened = openSite(options, url);
    site = opened.site;
    return {
      url,
      site: opened.site,
      credentials: opened.credentials,
      seeded: opened.seeded,
      close: () =>
        new Promise((resolve) => {
          server.closeAllConnections();
          server.close(() => {
            opened.site.db.close();
            resolve();
          });
        }),
    };
  } catch (e) {
    server.close();
    throw e;
  }
}

function openSite(
  options: LocalHostOptions,
  baseUrl: string,
): { site: JiraSite; credentials: Credential[]; seeded: number } {
  const db = openDatabase(options.db);
  const now = options.now ?? Date.now;
  const site = new JiraSite(db, {
    baseUrl,
    utcOffsetMinutes: 480,
    now,
    ...(options.propertyIndexes && { propertyIndexes: options.propertyIndexes }),
  });
  let seeded = 0;
  if (site.issues.count() === 0) {
    const end = options.end ?? new Date(Math.floor(now() / 86_400_000) * 86_400_000).toISOString();
    const seedOptions = {
      seed: options.seed ?? 'quality-loop',
      tickets: options.tickets ?? 3000,
      days: options.days ?? 90,
      end,
      baseUrl,
    };
    // Streamed from the generator in chunks: a 100k-ticket site is seeded without holding it in memory.
    seeded = importDatasetStream(site, datasetFields(seedOptions), generateIssues(seedOptions));
  }
  const credentials = ensureCredentials(site, join(dirname(options.db), 'credentials.json'), {
    ...(options.adminEmail && { adminEmail: options.adminEmail }),
    ...(options.adminToken && { adminToken: options.adminToken }),
  });
  return { site, credentials, seeded };
}

function listen(server: Server, port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address() as AddressInfo;
      resolve(`http://127.0.0.1:${address.port}`);
    });
  });
}
