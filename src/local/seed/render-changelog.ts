import { formatJiraTimestamp } from './jira-time';
import type { JiraChangeItem, JiraHistory, JiraIssue, JiraUser } from './jira-types';
import type { IdCounters } from './render-comments';
import { RESOLUTIONS, STATUSES, type ResolutionKey, type StatusKey } from './site-catalogue';
import type { SiteUsers } from './site-users';
import type { Step } from './ticket-plan';

const item = (
  field: string,
  from: { id: string; name: string } | null,
  to: { id: string; name: string } | null,
): JiraChangeItem => ({
  field,
  fieldtype: 'jira',
  fieldId: field,
  from: from?.id ?? null,
  fromString: from?.name ?? null,
  to: to?.id ?? null,
  toString: to?.name ?? null,
});

/** Renders the changelog: assignments, status transitions, resolution set and cleared. */
export function renderChangelog(
  steps: readonly Step[],
  reporter: JiraUser,
  users: SiteUsers,
  ids: IdCounters,
  offsetMinutes: number,
): JiraIssue['changelog'] {
  const histories: JiraHistory[] = [];
  let status: StatusKey = 'waitingSupport';
  let resolution: ResolutionKey | null = null;
  let assignee: number | null = null;
  for (const step of steps) {
    const items: JiraChangeItem[] = [];
    if (step.assignee !== undefined && step.assignee !== assignee) {
      const from = assignee === null ? null : users.agent(assignee);
      const to = users.agent(step.assignee);
      items.push(
        item('assignee', from && { id: from.accountId, name: from.displayName }, {
          id: to.accountId,
          name: to.displayName,
        }),
      );
      assignee = step.assignee;
    }
    if (step.resolution !== undefined && step.resolution !== resolution) {
      items.push(
        item(
          'resolution',
          resolution && RESOLUTIONS[resolution],
          step.resolution && RESOLUTIONS[step.resolution],
        ),
      );
      resolution = step.resolution;
    }
    if (step.status !== undefined && step.status !== status) {
      items.push(item('status', STATUSES[status], STATUSES[step.status]));
      status = step.status;
    }
    if (items.length === 0) continue;
    histories.push({
      id: String(++ids.history),
      author: users.actor(step.actor, reporter),
      created: formatJiraTimestamp(step.at, offsetMinutes),
      items,
    });
  }
  return { startAt: 0, maxResults: histories.length, total: histories.length, histories };
}
