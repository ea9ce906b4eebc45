import type { IssueRow } from '../db/rows';
import { forbidden, issueNotFound, type Answer } from '../http/answer';
import type { RouteRequest } from '../http/route';

/**
 * The issue a request names, if the caller may see it; Jira answers 404 alike for a missing issue
 * and one the caller may not browse. A caller who may see it but lacks the permission to act gets
 * `denied`: 403 where Jira documents it, else the status the operation documents for that case.
 */
export function issueFor(
  request: RouteRequest,
  permission?: string,
  action?: string,
  denied: 400 | 403 | 404 = 403,
): { row: IssueRow } | { answer: Answer } {
  const row = request.site.issues.find(request.params.issueIdOrKey ?? '');
  if (!row || !request.site.canBrowse(request.caller, row.project_key)) return { answer: issueNotFound() };
  if (permission && !request.site.can(request.caller, permission))
    return { answer: forbidden(action ?? 'do this', denied) };
  return { row };
}
