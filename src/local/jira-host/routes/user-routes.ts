import { jiraError, okJson } from '../http/answer';
import type { Route } from '../http/route';
import { PERMISSIONS } from '../site/roles';
import { userJson } from '../site/user-json';

/** `myself`, `mypermissions` and user search. */
export const userRoutes: readonly Route[] = [
  {
    method: 'GET',
    path: '/rest/api/3/myself',
    handle: (r) => okJson(userJson(r.site.settings.baseUrl, r.caller)),
  },
  {
    method: 'GET',
    path: '/rest/api/3/mypermissions',
    handle: (r) => {
      const wanted = (r.query.get('permissions') ?? '')
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean);
      if (wanted.length === 0) return jiraError(400, ['The permissions query parameter is required.']);
      const unknown = wanted.filter((p) => !(p in PERMISSIONS));
      if (unknown.length > 0) return jiraError(404, [`Permission ${unknown.join(', ')} does not exist.`]);
      const permissions: Record<string, unknown> = {};
      for (const key of wanted) {
        const p = PERMISSIONS[key];
        if (p)
          permissions[key] = {
            id: p.id,
            key,
            name: p.name,
            type: p.type,
            description: p.description,
            havePermission: r.site.can(r.caller, key),
          };
      }
      return okJson({ permissions });
    },
  },
  {
    method: 'GET',
    path: '/rest/api/3/user/search',
    handle: (r) => {
      const query = (r.query.get('query') ?? '').toLowerCase();
      const accountId = r.query.get('accountId');
      if (!query && !accountId) return jiraError(400, ['One of query or accountId is required.']);
      const startAt = Math.max(0, Number(r.query.get('startAt') ?? 0) || 0);
      const maxResults = Math.min(1000, Math.max(1, Number(r.query.get('maxResults') ?? 50) || 50));
      const matches = r.site.accounts
        .all()
        .filter((a) =>
          accountId
            ? a.accountId === accountId
            : a.displayName.toLowerCase().includes(query) || (a.email ?? '').toLowerCase().startsWith(query),
        );
      return okJson(
        matches.slice(startAt, startAt + maxResults).map((a) => userJson(r.site.settings.baseUrl, a)),
      );
    },
  },
  {
    // Users by account id, one `accountId` parameter each; unknown ids are left out (a PageBean).
    method: 'GET',
    path: '/rest/api/3/user/bulk',
    handle: (r) => {
      const ids = r.query.getAll('accountId');
      if (ids.length === 0) return jiraError(400, ['The accountId query parameter is required.']);
      const startAt = Math.max(0, Number(r.query.get('startAt') ?? 0) || 0);
      const maxResults = Math.min(200, Math.max(1, Number(r.query.get('maxResults') ?? 10) || 10));
      const found = ids.flatMap((id) => {
        const account = r.site.accounts.find(id);
        return account ? [userJson(r.site.settings.baseUrl, account)] : [];
      });
      const values = found.slice(startAt, startAt + maxResults);
      return okJson({
        maxResults,
        startAt,
        total: found.length,
        isLast: startAt + values.length >= found.length,
        values,
      });
    },
  },
];
