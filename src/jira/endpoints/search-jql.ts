import { z } from 'zod';
import type { JiraClient, JiraResult } from '../client';
import { tokenPages } from './paginate';
import { jsonObject } from './shared-schemas';

/** An issue as search and get return it (`IssueBean`); `fields`, `changelog`, `properties` are read later by their own schemas. */
export const issueBeanSchema = z.looseObject({
  id: z.string(),
  // Enhanced search returns only `id` unless fields are asked for.
  key: z.string().optional(),
  fields: jsonObject.optional(),
  changelog: jsonObject.optional(),
  properties: jsonObject.optional(),
});
export type IssueBean = z.infer<typeof issueBeanSchema>;

/** `SearchAndReconcileResults`: a page of issues; there is no total. */
export const searchResultsSchema = z.looseObject({
  issues: z.array(issueBeanSchema),
  nextPageToken: z.string().nullish(),
  isLast: z.boolean().optional(),
});
export type SearchResults = z.infer<typeof searchResultsSchema>;

/** What to search for and what to return per issue. */
export interface JqlSearch {
  readonly jql: string;
  /** Field ids, `*all`, `*navigable`, or `-field` to leave one out (default: id only). */
  readonly fields?: readonly string[];
  /** Comma-separated expansions, e.g. `changelog`. */
  readonly expand?: string;
  /** Up to 5 issue property keys to return. */
  readonly properties?: readonly string[];
  readonly maxResults?: number;
  readonly nextPageToken?: string;
  readonly fieldsByKeys?: boolean;
}

const SEARCH = '/rest/api/3/search/jql';

/** `GET /rest/api/3/search/jql`: one page of issues (use the POST form for long JQL). */
export const searchJql = (client: JiraClient, search: JqlSearch): Promise<JiraResult<SearchResults>> =>
  client.call({ method: 'GET', route: SEARCH, query: { ...search }, schema: searchResultsSchema });

/** `POST /rest/api/3/search/jql`: one page of issues; a read, so it is retried like a GET. */
export const searchJqlPost = (client: JiraClient, search: JqlSearch): Promise<JiraResult<SearchResults>> =>
  client.call({ method: 'POST', route: SEARCH, body: search, idempotent: true, schema: searchResultsSchema });

/** Every page of a search, one request each, until Jira gives no nextPageToken (POST by default). */
export const searchIssuePages = (client: JiraClient, search: JqlSearch, method: 'GET' | 'POST' = 'POST') =>
  tokenPages(`${method} ${SEARCH}`, (nextPageToken) =>
    (method === 'GET' ? searchJql : searchJqlPost)(client, { ...search, nextPageToken }),
  );
