import { z } from 'zod';
import type { JiraClient, JiraResult } from '../client';
import type { JiraUser } from './shared-schemas';
import { userSchema } from './shared-schemas';

/** Who to look for: a name or email fragment, or an exact account id. */
export interface UserQuery {
  readonly query?: string;
  readonly accountId?: string;
  readonly startAt?: number;
  readonly maxResults?: number;
}

/** `GET /rest/api/3/user/search`: active and inactive users matching the query (a page, no total). */
export const searchUsers = (client: JiraClient, userQuery: UserQuery): Promise<JiraResult<JiraUser[]>> =>
  client.call({
    method: 'GET',
    route: '/rest/api/3/user/search',
    query: { ...userQuery },
    schema: z.array(userSchema),
  });
