import { z } from 'zod';
import type { JiraClient, JiraResult } from '../client';
import { issueBeanSchema } from './search-jql';
import type { EntityProperty } from './shared-schemas';
import { noContent } from './shared-schemas';

/** An issue from `GET /rest/api/3/issue/{issueIdOrKey}`: always has its key. */
export const issueSchema = issueBeanSchema.extend({ key: z.string() });
export type Issue = z.infer<typeof issueSchema>;

/** `CreatedIssue`. */
export const createdIssueSchema = z.looseObject({
  id: z.string(),
  key: z.string(),
  self: z.string().optional(),
});
export type CreatedIssue = z.infer<typeof createdIssueSchema>;

/** `IssueUpdateDetails`: field values to set, update operations, properties, and an optional transition. */
export interface IssueUpdate {
  readonly fields?: Readonly<Record<string, unknown>>;
  readonly update?: Readonly<Record<string, readonly Readonly<Record<string, unknown>>[]>>;
  readonly properties?: readonly EntityProperty[];
  readonly transition?: { readonly id: string };
}

/** What to return with an issue. */
export interface IssueRead {
  readonly fields?: readonly string[];
  readonly expand?: string;
  readonly properties?: readonly string[];
}

const ISSUE = '/rest/api/3/issue/{issueIdOrKey}';

/** `GET /rest/api/3/issue/{issueIdOrKey}`. */
export const getIssue = (
  client: JiraClient,
  issueIdOrKey: string,
  read: IssueRead = {},
): Promise<JiraResult<Issue>> =>
  client.call({
    method: 'GET',
    route: ISSUE,
    params: { issueIdOrKey },
    query: { ...read },
    schema: issueSchema,
  });

/** `POST /rest/api/3/issue`: creates an issue or sub-task; not retried (a retry could create a duplicate). */
export const createIssue = (client: JiraClient, issue: IssueUpdate): Promise<JiraResult<CreatedIssue>> =>
  client.call({ method: 'POST', route: '/rest/api/3/issue', body: issue, schema: createdIssueSchema });

/** `PUT /rest/api/3/issue/{issueIdOrKey}`: sets fields; `notifyUsers: false` keeps watchers' inboxes quiet. */
export const editIssue = (
  client: JiraClient,
  issueIdOrKey: string,
  edit: IssueUpdate,
  options: { readonly notifyUsers?: boolean } = {},
): Promise<JiraResult<void>> =>
  client.call({
    method: 'PUT',
    route: ISSUE,
    params: { issueIdOrKey },
    query: { notifyUsers: options.notifyUsers },
    body: edit,
    schema: noContent,
  });
