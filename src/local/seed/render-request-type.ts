import { jiraDate } from './jira-time';
import type { JsmRequestTypeValue } from './jsm-types';
import type { RequestTypeProfile } from './request-types';
import { ISSUE_TYPES, SERVICE_DESK, STATUSES, type StatusKey } from './site-catalogue';

const CATEGORY_NAMES = { new: 'NEW', indeterminate: 'INDETERMINATE', done: 'DONE' } as const;

/** What the request type value of an issue depends on. */
export interface RequestTypeInput {
  type: RequestTypeProfile;
  issueId: string;
  issueKey: string;
  status: StatusKey;
  statusChangedAt: number;
  baseUrl: string;
  offsetMinutes: number;
}

/** Renders the Customer Request Type (`vp-origin`) value of an issue. */
export function renderRequestType(input: RequestTypeInput): JsmRequestTypeValue {
  const { type, baseUrl } = input;
  const status = STATUSES[input.status];
  const desk = SERVICE_DESK;
  return {
    _links: {
      jiraRest: `${baseUrl}/rest/api/2/issue/${input.issueId}`,
      web: `${baseUrl}/servicedesk/customer/portal/${desk.portalId}/${input.issueKey}`,
      agent: `${baseUrl}/browse/${input.issueKey}`,
      self: `${baseUrl}/rest/servicedeskapi/request/${input.issueId}`,
    },
    requestType: {
      _expands: ['field'],
      id: type.id,
      _links: {
        self: `${baseUrl}/rest/servicedeskapi/servicedesk/${desk.serviceDeskId}/requesttype/${type.id}`,
      },
      name: type.name,
      description: type.description,
      issueTypeId: ISSUE_TYPES[type.issueType].id,
      serviceDeskId: desk.serviceDeskId,
      portalId: desk.portalId,
      groupIds: [type.groupId],
    },
    currentStatus: {
      status: status.name,
      statusCategory: CATEGORY_NAMES[status.category],
      statusDate: jiraDate(input.statusChangedAt, input.offsetMinutes),
    },
  };
}
