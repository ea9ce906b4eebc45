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
  close(): void;
}

/**
 * Installs the app on the local site: the same resolver definitions Forge runs, with local adapters —
 * Jira through the site in this process (as the user or as the app), storage in SQLite — and the
 * app's workflow validator registered on the site's transitions.
 */
export function installLocalApp(site: JiraSite, storeFile: string): LocalApp {
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
  const portsFor = (accountId: string): AppPorts => ({
    jira: clientAs(accountId),
    jiraAsApp: appJira,
    store: checkedStore(store),
    now: site.settings.now,
  });

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
    close: () => store.close(),
  };
}

const envelope = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.object({ code: z.string(), message: z.string() }) }),
]);
