import { z } from 'zod';
import type { JiraClient, JiraResult } from '../client';
import { userSchema, type JiraUser } from './shared-schemas';

/** At most this many account ids a call: they travel in the URL (Jira answers 414 past its length). */
export const USER_BULK_MAX = 50;

const userPageSchema = z.looseObject({
  values: z.array(userSchema),
  isLast: z.boolean().optional(),
});

/**
 * `GET /rest/api/3/user/bulk`: the users of up to USER_BULK_MAX account ids in one call (unknown ids
 * are left out); Jira wants one `accountId` parameter per id.
 */
export const getUsersBulk = (
  client: JiraClient,
  accountIds: readonly string[],
): Promise<JiraResult<{ values: JiraUser[] }>> =>
  client.call({
    method: 'GET',
    route: '/rest/api/3/user/bulk',
    query: { maxResults: USER_BULK_MAX, accountId: { repeat: accountIds.slice(0, USER_BULK_MAX) } },
    schema: userPageSchema,
  });
