import { z } from 'zod';
import { jiraError } from '../http/answer';
import type { Route } from '../http/route';

const issueRef = z.object({ key: z.string().optional(), id: z.string().optional() });
const linkBody = z.object({
  type: z.object({ name: z.string().optional(), id: z.string().optional() }),
  inwardIssue: issueRef,
  outwardIssue: issueRef,
});
const storedLink = z.object({ inward_issue_id: z.number(), outward_issue_id: z.number() });
const linkType = z.looseObject({ id: z.string(), name: z.string(), inward: z.string(), outward: z.string() });

/** `POST /rest/api/3/issueLink` links two issues by a link type (both visible and linkable); `DELETE …/{linkId}` unlinks them. */
export const linkRoutes: readonly Route[] = [
  {
    method: 'POST',
    path: '/rest/api/3/issueLink',
    handle: (r) => {
      const body = linkBody.safeParse(r.body);
      if (!body.success)
        return jiraError(400, ['An issue link needs a type, an inwardIssue and an outwardIssue.']);
      const [type] = r.site
        .documents('SELECT doc FROM link_types WHERE id = ? OR lower(name) = lower(?)', [
          body.data.type.id ?? '',
          body.data.type.name ?? '',
        ])
        .map((d) => linkType.parse(d));
      if (!type)
        return jiraError(404, [
          `No issue link type with name '${body.data.type.name ?? body.data.type.id ?? ''}' found.`,
        ]);
      const find = (ref: z.infer<typeof issueRef>) => r.site.issues.find(ref.key ?? ref.id ?? '');
      const inward = find(body.data.inwardIssue);
      const outward = find(body.data.outwardIssue);
      if (
        !inward ||
        !outward ||
        !r.site.canBrowse(r.caller, inward.project_key) ||
        !r.site.canBrowse(r.caller, outward.project_key)
      ) {
        return jiraError(404, ['Issue does not exist or you do not have permission to see it.']);
      }
      // Jira documents 404, not 403, for a caller without the Link issues permission.
      if (!r.site.can(r.caller, 'LINK_ISSUES'))
        return jiraError(404, ['You do not have permission to link issues.']);
      const duplicate = r.site.db.get(
        'SELECT id FROM issue_links WHERE type_id = ? AND inward_issue_id = ? AND outward_issue_id = ?',
        [type.id, inward.id, outward.id],
      );
      if (!duplicate) {
        r.site.db.run(
          'INSERT INTO issue_links (id, type_id, inward_issue_id, outward_issue_id) VALUES (?, ?, ?, ?)',
          [r.site.nextId('issue_links'), type.id, inward.id, outward.id],
        );
      }
      return { status: 201 };
    },
  },
  {
    method: 'DELETE',
    path: '/rest/api/3/issueLink/{linkId}',
    handle: (r) => {
      const linkId = r.params.linkId ?? '';
      if (!/^\d+$/.test(linkId)) return jiraError(400, [`The issue link id '${linkId}' is not valid.`]);
      const link = storedLink.safeParse(
        r.site.db.get('SELECT inward_issue_id, outward_issue_id FROM issue_links WHERE id = ?', [
          Number(linkId),
        ]),
      );
      // Jira answers 404 alike for a missing link, hidden issues and a caller who may not link issues.
      const visible = (issueId: number) => {
        const row = r.site.issues.find(String(issueId));
        return row !== null && r.site.canBrowse(r.caller, row.project_key);
      };
      if (
        !link.success ||
        !visible(link.data.inward_issue_id) ||
        !visible(link.data.outward_issue_id) ||
        !r.site.can(r.caller, 'LINK_ISSUES')
      ) {
        return jiraError(404, [`No issue link with id '${linkId}' exists.`]);
      }
      r.site.db.run('DELETE FROM issue_links WHERE id = ?', [Number(linkId)]);
      return { status: 204 };
    },
  },
];
