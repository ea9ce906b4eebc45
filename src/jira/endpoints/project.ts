import { z } from 'zod';
import type { JiraClient, JiraResult } from '../client';
import { issueTypeSchema } from './issue-types';

/** `Project`: what the app reads; `projectTypeKey` is `service_desk` for JSM projects. */
export const projectSchema = z.looseObject({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  projectTypeKey: z.string().optional(),
  simplified: z.boolean().optional(),
  style: z.string().optional(),
  issueTypes: z.array(issueTypeSchema).optional(),
});
export type Project = z.infer<typeof projectSchema>;

/** `GET /rest/api/3/project/{projectIdOrKey}`. */
export const getProject = (
  client: JiraClient,
  projectIdOrKey: string,
  read: { readonly expand?: string } = {},
): Promise<JiraResult<Project>> =>
  client.call({
    method: 'GET',
    route: '/rest/api/3/project/{projectIdOrKey}',
    params: { projectIdOrKey },
    query: { ...read },
    schema: projectSchema,
  });
