import { z } from 'zod';
import { jiraError, okJson } from '../http/answer';
import type { Route } from '../http/route';
import { IssueWriter } from '../site/issue-writer';
import { issueFor } from './issue-access';

const commentBody = z.object({
  body: z.unknown().refine((b) => b !== undefined && b !== null, 'Comment body can not be empty!'),
  properties: z.array(z.object({ key: z.string(), value: z.unknown() })).optional(),
});
const internalProperty = z.object({ internal: z.boolean() });

/** `GET/POST /rest/api/3/issue/{issueIdOrKey}/comment` (paged with startAt/maxResults, JSM's internal flag honoured). */
export const commentRoutes: readonly Route[] = [
  {
    method: 'GET',
    path: '/rest/api/3/issue/{issueIdOrKey}/comment',
    handle: (request) => {
      const found = issueFor(request);
      if ('answer' in found) return found.answer;
      const all = request.site.issues.comments(found.row.id).map((c) => c.doc);
      const startAt = Math.max(0, Number(request.query.get('startAt') ?? 0) || 0);
      const maxResults = Math.min(5000, Math.max(1, Number(request.query.get('maxResults') ?? 5000) || 5000));
      return okJson({
        comments: all.slice(startAt, startAt + maxResults),
        maxResults,
        total: all.length,
        startAt,
      });
    },
  },
  {
    method: 'POST',
    path: '/rest/api/3/issue/{issueIdOrKey}/comment',
    handle: (request) => {
      const found = issueFor(request, 'ADD_COMMENTS', 'comment on this issue');
      if ('answer' in found) return found.answer;
      const body = commentBody.safeParse(request.body);
      if (!body.success) return jiraError(400, [], { comment: 'Comment body can not be empty!' });
      const flag = body.data.properties?.find((p) => p.key === 'sd.public.comment');
      const internal = flag ? internalProperty.safeParse(flag.value).data?.internal === true : false;
      return okJson(
        new IssueWriter(request.site).comment(found.row, request.caller, body.data.body, internal),
        201,
      );
    },
  },
];
