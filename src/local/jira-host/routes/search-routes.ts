import { createHash } from 'node:crypto';
import { z } from 'zod';
import { jiraError, okJson, type Answer } from '../http/answer';
import type { Route, RouteRequest } from '../http/route';
import { compileSearch } from '../search/compile-search';
import { fieldSelection, issueJson, onlyIdOrKey } from '../site/issue-json';

const DEFAULT_MAX = 50;
const MAX_WITH_FIELDS = 100;
const MAX_IDS_ONLY = 5000;
const SNAPSHOT_TTL_MS = 10 * 60_000;

interface SearchParameters {
  readonly jql: string;
  readonly nextPageToken?: string | undefined;
  readonly maxResults?: number | undefined;
  readonly fields: readonly string[];
  readonly expand: string;
  readonly properties: readonly string[];
}

const postBody = z.object({
  jql: z.string().default(''),
  nextPageToken: z.string().nullish(),
  maxResults: z.number().int().optional(),
  fields: z.array(z.string()).default([]),
  expand: z.string().default(''),
  properties: z.array(z.string()).default([]),
  fieldsByKeys: z.boolean().optional(),
  failFast: z.boolean().optional(),
  reconcileIssues: z.array(z.number()).optional(),
});
const pageToken = z.object({ s: z.string(), o: z.number().int().min(0) });

/** Ordered result ids of a search, kept so that every page of one search reads the same snapshot. */
const snapshots = new Map<string, { ids: string[]; at: number }>();

/** Enhanced JQL search, `GET` and `POST /rest/api/3/search/jql`: token paging, no total, as Jira Cloud does it. */
export const searchRoutes: readonly Route[] = [
  {
    method: 'GET',
    path: '/rest/api/3/search/jql',
    handle: (r) => {
      const max = r.query.get('maxResults');
      return search(r, {
        jql: r.query.get('jql') ?? '',
        nextPageToken: r.query.get('nextPageToken') ?? undefined,
        maxResults: max === null ? undefined : Number(max),
        fields: r.query.getAll('fields'),
        expand: r.query.get('expand') ?? '',
        properties: r.query
          .getAll('properties')
          .flatMap((p) => p.split(','))
          .filter(Boolean),
      });
    },
  },
  {
    method: 'POST',
    path: '/rest/api/3/search/jql',
    handle: (r) => {
      const body = postBody.safeParse(r.body ?? {});
      if (!body.success)
        return jiraError(400, [`Invalid request payload: ${body.error.issues[0]?.path.join('.') ?? ''}`]);
      return search(r, { ...body.data, nextPageToken: body.data.nextPageToken ?? undefined });
    },
  },
];

function search(r: RouteRequest, p: SearchParameters): Answer {
  if (p.properties.length > 5) return jiraError(400, ['At most 5 issue properties can be requested.']);
  const fields = fieldSelection(p.fields, 'id');
  const cap = onlyIdOrKey(fields) ? MAX_IDS_ONLY : MAX_WITH_FIELDS;
  const requested = p.maxResults ?? DEFAULT_MAX;
  if (!Number.isInteger(requested) || requested < 0)
    return jiraError(400, ["The value of 'maxResults' must be a non-negative integer."]);
  const pageSize = Math.min(requested, cap);

  const snapshotKey = createHash('sha256')
    .update(`${r.caller.accountId}\u0000${p.jql}`)
    .digest('base64url')
    .slice(0, 22);
  let offset = 0;
  if (p.nextPageToken) {
    const token = decodeToken(p.nextPageToken);
    if (!token || token.s !== snapshotKey)
      return jiraError(400, ['The provided next page token is invalid or expired.']);
    offset = token.o;
  }
  const now = r.site.settings.now();
  let snapshot = p.nextPageToken ? snapshots.get(snapshotKey) : undefined;
  if (!snapshot || now - snapshot.at > SNAPSHOT_TTL_MS) {
    const compiled = compileSearch(p.jql, r.caller, now, r.site.settings.propertyIndexes);
    if (!compiled.ok) return jiraError(400, compiled.error.messages);
    const views = r.site.visibleViews(r.caller).filter((v) => compiled.value.matches(v));
    views.sort(compiled.value.compare);
    snapshot = { ids: views.map((v) => v.id), at: now };
    snapshots.set(snapshotKey, snapshot);
    for (const [key, s] of snapshots) if (now - s.at > SNAPSHOT_TTL_MS) snapshots.delete(key);
  }
  const ids = snapshot.ids.slice(offset, offset + pageSize);
  const expand = p.expand.split(',').map((e) => e.trim());
  const issues = ids.flatMap((id) => {
    const row = r.site.issues.find(id);
    return row
      ? [
          issueJson(r.site, row, {
            fields,
            changelog: expand.includes('changelog'),
            properties: p.properties,
          }),
        ]
      : [];
  });
  const next = offset + ids.length;
  const isLast = next >= snapshot.ids.length;
  return okJson({
    issues,
    ...(!isLast && { nextPageToken: encodeToken({ s: snapshotKey, o: next }) }),
    isLast,
  });
}

const encodeToken = (token: z.infer<typeof pageToken>): string =>
  Buffer.from(JSON.stringify(token)).toString('base64url');

function decodeToken(text: string): z.infer<typeof pageToken> | null {
  try {
    const parsed = pageToken.safeParse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
