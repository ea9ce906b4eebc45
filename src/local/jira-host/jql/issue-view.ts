/** A status category key, as Jira names them in REST responses. */
export type StatusCategoryKey = 'new' | 'indeterminate' | 'done';

/** What JQL sees of an issue: a plain view the host builds from its store (times in epoch ms). */
export interface JqlIssue {
  readonly id: string;
  readonly key: string;
  readonly projectKey: string;
  readonly issueType: string;
  readonly status: string;
  readonly statusCategoryKey: StatusCategoryKey;
  readonly resolution: string | null;
  readonly created: number;
  readonly updated: number;
  readonly resolved: number | null;
  readonly reporter: string | null;
  readonly assignee: string | null;
  readonly parentKey: string | null;
  /** Issue entity properties by property key, as stored (JSON values). */
  readonly properties: Readonly<Record<string, unknown>>;
}

/** Who searches and when: the clock, the searcher's IANA time zone and account id (null when anonymous). */
export interface JqlEnv {
  readonly now: number;
  readonly timeZone: string;
  readonly currentUser: string | null;
  /** First day of the week for startOfWeek()/endOfWeek(): 0 = Sunday (default, en-US), 1 = Monday. */
  readonly firstDayOfWeek?: number;
}
