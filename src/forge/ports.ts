import type { AppPorts } from '../app/ports';
import { checkedStore } from '../store/checked-store';
import { forgeBackfillQueue } from './backfill-queue';
import { forgeJiraClient } from './jira-transport';
import { forgeKvsStore } from './kvs-store';

/** The app's ports on Forge: Jira as the invoking user and as the app, Forge KVS, the real clock. */
export const forgePorts = (): AppPorts => ({
  jira: forgeJiraClient('user'),
  jiraAsApp: forgeJiraClient('app'),
  store: checkedStore(forgeKvsStore),
  now: Date.now,
  backfillQueue: forgeBackfillQueue(),
});

/** Ports for background work (triggers, validators), where there is no user to act as. */
export const forgeAppPorts = (): AppPorts => ({ ...forgePorts(), jira: forgeJiraClient('app') });
