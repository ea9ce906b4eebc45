import { z } from 'zod';
import { jsmError, okJson } from '../http/answer';
import type { Route } from '../http/route';
import type { RouteRequest } from '../http/route';

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
];
