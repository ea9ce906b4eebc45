import { z } from 'zod';
import type { JiraClient, JiraResult } from '../client';
import { tokenPages } from './paginate';

// A missing `toString` reads as the inherited Object.prototype.toString: only a string counts.
const stringOrNull = z.unknown().transform((value) => (typeof value === 'string' ? value : null));

/** One changed field of a history entry (`ChangeDetails`). */
export const changeItemSchema = z.looseObject({
  field: z.string(),
  fieldId: z.string().optional(),
  fieldtype: z.string().optional(),
  from: z.string().nullish(),
  to: z.string().nullish(),
  fromString: stringOrNull,
  toString: stringOrNull,
});

/** One history entry (`Changelog`); `created` is a date-time string, or epoch ms in Atlassian's bulk example. */
export const changeHistorySchema = z.looseObject({
  id: z.string(),
  created: z.union([z.string(), z.number()]),
  author: z.looseObject({ accountId: z.string().optional() }).optional(),
  items: z.array(changeItemSchema),
});
export type ChangeHistory = z.infer<typeof changeHistorySchema>;

/** `BulkChangelogResponseBean`: histories per issue, oldest first, and the cursor. */
export const bulkChangelogSchema = z.looseObject({
  issueChangeLogs: z.array(
    z.looseObject({ issueId: z.string(), changeHistories: z.array(changeHistorySchema) }),
  ),
  nextPageToken: z.string().nullish(),
});
export type BulkChangelog = z.infer<typeof bulkChangelogSchema>;

/** Up to 1000 issues and 10 field ids per request. */
export interface ChangelogBulkFetch {
  readonly issueIdsOrKeys: readonly string[];
  readonly fieldIds?: readonly string[];
  readonly maxResults?: number;
  readonly nextPageToken?: string;
}

const ROUTE = '/rest/api/3/changelog/bulkfetch';

/** `POST /rest/api/3/changelog/bulkfetch`: one page of changelogs; a read, so it is retried. */
export const bulkFetchChangelogs = (
  client: JiraClient,
  request: ChangelogBulkFetch,
): Promise<JiraResult<BulkChangelog>> =>
  client.call({ method: 'POST', route: ROUTE, body: request, idempotent: true, schema: bulkChangelogSchema });

/** Every page of a bulk changelog fetch until Jira gives no nextPageToken. */
export const changelogPages = (client: JiraClient, request: ChangelogBulkFetch) =>
  tokenPages(`POST ${ROUTE}`, (nextPageToken) => bulkFetchChangelogs(client, { ...request, nextPageToken }));
