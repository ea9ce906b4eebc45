import { customerAt } from './customers';
import { formatJiraTimestamp } from './jira-time';
import type { JiraIssue, JiraIssueFields } from './jira-types';
import type { JiraOptionValue } from './jsm-types';
import { renderChangelog } from './render-changelog';
import { renderComments, type IdCounters } from './render-comments';
import {
  renderComponent,
  renderIssueType,
  renderPriority,
  renderResolution,
  renderStatus,
} from './render-catalogue';
import { renderRequestType } from './render-request-type';
import { renderSla } from './render-sla';
import { SERVICE_DESK } from './site-catalogue';
import type { SeedContext } from './seed-context';
import type { SiteUsers } from './site-users';
import type { SimulatedTicket } from './simulate-ticket';

const SLA_METRICS = {
  firstResponse: { id: '1', name: 'Time to first response' },
  resolution: { id: '2', name: 'Time to resolution' },
};

const option = (baseUrl: string, id: string, value: string): JiraOptionValue => ({
  self: `${baseUrl}/rest/api/3/customFieldOption/${id}`,
  value,
  id,
});

/** Renders a ticket at the end of the period as Jira's search returns it with `fields=*all&expand=changelog`. */
export function renderIssue(
  context: SeedContext,
  users: SiteUsers,
  ticket: SimulatedTicket,
  ids: IdCounters,
): JiraIssue {
  const { options, fieldIds } = context;
  const { baseUrl, utcOffsetMinutes: offset } = options;
  const { snapshot, slas, survey } = ticket;
  const { plan } = snapshot;
  const id = String(10100 + plan.index);
  const key = `${options.projectKey}-${plan.index + 1}`;
  const self = `${baseUrl}/rest/api/3/issue/${id}`;
  const reporter = users.customer(customerAt(context.seedHash, plan.customerIndex));
  const lastStep = snapshot.steps[snapshot.steps.length - 1];
  const updated = Math.max(plan.created, lastStep?.at ?? 0, survey.answeredAt ?? 0);
  const time = (ms: number): string => formatJiraTimestamp(ms, offset);
  const fields: JiraIssueFields = {
    summary: plan.summary,
    project: {
      self: `${baseUrl}/rest/api/3/project/${SERVICE_DESK.projectId}`,
      id: SERVICE_DESK.projectId,
      key: options.projectKey,
      name: SERVICE_DESK.name,
      projectTypeKey: 'service_desk',
      simplified: false,
    },
    issuetype: renderIssueType(plan.type.issueType, baseUrl),
    status: renderStatus(snapshot.status, baseUrl),
    priority: renderPriority(plan.priority, baseUrl),
    created: time(plan.created),
    updated: time(updated),
    resolution: snapshot.resolution === null ? null : renderResolution(snapshot.resolution, baseUrl),
    resolutiondate: snapshot.resolvedAt === null ? null : time(snapshot.resolvedAt),
    reporter,
    assignee: snapshot.assignee === null ? null : users.agent(snapshot.assignee),
    labels: plan.labels,
    components: plan.components.map((c) => renderComponent(c, baseUrl)),
    comment: renderComments(snapshot.steps, self, reporter, users, ids, offset),
  };
  fields[fieldIds.requestType] = renderRequestType({
    type: plan.type,
    issueId: id,
    issueKey: key,
    status: snapshot.status,
    statusChangedAt: snapshot.statusChangedAt,
    baseUrl,
    offsetMinutes: offset,
  });
  fields[fieldIds.timeToFirstResponse] = renderSla(
    SLA_METRICS.firstResponse,
    slas.firstResponse,
    id,
    baseUrl,
    offset,
  );
  fields[fieldIds.timeToResolution] = renderSla(SLA_METRICS.resolution, slas.resolution, id, baseUrl, offset);
  fields[fieldIds.satisfaction] = survey.rating === null ? null : { rating: survey.rating };
  fields[fieldIds.likelihoodToRecommend] = survey.nps;
  fields[fieldIds.team] = option(baseUrl, plan.team.optionId, plan.team.name);
  fields[fieldIds.channel] = option(baseUrl, plan.channel.optionId, plan.channel.value);
  const changelogSteps = plan.imported ? [] : snapshot.steps;
  return {
    expand: `operations,versionedRepresentations,editmeta,changelog,${fieldIds.requestType}.requestTypePractice,renderedFields`,
    id,
    self,
    key,
    fields,
    changelog: renderChangelog(changelogSteps, reporter, users, ids, offset),
  };
}
