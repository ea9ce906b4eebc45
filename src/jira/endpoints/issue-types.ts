import { z } from 'zod';
import type { JiraClient, JiraResult } from '../client';

/** `IssueTypeDetails`. */
export const issueTypeSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  description: z.string().optional(),
  subtask: z.boolean().optional(),
  hierarchyLevel: z.number().optional(),
  scope: z
    .looseObject({ type: z.string().optional(), project: z.looseObject({ id: z.string() }).optional() })
    .optional(),
});
export type IssueType = z.infer<typeof issueTypeSchema>;

/** `IssueTypeCreateBean`: `hierarchyLevel` -1 for a sub-task type, 0 (default) for a standard one. */
export interface NewIssueType {
  readonly name: string;
  readonly description?: string;
  readonly hierarchyLevel?: -1 | 0;
}

const ROUTE = '/rest/api/3/issuetype';

/** `GET /rest/api/3/issuetype`: every issue type the user can see. */
export const getIssueTypes = (client: JiraClient): Promise<JiraResult<IssueType[]>> =>
  client.call({ method: 'GET', route: ROUTE, schema: z.array(issueTypeSchema) });

/** `POST /rest/api/3/issuetype` (Jira admin): not retried; a name taken already answers 409. */
export const createIssueType = (
  client: JiraClient,
  issueType: NewIssueType,
): Promise<JiraResult<IssueType>> =>
  client.call({ method: 'POST', route: ROUTE, body: issueType, schema: issueTypeSchema });
