import type { Database } from 'node-sqlite3-wasm';
import { z } from 'zod';
import { IssueStore, type IssueView } from '../db/issue-store';
import type { EntityPropertyIndex } from '../jql';
import { jsonObject } from '../db/rows';
import { Accounts, type Account } from './accounts';
import { hasPermission } from './roles';

/** How the emulated site presents itself: its URL and the offset its timestamps are written in. */
export interface SiteSettings {
  readonly baseUrl: string;
  readonly utcOffsetMinutes: number;
  /** The emulator's clock: injected, so tests can move time. */
  readonly now: () => number;
  /** Search aliases the installed app declares for its issue properties (`jira:entityProperty`). */
  readonly propertyIndexes?: readonly EntityPropertyIndex[];
}

/** What a Forge `jira:workflowValidator` answers for a transition. */
export interface ValidatorVerdict {
  readonly result: boolean;
  readonly errorMessage?: string;
}

/** An installed app's workflow validator, called as Forge calls it before a transition happens. */
export type WorkflowValidator = (event: {
  readonly issue: { readonly id: string; readonly key: string };
  readonly transition: {
    readonly id: string;
    readonly name: string;
    readonly from: string;
    readonly to: string;
  };
  readonly accountId: string;
}) => Promise<ValidatorVerdict>;

/** An issue event as the site emits it to installed apps. */
export interface SiteIssueEvent {
  readonly eventType: 'avi:jira:created:issue' | 'avi:jira:updated:issue' | 'avi:jira:commented:issue';
  readonly issueKey: string;
  readonly actorAccountId: string;
}

/** The emulated Jira Cloud + JSM site: its database, people, issues and rules. */
export class JiraSite {
  readonly accounts: Accounts;
  readonly issues: IssueStore;
  /** Workflow validators of installed apps, by module key (empty until an app is installed). */
  readonly validators = new Map<string, WorkflowValidator>();
  /** Issue-event triggers of installed apps (`avi:jira:updated:issue`), run after the write, like Forge's. */
  readonly issueUpdatedTriggers: ((issueKey: string, actorAccountId: string) => Promise<unknown>)[] = [];
  /**
   * Issue-event triggers of installed apps for every issue event the site emits (Forge's
   * `avi:jira:created:issue`, `avi:jira:updated:issue`, `avi:jira:commented:issue`), run after the write.
   */
  readonly issueEventTriggers: ((event: SiteIssueEvent) => Promise<unknown>)[] = [];
  private readonly pending = new Set<Promise<unknown>>();

  /** Fires the issue-updated triggers without holding up the answer, as Jira's events are asynchronous. */
  issueUpdated(issueKey: string, actorAccountId: string): void {
    for (const trigger of this.issueUpdatedTriggers) {
      const run = trigger(issueKey, actorAccountId)
        .catch((e: unknown) => console.error(`trigger on ${issueKey} failed`, e))
        .finally(() => this.pending.delete(run));
      this.pending.add(run);
    }
    this.issueEvent({ eventType: 'avi:jira:updated:issue', issueKey, actorAccountId });
  }

  /** Fires the issue-event triggers without holding up the answer. */
  issueEvent(event: SiteIssueEvent): void {
    for (const trigger of this.issueEventTriggers) {
      const run = trigger(event)
        .catch((e: unknown) => console.error(`${event.eventType} trigger on ${event.issueKey} failed`, e))
        .finally(() => this.pending.delete(run));
      this.pending.add(run);
    }
  }

  /** Resolves once every trigger fired so far has finished (for tests and orderly shutdown). */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  constructor(
    readonly db: Database,
    readonly settings: SiteSettings,
  ) {
    this.accounts = new Accounts(db);
    this.issues = new IssueStore(db);
  }

  /** Whether the caller may see issues of the project (BROWSE_PROJECTS). */
  canBrowse(caller: Account, _projectKey: string): boolean {
    return hasPermission(caller.role, 'BROWSE_PROJECTS');
  }

  can(caller: Account, permission: string): boolean {
    return hasPermission(caller.role, permission);
  }

  /** The issues the caller may see. */
  visibleViews(caller: Account): IssueView[] {
    return this.issues.allViews().filter((v) => this.canBrowse(caller, v.projectKey));
  }

  /** The field list as `GET /rest/api/3/field` returns it. */
  fields(): Record<string, unknown>[] {
    return this.documents('SELECT doc FROM fields ORDER BY id');
  }

  /** Rows of a metadata table, each a stored JSON document. */
  documents(sql: string, values: (string | number)[] = []): Record<string, unknown>[] {
    return this.db.all(sql, values).map((r) => z.object({ doc: jsonObject }).parse(r).doc);
  }

  /** The next id of a table whose rows are never deleted (issues, comments, histories, links). */
  nextId(table: 'issues' | 'comments' | 'histories' | 'issue_links'): number {
    const row = z
      .object({ id: z.number().nullable() })
      .parse(this.db.get(`SELECT max(id) AS id FROM ${table}`));
    return Math.max(10_000, (row.id ?? 0) + 1);
  }

  /** A REST URL on this site. */
  url(path: string): string {
    return `${this.settings.baseUrl}${path}`;
  }
}
