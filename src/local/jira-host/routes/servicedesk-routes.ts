import { z } from 'zod';
import { jsmError, okJson } from '../http/answer';
import type { Route } from '../http/route';
import type { RouteRequest } from '../http/route';
import { IssueWriter } from '../site/issue-writer';

const SLA_TYPE = 'com.atlassian.servicedesk:sd-sla-field';
const CSAT_TYPE = 'com.atlassian.servicedesk:sd-request-feedback';
const fieldDoc = z.looseObject({
  id: z.string(),
  schema: z.looseObject({ custom: z.string().optional() }).optional(),
});

function fieldIdsOfType(r: RouteRequest, type: string): string[] {
  return r.site.fields().flatMap((f) => {
    const field = fieldDoc.safeParse(f);
    return field.success && field.data.schema?.custom === type ? [field.data.id] : [];
  });
}

function requestFor(r: RouteRequest, param: string) {
  const row = r.site.issues.find(r.params[param] ?? '');
  if (!row || !r.site.canBrowse(r.caller, row.project_key)) return null;
  return row;
}

/** A request as its customer (the reporter) or a browsing agent may reach it. */
function ownRequestFor(r: RouteRequest, param: string) {
  const row = r.site.issues.find(r.params[param] ?? '');
  if (!row || (row.reporter !== r.caller.accountId && !r.site.canBrowse(r.caller, row.project_key)))
    return null;
  return row;
}

const notFound = () =>
  jsmError(404, 'The request could not be found, or you do not have permission to view it.');

/** JSM's request SLA (paged) and CSAT feedback, read from the request's SLA and satisfaction fields. */
export const servicedeskRoutes: readonly Route[] = [
  {
    method: 'GET',
    path: '/rest/servicedeskapi/request/{issueIdOrKey}/sla',
    handle: (r) => {
      const row = requestFor(r, 'issueIdOrKey');
      if (!row) return notFound();
      const start = Math.max(0, Number(r.query.get('start') ?? 0) || 0);
      const limit = Math.min(100, Math.max(1, Number(r.query.get('limit') ?? 50) || 50));
      const values = fieldIdsOfType(r, SLA_TYPE).flatMap((id) => {
        const value = row.fields[id];
        return value && typeof value === 'object' ? [value] : [];
      });
      const page = values.slice(start, start + limit);
      const base = r.site.url('/rest/servicedeskapi');
      return okJson({
        size: page.length,
        start,
        limit,
        isLastPage: start + page.length >= values.length,
        _links: { base, context: '', self: `${base}/request/${row.id}/sla` },
        values: page,
      });
    },
  },
  {
    method: 'GET',
    path: '/rest/servicedeskapi/request/{requestIdOrKey}/feedback',
    handle: (r) => {
      const row = requestFor(r, 'requestIdOrKey');
      if (!row) return notFound();
      const [csatField] = fieldIdsOfType(r, CSAT_TYPE);
      const value = z
        .object({ rating: z.number().int().min(1).max(5) })
        .safeParse(csatField ? row.fields[csatField] : null);
      if (!value.success) return jsmError(404, 'No feedback has been given for this request.');
      return okJson({ type: 'csat', rating: value.data.rating });
    },
  },
  {
    // The customer rates their request (JSM's "Post feedback"): only the reporter may.
    method: 'POST',
    path: '/rest/servicedeskapi/request/{requestIdOrKey}/feedback',
    handle: (r) => {
      const row = ownRequestFor(r, 'requestIdOrKey');
      if (!row) return notFound();
      if (row.reporter !== r.caller.accountId)
        return jsmError(403, 'Only the customer who raised the request can give feedback on it.');
      const body = feedbackBody.safeParse(r.body);
      if (!body.success) return jsmError(400, 'The rating must be a whole number from 1 to 5.');
      const [csatField] = fieldIdsOfType(r, CSAT_TYPE);
      if (!csatField) return jsmError(400, 'This service project does not collect feedback.');
      const rating = { rating: body.data.rating };
      new IssueWriter(r.site).write(row, r.caller, {
        patch: { columns: {}, fields: { ...row.fields, [csatField]: rating } },
        items: [
          {
            field: 'Satisfaction',
            fieldtype: 'custom',
            fieldId: csatField,
            from: null,
            fromString: null,
            to: null,
            toString: String(body.data.rating),
          },
        ],
      });
      return okJson(
        { type: 'csat', rating: body.data.rating, ...(body.data.comment && { comment: body.data.comment }) },
        201,
      );
    },
  },
  {
    // JSM's "Create request comment"": the customer on their own request, or an agent (public or internal).
    method: 'POST',
    path: '/rest/servicedeskapi/request/{issueIdOrKey}/comment',
    handle: (r) => {
      const row = ownRequestFor(r, 'issueIdOrKey');
      if (!row) return notFound();
      const agent = r.site.can(r.caller, 'SERVICEDESK_AGENT');
      if (!agent && row.reporter !== r.caller.accountId)
        return jsmError(403, 'You cannot comment on this request.');
      const body = requestCommentBody.safeParse(r.body);
      if (!body.success) return jsmError(400, 'The comment body must be a non-empty string.');
      if (!agent && !body.data.public) return jsmError(403, 'Customers cannot add internal comments.');
      const doc = {
        type: 'doc',
        version: 1,
        content: [{ type: 'paragraph', content: [{ type: 'text', text: body.data.body }] }],
      };
      const comment = new IssueWriter(r.site).comment(row, r.caller, doc, !body.data.public);
      const at = r.site.settings.now();
      return okJson(
        {
          id: String(comment.id),
          body: body.data.body,
          public: body.data.public,
          author: {
            accountId: r.caller.accountId,
            displayName: r.caller.displayName,
            active: true,
            timeZone: r.caller.timeZone,
          },
          created: { epochMillis: at, iso8601: new Date(at).toISOString(), jira: String(comment.created) },
          _links: {
            self: r.site.url(`/rest/servicedeskapi/request/${row.id}/comment/${String(comment.id)}`),
          },
        },
        201,
      );
    },
  },
];

const feedbackBody = z.object({
  rating: z.number().int().min(1).max(5),
  type: z.literal('csat').optional(),
  comment: z.object({ body: z.string() }).optional(),
});
const requestCommentBody = z.object({ body: z.string().trim().min(1), public: z.boolean().default(true) });
