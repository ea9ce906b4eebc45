import { z } from 'zod';
import { jiraError, okJson } from '../http/answer';
import type { Route } from '../http/route';

const newIssueType = z.object({
  name: z.string().trim().min(1).max(60),
  description: z.string().optional(),
  type: z.enum(['standard', 'subtask']).optional(),
  hierarchyLevel: z.number().int().optional(),
});

/** Site metadata: fields, statuses, projects, issue types (list and create), issue link types. */
export const metadataRoutes: readonly Route[] = [
  { method: 'GET', path: '/rest/api/3/field', handle: (r) => okJson(r.site.fields()) },
  {
    method: 'GET',
    path: '/rest/api/3/status',
    handle: (r) => okJson(r.site.documents('SELECT doc FROM statuses ORDER BY id')),
  },
  {
    method: 'GET',
    path: '/rest/api/3/project/{projectIdOrKey}',
    handle: (r) => {
      const key = r.params.projectIdOrKey ?? '';
      const [project] = r.site.documents('SELECT doc FROM projects WHERE id = ? OR key = ?', [
        key,
        key.toUpperCase(),
      ]);
      if (!project || !r.site.canBrowse(r.caller, key)) {
        return jiraError(404, [`No project could be found with key '${key}'.`]);
      }
      return okJson({ ...project, issueTypes: r.site.documents('SELECT doc FROM issue_types ORDER BY id') });
    },
  },
  {
    method: 'GET',
    path: '/rest/api/3/issuetype',
    handle: (r) => okJson(r.site.documents('SELECT doc FROM issue_types ORDER BY id')),
  },
  {
    method: 'POST',
    path: '/rest/api/3/issuetype',
    handle: (r) => {
      if (!r.site.can(r.caller, 'ADMINISTER'))
        return jiraError(403, ['You must have Administer Jira permission to create issue types.']);
      const body = newIssueType.safeParse(r.body);
      if (!body.success)
        return jiraError(400, [], { name: 'You must specify a valid name for the issue type.' });
      const exists = r.site.documents('SELECT doc FROM issue_types WHERE lower(name) = lower(?)', [
        body.data.name,
      ]);
      if (exists.length > 0)
        return jiraError(409, [], { name: 'An issue type with this name already exists.' });
      const ids = r.site.db.all('SELECT id FROM issue_types').map((row) => Number(row.id));
      const id = String(Math.max(10_100, ...ids) + 1);
      const subtask = body.data.type === 'subtask' || (body.data.hierarchyLevel ?? 0) < 0;
      const doc = {
        self: r.site.url(`/rest/api/3/issuetype/${id}`),
        id,
        description: body.data.description ?? '',
        iconUrl: r.site.url('/images/icons/issuetypes/task.svg'),
        name: body.data.name,
        subtask,
        avatarId: 10318,
        hierarchyLevel: subtask ? -1 : 0,
      };
      r.site.db.run('INSERT INTO issue_types (id, name, doc) VALUES (?, ?, ?)', [
        id,
        doc.name,
        JSON.stringify(doc),
      ]);
      return okJson(doc, 201);
    },
  },
  {
    method: 'GET',
    path: '/rest/api/3/issueLinkType',
    handle: (r) => okJson({ issueLinkTypes: r.site.documents('SELECT doc FROM link_types ORDER BY id') }),
  },
  {
    method: 'POST',
    path: '/rest/api/3/issueLinkType',
    handle: (r) => {
      // Jira documents 404 (not 403) for a caller who is not a Jira admin, and for a name in use.
      if (!r.site.can(r.caller, 'ADMINISTER'))
        return jiraError(404, ['You must have Administer Jira permission to manage issue link types.']);
      const body = z
        .object({ name: z.string().min(1), inward: z.string().min(1), outward: z.string().min(1) })
        .safeParse(r.body);
      if (!body.success)
        return jiraError(400, ['An issue link type needs a name, an inward and an outward description.']);
      if (
        r.site.documents('SELECT doc FROM link_types WHERE lower(name) = lower(?)', [body.data.name]).length >
        0
      ) {
        return jiraError(404, [`An issue link type with the name '${body.data.name}' already exists.`]);
      }
      const ids = r.site.db.all('SELECT id FROM link_types').map((row) => Number(row.id));
      const id = String(Math.max(10_000, ...ids) + 1);
      const doc = { id, ...body.data, self: r.site.url(`/rest/api/3/issueLinkType/${id}`) };
      r.site.db.run('INSERT INTO link_types (id, name, doc) VALUES (?, ?, ?)', [
        id,
        doc.name,
        JSON.stringify(doc),
      ]);
      return okJson(doc, 201);
    },
  },
];
