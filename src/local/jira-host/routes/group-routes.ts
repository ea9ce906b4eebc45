import { jiraError, okJson } from '../http/answer';
import type { Route } from '../http/route';
import { findGroup, membersOf } from '../site/site-groups';
import { userDetailsJson } from '../site/user-json';

/** Jira pages group members 50 at a time at most. */
const MAX_PAGE = 50;

/** `GET /rest/api/3/group/member`: a group's members, paged, for callers who may browse users and groups. */
export const groupRoutes: readonly Route[] = [
  {
    method: 'GET',
    path: '/rest/api/3/group/member',
    handle: (r) => {
      if (!r.site.can(r.caller, 'USER_PICKER') && !r.site.can(r.caller, 'ADMINISTER'))
        return jiraError(403, ['You do not have permission to browse users and groups.']);
      const groupname = r.query.get('groupname');
      const groupId = r.query.get('groupId');
      if (!groupname === !groupId)
        return jiraError(400, ['You must specify either groupname or groupId, and not both.']);
      const group = findGroup({ name: groupname, groupId });
      if (!group) return jiraError(404, [`Group '${groupname ?? groupId ?? ''}' does not exist.`]);
      const startAt = Math.max(0, Math.floor(Number(r.query.get('startAt') ?? 0)) || 0);
      const maxResults = Math.min(
        MAX_PAGE,
        Math.max(1, Math.floor(Number(r.query.get('maxResults'))) || MAX_PAGE),
      );
      const members = membersOf(group, r.site.accounts.all());
      const values = members.slice(startAt, startAt + maxResults);
      const isLast = startAt + values.length >= members.length;
      const pageUrl = (at: number) =>
        r.site.url(
          `/rest/api/3/group/member?groupId=${group.groupId}&includeInactiveUsers=false&startAt=${at}&maxResults=${maxResults}`,
        );
      return okJson({
        self: pageUrl(startAt),
        ...(!isLast && { nextPage: pageUrl(startAt + values.length) }),
        maxResults,
        startAt,
        total: members.length,
        isLast,
        values: values.map((a) => userDetailsJson(r.site.settings.baseUrl, a)),
      });
    },
  },
];
