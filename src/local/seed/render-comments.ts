import { formatJiraTimestamp } from './jira-time';
import type { AdfDoc, JiraComment, JiraIssueFields, JiraUser } from './jira-types';
import type { SiteUsers } from './site-users';
import type { Step } from './ticket-plan';

/** Running ids shared by all issues of one generation, so ids are unique across the dataset. */
export interface IdCounters {
  comment: number;
  history: number;
}

/** Wraps plain text in an Atlassian Document Format document. */
export function adfText(text: string): AdfDoc {
  return { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
}

/** Renders the comment page of an issue: public replies, customer comments and internal notes. */
export function renderComments(
  steps: readonly Step[],
  issueUrl: string,
  reporter: JiraUser,
  users: SiteUsers,
  ids: IdCounters,
  offsetMinutes: number,
): JiraIssueFields['comment'] {
  const comments: JiraComment[] = [];
  for (const step of steps) {
    if (!step.comment) continue;
    const id = String(++ids.comment);
    const at = formatJiraTimestamp(step.at, offsetMinutes);
    comments.push({
      self: `${issueUrl}/comment/${id}`,
      id,
      author: users.actor(step.actor, reporter),
      body: adfText(step.comment.text),
      created: at,
      updated: at,
      jsdPublic: step.comment.public,
    });
  }
  return {
    self: `${issueUrl}/comment`,
    comments,
    maxResults: comments.length,
    total: comments.length,
    startAt: 0,
  };
}
