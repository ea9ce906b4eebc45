import type { IssueRow } from '../db/rows';
import { forbidden, issueNotFound, type Answer } from '../http/answer';
import type { RouteRequest } from '../http/route';

/**
 * The issue a request names, if the caller may see it; Jira answers 404 alike for a missing issue
 * and one the caller may not browse, and 403 when they may see it but lack the permission to act.
 */
export function issueFor(
  request: RouteRequest,
  permission?: string,
  action?: string,
): { row: IssueRow } | { answer: Answer } {
  const row = request.site.issues.find(request.params.issueIdOrKey ?? '');
  if (!row || !request.site.canBrowse(request.caller, row.project_key)) return { answer: issueNotFound() };
  if (permission && !request.site.can(request.caller, permission))
    return { answer: forbidden(action ?? 'do this') };
  return { row };
}
