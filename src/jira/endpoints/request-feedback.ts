import { z } from 'zod';
import type { JiraClient, JiraResult } from '../client';

/** JSM `CSATFeedbackFullDTO`: the customer's 1–5 rating and optional comment. */
export const feedbackSchema = z.looseObject({
  type: z.string().optional(),
  rating: z.number().int().optional(),
  comment: z.looseObject({ body: z.string().optional() }).optional(),
});
export type Feedback = z.infer<typeof feedbackSchema>;

/**
 * `GET /rest/servicedeskapi/request/{requestIdOrKey}/feedback` (experimental in JSM: the adapters
 * send `X-ExperimentalApi: opt-in`); no feedback yet answers `JIRA.NOT_FOUND`.
 */
export const getRequestFeedback = (
  client: JiraClient,
  requestIdOrKey: string,
): Promise<JiraResult<Feedback>> =>
  client.call({
    method: 'GET',
    route: '/rest/servicedeskapi/request/{requestIdOrKey}/feedback',
    params: { requestIdOrKey },
    schema: feedbackSchema,
  });
