import { z } from 'zod';
import { jiraError, okJson } from '../http/answer';
import type { Route } from '../http/route';

const bulkBody = z.object({
  issueIdsOrKeys: z.array(z.string()).min(1).max(1000),
  fieldIds: z.array(z.string()).max(10).optional(),
  maxResults: z.number().int().min(1).max(10_000).default(1000),
  nextPageToken: z.string().optional(),
});

/** `POST /rest/api/3/changelog/bulkfetch`: changelogs of up to 1000 issues, paged over their histories. */
export const changelogRoutes: readonly Route[] = [
  {
    method: 'POST',
    path: '/rest/api/3/changelog/bulkfetch',
    handle: (r) => {
      const body = bulkBody.safeParse(r.body);
      if (!body.success) {
        return jiraError(400, [
          'issueIdsOrKeys must list 1 to 1000 issues; fieldIds at most 10; maxResults 1 to 10000.',
        ]);
      }
      const skip = body.data.nextPageToken
        ? Number(Buffer.from(body.data.nextPageToken, 'base64url').toString())
        : 0;
      if (!Number.isInteger(skip) || skip < 0) return jiraError(400, ['The nextPageToken is not valid.']);
      const fieldIds = body.data.fieldIds ? new Set(body.data.fieldIds) : null;
      const histories: { issueId: string; doc: Record<string, unknown> }[] = [];
      for (const ref of body.data.issueIdsOrKeys) {
        const row = r.site.issues.find(ref);
        if (!row || !r.site.canBrowse(r.caller, row.project_key)) continue;
        for (const h of r.site.issues.histories(row.id)) {
          const items = z
            .array(z.looseObject({ fieldId: z.string().optional(), field: z.string() }))
            .catch([])
            .parse(h.doc.items);
          const kept = fieldIds ? items.filter((i) => fieldIds.has(i.fieldId ?? i.field)) : items;
          if (kept.length > 0) histories.push({ issueId: String(row.id), doc: { ...h.doc, items: kept } });
        }
      }
      const page = histories.slice(skip, skip + body.data.maxResults);
      const byIssue = new Map<string, Record<string, unknown>[]>();
      for (const h of page) byIssue.set(h.issueId, [...(byIssue.get(h.issueId) ?? []), h.doc]);
      const next = skip + page.length;
      return okJson({
        issueChangeLogs: [...byIssue].map(([issueId, changeHistories]) => ({ issueId, changeHistories })),
        ...(next < histories.length && { nextPageToken: Buffer.from(String(next)).toString('base64url') }),
      });
    },
  },
];
