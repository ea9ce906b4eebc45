import type { JiraClient } from '../jira/client';
import type { KeyValueStore } from '../store/port';
import type { BackfillQueue } from './monitor/backfill-queue';

/** Everything a use case may touch outside itself, given per invocation by a composition root. */
export interface AppPorts {
  /** Jira as the calling user: Jira's own permissions apply. */
  readonly jira: JiraClient;
  /** Jira as the app, for set-up and for writes the app owns (its issue properties, audit). */
  readonly jiraAsApp: JiraClient;
  readonly store: KeyValueStore;
  /** The current instant in epoch milliseconds. */
  readonly now: () => number;
  /** Where backfill steps are queued; absent where the host runs no background work. */
  readonly backfillQueue?: BackfillQueue;
}

/** Who calls: the Atlassian account id Forge (or the local host) gives the resolver. */
export interface Caller {
  readonly accountId: string;
  /** Jira locale of the caller, e.g. `zh_CN`. */
  readonly locale: string;
  readonly timeZone: string;
}
