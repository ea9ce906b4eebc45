import type { JiraClient, JiraResult } from '../client';
import type { JiraField } from '../schemas/field';
import { jiraFieldListSchema } from '../schemas/field';

/** `GET /rest/api/3/field`: every system and custom field of the site (the schema field discovery reads). */
export const getFields = (client: JiraClient): Promise<JiraResult<JiraField[]>> =>
  client.call({ method: 'GET', route: '/rest/api/3/field', schema: jiraFieldListSchema });
