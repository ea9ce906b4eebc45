import Resolver from '@forge/resolver';
import { z } from 'zod';
import type { AppPorts, Caller } from '../../app/ports';
import { syncActionFromJira } from '../../app/improvements/sync-from-jira';
import { validateStartImplementation } from '../../app/improvements/validate-transition';
import { RESOLVER_TABLE } from '../../app/resolvers/resolver-table';
import type { Envelope } from '../../contract/envelope';
import type { ResolverKey } from '../../contract/resolvers';
import { makeJiraClient, type JiraClient } from '../../jira/client';
import { checkedStore } from '../../store/checked-store';
import { sqliteStore } from '../app-store/sqlite-store';
import { inProcessTransport } from '../jira-host/http/in-process-transport';
import type { JiraSite } from '../jira-host/site/jira-site';
import { consumeBackfillStep } from '../../app/monitor/backfill-consumer';
import { markIssueEvent } from '../../app/monitor/issue-events';
import { requestBackfill } from '../../app/monitor/monitor-status';
import { syncAllProjects } from '../../app/monitor/scheduled-sync';
import { readCheckpoint } from '../../app/monitor/sync-state';
import type { ProjectMonitor } from '../../contract/monitor-schema';
import type { AppError } from '../../app/app-error';
import { err, ok, type Result } from '../../domain/result';
import { localQueue, type LocalQueue } from './local-queue';
import { localScheduler } from './local-scheduler';

/** The account the app acts as (Forge's `asApp()`), with the site-wide rights its scopes give. */
export const APP_ACCOUNT_ID = 'ql-app';

const context = z.looseObject({
  accountId: z.string().optional(),
  locale: z.string().optional(),
  timezone: z.string().optional(),
});

/** The app installed on the local site: its resolvers, invoked exactly as Forge invokes them. */
export interface LocalApp {
  invoke(functionKey: ResolverKey, payload: unknown, accountId: string): Promise<Envelope<unknown>>;
  /** The monitor's background work: the emulated backfill queue and hourly sync. */
  readonly monitor: LocalMonitor;
  /** Rebuilds a project's KPI aggregates now, through the backfill queue (tests and tools that need figures now). */
  rebuildAggregates(projectKey: string): Promise<Result<{ tickets: number; pages: number }, AppError>>;
  close(): void;
}

/** The monitor's queue consumer and scheduled job, as the local host runs them. */
export interface LocalMonitor {
  /** Starts a project's backfill as the admin page does; its steps run on the emulated queue. */
  backfill(projectKey: string, mode?: 'restart' | 'resume'): Promise<Result<ProjectMonitor, AppError>>;
  /** The emulated `monitor-backfill` queue (its consumer runs the same step as Forge's). */
  readonly queue: LocalQueue;
  /** Backfills the projects that have no backfill yet and resumes failed ones (`ql serve` start-up). */
  backfillMissing(projectKeys: readonly string[]): Promise<void>;
  /** Runs the scheduled sync of every backfilled project now. */
  syncNow(): Promise<void>;
  /** The ports background work runs with (Jira as the app, the app's store), for tests and benches. */
  ports(): AppPorts;
}

/** How the local host runs the monitor's background work. */
export interface LocalAppOptions {
  /** How often the scheduled sync runs (Forge: hourly); null: only when asked (tests). Default null. */
  readonly syncIntervalMs?: number | null;
  /** A backfill step's time budget (default: the one Forge's 900 s limit allows). */
  readonly backfillBudgetMs?: number;
  /** The clock a step's budget is measured on (default: the real clock). */
  readonly backfillClock?: () => number;
}

/**
 * Installs the app on the local site: the same resolver definitions Forge runs, with local adapters —
 * Jira through the site in this process (as the user or as the app), storage in SQLite — and the
 * app's workflow validator registered on the site's transitions.
 */
