import { z } from 'zod';
import type { JiraClient, JiraResult } from '../client';
import type { IssueUpdate } from './issue';
import { noContent } from './shared-schemas';

/** `StatusDetails`, as statuses and transition targets carry it. */
export const statusDetailsSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  statusCategory: z
    .looseObject({ id: z.number().optional(), key: z.string(), name: z.string().optional() })
    .optional(),
});
export type StatusDetails = z.infer<typeof statusDetailsSchema>;

/** `IssueTransition`: what the user or app can do from the issue's current status. */
export const transitionSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  to: statusDetailsSchema.optional(),
  hasScreen: z.boolean().optional(),
  isAvailable: z.boolean().optional(),
});
export type Transition = z.infer<typeof transitionSchema>;

const ROUTE = '/rest/api/3/issue/{issueIdOrKey}/transitions';

/** `GET /rest/api/3/issue/{issueIdOrKey}/transitions`: the transitions available now. */
export const getTransitions = (client: JiraClient, issueIdOrKey: string): Promise<JiraResult<Transition[]>> =>
  client.call({
    method: 'GET',
    route: ROUTE,
    params: { issueIdOrKey },
    schema: z.looseObject({ transitions: z.array(transitionSchema) }).transform((t) => t.transitions),
  });

/** `POST /rest/api/3/issue/{issueIdOrKey}/transitions`: moves the issue; not retried (it may already have moved). */
export const doTransition = (
  client: JiraClient,
  issueIdOrKey: string,
  transition: IssueUpdate & { readonly transition: { readonly id: string } },
): Promise<JiraResult<void>> =>
  client.call({
    method: 'POST',
    route: ROUTE,
    params: { issueIdOrKey },
    body: transition,
    schema: noContent,
  });
