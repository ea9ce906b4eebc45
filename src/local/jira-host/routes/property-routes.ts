import { jiraError, noContent, okJson } from '../http/answer';
import type { Route } from '../http/route';
import { issueFor } from './issue-access';

const MAX_PROPERTY_BYTES = 32_768;
const KEY = /^[^\s/]{1,255}$/;

/** Issue entity properties: list, get, set (≤ 32 KB, as Jira enforces) and delete. */
export const propertyRoutes: readonly Route[] = [
  {
    method: 'GET',
    path: '/rest/api/3/issue/{issueIdOrKey}/properties',
    handle: (request) => {
      const found = issueFor(request);
      if ('answer' in found) return found.answer;
      const keys = Object.keys(request.site.issues.properties(found.row.id));
      return okJson({
        keys: keys.map((key) => ({
          key,
          self: request.site.url(`/rest/api/3/issue/${found.row.id}/properties/${encodeURIComponent(key)}`),
        })),
      });
    },
  },
  {
    method: 'GET',
    path: '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}',
    handle: (request) => {
      const found = issueFor(request);
      if ('answer' in found) return found.answer;
      const key = request.params.propertyKey ?? '';
      const properties = request.site.issues.properties(found.row.id);
      if (!(key in properties)) return jiraError(404, [`The property with key '${key}' does not exist.`]);
      return okJson({ key, value: properties[key] });
    },
  },
  {
    method: 'PUT',
    path: '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}',
    handle: (request) => {
      const found = issueFor(request, 'EDIT_ISSUES', 'edit this issue');
      if ('answer' in found) return found.answer;
      const key = request.params.propertyKey ?? '';
      if (!KEY.test(key)) return jiraError(400, [`The property key '${key}' is not valid.`]);
      if (request.body === undefined) return jiraError(400, ['The property value must be valid JSON.']);
      const size = Buffer.byteLength(JSON.stringify(request.body), 'utf8');
      if (size > MAX_PROPERTY_BYTES) {
        return jiraError(400, [
          `The property value has ${size} bytes; the maximum is ${MAX_PROPERTY_BYTES} bytes.`,
        ]);
      }
      const outcome = request.site.issues.setProperty(found.row.id, key, request.body);
      return outcome === 'created' ? { status: 201, body: {} } : okJson({});
    },
  },
  {
    method: 'DELETE',
    path: '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}',
    handle: (request) => {
      // Jira documents 404 for a caller who may not edit the issue here, not 403 as for PUT.
      const found = issueFor(request, 'EDIT_ISSUES', 'edit this issue', 404);
      if ('answer' in found) return found.answer;
      const key = request.params.propertyKey ?? '';
      return request.site.issues.deleteProperty(found.row.id, key)
        ? noContent()
        : jiraError(404, [`The property with key '${key}' does not exist.`]);
    },
  },
];