export function installLocalApp(site: JiraSite, storeFile: string, options: LocalAppOptions = {}): LocalApp {
  site.accounts.upsert(
    {
      accountId: APP_ACCOUNT_ID,
      email: null,
      displayName: 'Quality Loop',
      accountType: 'app',
      role: 'admin',
      timeZone: 'UTC',
      locale: 'en_US',
    },
    null,
  );
  const store = sqliteStore(storeFile);
  const clientAs = (accountId: string): JiraClient => makeJiraClient(inProcessTransport(site, accountId));
  const appJira = clientAs(APP_ACCOUNT_ID);
  // Background work runs as the app, as Forge's consumers and scheduled jobs do.
  const backgroundPorts = (): AppPorts => ({ ...portsFor(APP_ACCOUNT_ID), jira: appJira });
  const queue = localQueue('monitor-backfill', async (event) => {
    const outcome = await consumeBackfillStep(backgroundPorts(), event.body, {
      ...(options.backfillBudgetMs !== undefined && { budgetMs: options.backfillBudgetMs }),
      clock: options.backfillClock ?? Date.now,
    });
    if (!outcome.ok) console.error(`monitor backfill step: ${outcome.error.code}: ${outcome.error.message}`);
  });
  const backfillQueue = { push: (event: { projectKey: string; runId: string }) => queue.push({ ...event }) };
  const portsFor = (accountId: string): AppPorts => ({
    jira: clientAs(accountId),
    jiraAsApp: appJira,
    store: checkedStore(store),
    now: site.settings.now,
    backfillQueue,
  });
  const scheduler = localScheduler(async () => {
    const outcomes = await syncAllProjects(backgroundPorts());
    if (!outcomes.ok) throw new Error(outcomes.error.message);
    for (const { projectKey, result } of outcomes.value)
      if (!result.ok)
        console.error(`monitor sync ${projectKey}: ${result.error.code}: ${result.error.message}`);
  }, options.syncIntervalMs ?? null);
  // Issue events mark tickets of monitored projects for the next sync.
  site.issueEventTriggers.push((event) =>
    markIssueEvent(
      checkedStore(store),
      { eventType: event.eventType, issue: { key: event.issueKey } },
      site.settings.now(),
    ),
  );

  const resolver = new Resolver();
  for (const [key, run] of Object.entries(RESOLVER_TABLE)) {
    resolver.define(key, async (request) => {
      const ctx = context.parse(request.context);
      const accountId = ctx.accountId ?? '';
      const account = site.accounts.find(accountId);
      const caller: Caller = {
        accountId,
        locale: ctx.locale ?? account?.locale ?? 'en_US',
        timeZone: ctx.timezone ?? account?.timeZone ?? 'UTC',
      };
      return run(request.payload, caller, portsFor(accountId));
    });
  }
  const handler = resolver.getDefinitions();
  site.validators.set('plan-approved-validator', (event) =>
    validateStartImplementation(appJira, event.issue.key),
  );
  // Like Forge, the app ignores the events its own writes cause (it made those changes itself).
  site.issueUpdatedTriggers.push(async (issueKey, actor) => {
    if (actor === APP_ACCOUNT_ID) return;
    const synced = await syncActionFromJira({ ...portsFor(APP_ACCOUNT_ID), jira: appJira }, issueKey);
    // A failed trigger is logged, as Forge records a failed invocation.
    if (!synced.ok)
      console.error(`issue-updated trigger on ${issueKey}: ${synced.error.code}: ${synced.error.message}`);
  });

  return {
    async invoke(functionKey, payload, accountId) {
      const account = site.accounts.find(accountId);
      const result = await handler(
        { call: { functionKey, payload }, context: { locale: account?.locale, timezone: account?.timeZone } },
        { principal: { accountId } },
      );
      return envelope.parse(result) as Envelope<unknown>;
    },
    monitor: {
      backfill: (projectKey, mode = 'restart') => requestBackfill(backgroundPorts(), { projectKey, mode }),
      queue,
      async backfillMissing(projectKeys) {
        for (const projectKey of projectKeys) {
          const checkpoint = await readCheckpoint(checkedStore(store), projectKey);
          const mode =
            !checkpoint.ok || !checkpoint.value
              ? 'restart'
              : checkpoint.value.status === 'done'
                ? null
                : 'resume';
          if (mode === null) continue;
          const started = await requestBackfill(backgroundPorts(), { projectKey, mode });
          if (!started.ok) console.error(`backfill of ${projectKey}: ${started.error.message}`);
        }
      },
      syncNow: () => scheduler.runNow(),
      ports: backgroundPorts,
    },
    async rebuildAggregates(projectKey) {
      // The backfill Forge runs: figures reset, then queued steps (hand-overs and all) until done.
      const started = await requestBackfill(backgroundPorts(), { projectKey, mode: 'restart' });
      if (!started.ok) return started;
      await queue.idle();
      const checkpoint = await readCheckpoint(checkedStore(store), projectKey);
      if (!checkpoint.ok) return checkpoint;
      const done = checkpoint.value;
      if (done?.status !== 'done')
        return err({
          code: 'MONITOR.BACKFILL_FAILED',
          message: done?.error?.message ?? `the backfill of ${projectKey} did not finish`,
        });
      return ok({ tickets: done.ticketsDone, skipped: done.skipped, pages: done.pages });
    },
    close: () => {
      scheduler.stop();
      store.close();
    },
  };
}

const envelope = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.object({ code: z.string(), message: z.string() }) }),
]);
