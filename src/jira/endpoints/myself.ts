import type { JiraClient, JiraResult } from '../client';
import type { JiraUser } from './shared-schemas';
import { userSchema } from './shared-schemas';

/** `GET /rest/api/3/myself`: the user (or the app's user) the calls run as. */
export const getMyself = (client: JiraClient): Promise<JiraResult<JiraUser>> =>
  client.call({ method: 'GET', route: '/rest/api/3/myself', schema: userSchema });
