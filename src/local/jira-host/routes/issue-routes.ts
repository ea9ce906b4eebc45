import { z } from 'zod';
import { jiraError, noContent, okJson } from '../http/answer';
import type { Route } from '../http/route';
import { fieldSelection, issueJson } from '../site/issue-json';
import { editFields } from '../site/edit-fields';
import { createIssue } from '../site/create-issue';
import { issueFor } from './issue-access';

const editBody = z.object({
  fields: z.record(z.string(), z.unknown()).default({}),
  update: z.record(z.string(), z.unknown()).optional(),
});
const createBody = z.object({ fields: z.record(z.string(), z.unknown()) });

/** `GET/PUT /rest/api/3/issue/{issueIdOrKey}` and `POST /rest/api/3/issue`. */
export const issueRoutes: readonly Route[] = [
  {
    method: 'GET',
    path: '/rest/api/3/issue/{issueIdOrKey}',
    handle: (request) => {
      const found = issueFor(request);
      if ('answer' in found) return found.answer;
      const expand = (request.query.get('expand') ?? '').split(',');
      return okJson(
        issueJson(request.site, found.row, {
          fields: fieldSelection(request.query.getAll('fields'), '*all'),
          changelog: expand.includes('changelog'),
          properties: request.query
            .getAll('properties')
            .flatMap((p) => p.split(','))
            .filter(Boolean),
        }),
      );
    },
  },
  {
    method: 'PUT',
    path: '/rest/api/3/issue/{issueIdOrKey}',
    handle: (request) => {
      const found = issueFor(request, 'EDIT_ISSUES', 'edit this issue');
      if ('answer' in found) return found.answer;
      const body = editBody.safeParse(request.body);
      if (!body.success) return jiraError(400, ['The request body must be an object with "fields".']);
      const result = editFields(request.site, found.row, request.caller, body.data.fields);
      return result.ok ? noContent() : jiraError(400, [], result.errors);
    },
  },
  {
    method: 'POST',
    path: '/rest/api/3/issue',
    handle: (request) => {
      if (!request.site.can(request.caller, 'CREATE_ISSUES'))
        return jiraError(403, ['You do not have permission to create issues in this project.']);
      const body = createBody.safeParse(request.body);
      if (!body.success) return jiraError(400, ['The request body must be an object with "fields".']);
      const result = createIssue(request.site, request.caller, body.data.fields);
      return result.ok ? okJson(result.created, 201) : jiraError(400, [], result.errors);
    },
  },
];
