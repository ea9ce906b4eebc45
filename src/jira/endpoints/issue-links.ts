import { z } from 'zod';
import type { JiraClient, JiraResult } from '../client';
import { noContent } from './shared-schemas';

/** `IssueLinkType`, e.g. `{name: 'Relates', inward: 'relates to', outward: 'relates to'}`. */
export const issueLinkTypeSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  inward: z.string(),
  outward: z.string(),
});
export type IssueLinkType = z.infer<typeof issueLinkTypeSchema>;

/** An issue by id or key, as links name them. */
export type IssueRef = { readonly key: string } | { readonly id: string };

/** `LinkIssueRequestJsonBean`: the link type by name or id, and both ends. */
export interface IssueLinkRequest {
  readonly type: { readonly name: string } | { readonly id: string };
  readonly inwardIssue: IssueRef;
  readonly outwardIssue: IssueRef;
  /** A comment added to the outward issue, in Atlassian Document Format. */
  readonly comment?: { readonly body: unknown };
}

/** `POST /rest/api/3/issueLink`: links two issues; not retried (a retry could add a second link). */
export const linkIssues = (client: JiraClient, link: IssueLinkRequest): Promise<JiraResult<void>> =>
  client.call({ method: 'POST', route: '/rest/api/3/issueLink', body: link, schema: noContent });

/** `GET /rest/api/3/issueLinkType`: every link type of the site. */
export const getIssueLinkTypes = (client: JiraClient): Promise<JiraResult<IssueLinkType[]>> =>
  client.call({
    method: 'GET',
    route: '/rest/api/3/issueLinkType',
    schema: z
      .looseObject({ issueLinkTypes: z.array(issueLinkTypeSchema) })
      .transform((t) => t.issueLinkTypes),
  });

/** `POST /rest/api/3/issueLinkType` (Jira admin): a new link type; not retried (a retry could add a second). */
export const createIssueLinkType = (
  client: JiraClient,
  linkType: { readonly name: string; readonly inward: string; readonly outward: string },
): Promise<JiraResult<IssueLinkType>> =>
  client.call({
    method: 'POST',
    route: '/rest/api/3/issueLinkType',
    body: linkType,
    schema: issueLinkTypeSchema,
  });
