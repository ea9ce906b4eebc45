import { z } from 'zod';
import type { JiraClient, JiraResult } from '../client';
import { offsetPages } from './paginate';
import { userSchema } from './shared-schemas';

/** `Comment`: the body is Atlassian Document Format, kept as it came. */
export const commentSchema = z.looseObject({
  id: z.string(),
  author: userSchema.partial().optional(),
  body: z.unknown(),
  created: z.string(),
  updated: z.string().optional(),
  jsdPublic: z.boolean().optional(),
});
export type Comment = z.infer<typeof commentSchema>;

/** `PageOfComments`. */
export const commentPageSchema = z.looseObject({
  startAt: z.number(),
  maxResults: z.number(),
  total: z.number(),
  comments: z.array(commentSchema),
});
export type CommentPage = z.infer<typeof commentPageSchema>;

/** Which comments to read. */
export interface CommentRead {
  readonly startAt?: number;
  readonly maxResults?: number;
  readonly orderBy?: 'created' | '-created' | '+created';
  readonly expand?: string;
}

/** A new comment: ADF body, optionally internal to agents on JSM (`properties: [{key: 'sd.public.comment', value: {internal: true}}]`). */
export interface NewComment {
  readonly body: unknown;
  readonly visibility?: {
    readonly type: 'group' | 'role';
    readonly value?: string;
    readonly identifier?: string;
  };
  readonly properties?: readonly { readonly key: string; readonly value: unknown }[];
}

const ROUTE = '/rest/api/3/issue/{issueIdOrKey}/comment';

/** `GET /rest/api/3/issue/{issueIdOrKey}/comment`: one page of comments. */
export const getComments = (
  client: JiraClient,
  issueIdOrKey: string,
  read: CommentRead = {},
): Promise<JiraResult<CommentPage>> =>
  client.call({
    method: 'GET',
    route: ROUTE,
    params: { issueIdOrKey },
    query: { ...read },
    schema: commentPageSchema,
  });

/** Every page of an issue's comments, from the first, until `total` is reached. */
export const commentPages = (
  client: JiraClient,
  issueIdOrKey: string,
  read: Omit<CommentRead, 'startAt'> = {},
) =>
  offsetPages(
    (startAt) => getComments(client, issueIdOrKey, { ...read, startAt }),
    (page) => page.comments.length,
    (page, startAt) => startAt + page.comments.length >= page.total,
  );

/** `POST /rest/api/3/issue/{issueIdOrKey}/comment`; not retried (a retry could post it twice). */
export const addComment = (
  client: JiraClient,
  issueIdOrKey: string,
  comment: NewComment,
): Promise<JiraResult<Comment>> =>
  client.call({
    method: 'POST',
    route: ROUTE,
    params: { issueIdOrKey },
    body: comment,
    schema: commentSchema,
  });

/** A plain-text paragraph as an Atlassian Document Format document, for comment and description bodies. */
export const plainTextDocument = (text: string) => ({
  type: 'doc',
  version: 1,
  content: [{ type: 'paragraph', content: text === '' ? [] : [{ type: 'text', text }] }],
});
