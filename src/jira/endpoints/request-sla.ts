import { z } from 'zod';
import type { JiraClient, JiraResult } from '../client';
import { offsetPages } from './paginate';

/** JSM `DateDTO`: the same instant in several forms. */
export const jsmDateSchema = z.looseObject({
  epochMillis: z.number().optional(),
  iso8601: z.string().optional(),
  jira: z.string().optional(),
  friendly: z.string().optional(),
});

/** JSM `DurationDTO`. */
export const jsmDurationSchema = z.looseObject({
  millis: z.number().optional(),
  friendly: z.string().optional(),
});

const cycle = {
  breached: z.boolean().optional(),
  startTime: jsmDateSchema.optional(),
  breachTime: jsmDateSchema.optional(),
  goalDuration: jsmDurationSchema.optional(),
  elapsedTime: jsmDurationSchema.optional(),
  remainingTime: jsmDurationSchema.optional(),
};

/** `SlaInformationDTO`: one SLA metric with its completed cycles and the running one. */
export const slaInformationSchema = z.looseObject({
  // Atlassian's own example leaves the id out (it is in `_links.self`).
  id: z.string().optional(),
  name: z.string(),
  completedCycles: z.array(z.looseObject({ ...cycle, stopTime: jsmDateSchema.optional() })).default([]),
  ongoingCycle: z
    .looseObject({ ...cycle, paused: z.boolean().optional(), withinCalendarHours: z.boolean().optional() })
    .optional(),
});
export type SlaInformation = z.infer<typeof slaInformationSchema>;

/** `PagedDTOSlaInformationDTO`. */
export const slaPageSchema = z.looseObject({
  start: z.number().optional(),
  limit: z.number().optional(),
  size: z.number().optional(),
  isLastPage: z.boolean().optional(),
  values: z.array(slaInformationSchema),
});
export type SlaPage = z.infer<typeof slaPageSchema>;

/** `GET /rest/servicedeskapi/request/{issueIdOrKey}/sla`: one page of a request's SLA metrics. */
export const getRequestSla = (
  client: JiraClient,
  issueIdOrKey: string,
  page: { readonly start?: number; readonly limit?: number } = {},
): Promise<JiraResult<SlaPage>> =>
  client.call({
    method: 'GET',
    route: '/rest/servicedeskapi/request/{issueIdOrKey}/sla',
    params: { issueIdOrKey },
    query: { ...page },
    schema: slaPageSchema,
  });

/** Every page of a request's SLA metrics until `isLastPage`. */
export const requestSlaPages = (client: JiraClient, issueIdOrKey: string, limit?: number) =>
  offsetPages(
    (start) => getRequestSla(client, issueIdOrKey, { start, limit }),
    (page) => page.values.length,
    (page) => page.isLastPage !== false,
  );
