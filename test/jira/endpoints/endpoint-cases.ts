import type { JiraClient, JiraResult } from '../../../src/jira/client';
import * as jira from '../../../src/jira/endpoints';
import type { SentRequest } from '../client/fake-jira';
import { GROUP_ROLE_CASES } from './group-role-cases';

/** One endpoint call: how to make it, what it must send, a reply and the value read from it. */
export interface EndpointCase {
  readonly name: string;
  readonly run: (client: JiraClient) => Promise<JiraResult<unknown>>;
  readonly sent: SentRequest;
  readonly reply: { status: number; json: unknown };
  readonly value: unknown;
}

const USER = { accountId: '5b10ac8d82e05b22cc7d4ef5', displayName: 'Mia Krystof', accountType: 'atlassian' };
const ADF = jira.plainTextDocument('Reopened: customer called again');
const STATUS = { id: '10001', name: 'Done', statusCategory: { id: 3, key: 'done', name: 'Done' } };

// Written from the OpenAPI documents: path, query and body of each call, and what it returns.
export const ENDPOINT_CASES: EndpointCase[] = [
  {
    name: 'get issue with fields and properties',
    run: (c) =>
      jira.getIssue(c, 'SUP-1', { fields: ['summary', 'status'], properties: ['quality-loop.flag'] }),
    sent: {
      method: 'GET',
      path: '/rest/api/3/issue/SUP-1?fields=summary,status&properties=quality-loop.flag',
      body: undefined,
    },
    reply: { status: 200, json: { id: '10001', key: 'SUP-1', fields: { summary: 'Printer' } } },
    value: { id: '10001', key: 'SUP-1', fields: { summary: 'Printer' } },
  },
  {
    name: 'create issue',
    run: (c) =>
      jira.createIssue(c, {
        fields: { project: { key: 'SUP' }, summary: 'Fix', issuetype: { id: '10003' } },
      }),
    sent: {
      method: 'POST',
      path: '/rest/api/3/issue',
      body: { fields: { project: { key: 'SUP' }, summary: 'Fix', issuetype: { id: '10003' } } },
    },
    reply: {
      status: 201,
      json: { id: '10010', key: 'SUP-10', self: 'https://x.atlassian.net/rest/api/3/issue/10010' },
    },
    value: { id: '10010', key: 'SUP-10', self: 'https://x.atlassian.net/rest/api/3/issue/10010' },
  },
  {
    name: 'edit issue quietly',
    run: (c) => jira.editIssue(c, 'SUP-1', { fields: { duedate: '2025-04-01' } }, { notifyUsers: false }),
    sent: {
      method: 'PUT',
      path: '/rest/api/3/issue/SUP-1?notifyUsers=false',
      body: { fields: { duedate: '2025-04-01' } },
    },
    reply: { status: 204, json: null },
    value: undefined,
  },
  {
    name: 'get transitions',
    run: (c) => jira.getTransitions(c, 'SUP-1'),
    sent: { method: 'GET', path: '/rest/api/3/issue/SUP-1/transitions', body: undefined },
    reply: { status: 200, json: { transitions: [{ id: '31', name: 'Approve', to: STATUS }] } },
    value: [{ id: '31', name: 'Approve', to: STATUS }],
  },
  {
    name: 'do transition',
    run: (c) => jira.doTransition(c, 'SUP-1', { transition: { id: '31' } }),
    sent: { method: 'POST', path: '/rest/api/3/issue/SUP-1/transitions', body: { transition: { id: '31' } } },
    reply: { status: 204, json: null },
    value: undefined,
  },
  {
    name: 'link issues',
    run: (c) =>
      jira.linkIssues(c, {
        type: { name: 'Relates' },
        inwardIssue: { key: 'SUP-1' },
        outwardIssue: { key: 'QL-7' },
      }),
    sent: {
      method: 'POST',
      path: '/rest/api/3/issueLink',
      body: { type: { name: 'Relates' }, inwardIssue: { key: 'SUP-1' }, outwardIssue: { key: 'QL-7' } },
    },
    reply: { status: 201, json: null },
    value: undefined,
  },
  {
    name: 'issue link types',
    run: (c) => jira.getIssueLinkTypes(c),
    sent: { method: 'GET', path: '/rest/api/3/issueLinkType', body: undefined },
    reply: {
      status: 200,
      json: {
        issueLinkTypes: [{ id: '1000', name: 'Relates', inward: 'relates to', outward: 'relates to' }],
      },
    },
    value: [{ id: '1000', name: 'Relates', inward: 'relates to', outward: 'relates to' }],
  },
  {
    name: 'get comments, newest first',
    run: (c) => jira.getComments(c, 'SUP-1', { orderBy: '-created', maxResults: 50 }),
    sent: {
      method: 'GET',
      path: '/rest/api/3/issue/SUP-1/comment?orderBy=-created&maxResults=50',
      body: undefined,
    },
    reply: { status: 200, json: { startAt: 0, maxResults: 50, total: 0, comments: [] } },
    value: { startAt: 0, maxResults: 50, total: 0, comments: [] },
  },
  {
    name: 'add comment',
    run: (c) => jira.addComment(c, 'SUP-1', { body: ADF }),
    sent: { method: 'POST', path: '/rest/api/3/issue/SUP-1/comment', body: { body: ADF } },
    reply: {
      status: 201,
      json: { id: '10200', body: ADF, created: '2025-03-01T10:00:00.000+0000', author: USER },
    },
    value: { id: '10200', body: ADF, created: '2025-03-01T10:00:00.000+0000', author: USER },
  },
  {
    name: 'list issue properties',
    run: (c) => jira.listIssueProperties(c, 'SUP-1'),
    sent: { method: 'GET', path: '/rest/api/3/issue/SUP-1/properties', body: undefined },
    reply: { status: 200, json: { keys: [{ key: 'quality-loop.flag', self: 'https://x/…' }] } },
    value: ['quality-loop.flag'],
  },
  {
    name: 'get issue property',
    run: (c) => jira.getIssueProperty(c, 'SUP-1', 'quality-loop.flag'),
    sent: { method: 'GET', path: '/rest/api/3/issue/SUP-1/properties/quality-loop.flag', body: undefined },
    reply: { status: 200, json: { key: 'quality-loop.flag', value: { flagged: true, v: 1 } } },
    value: { key: 'quality-loop.flag', value: { flagged: true, v: 1 } },
  },
  {
    name: 'set issue property',
    run: (c) => jira.setIssueProperty(c, 'SUP-1', 'quality-loop.flag', { flagged: true, v: 1 }),
    sent: {
      method: 'PUT',
      path: '/rest/api/3/issue/SUP-1/properties/quality-loop.flag',
      body: { flagged: true, v: 1 },
    },
    reply: { status: 201, json: null },
    value: undefined,
  },
  {
    name: 'delete issue property',
    run: (c) => jira.deleteIssueProperty(c, 'SUP-1', 'quality-loop.flag'),
    sent: { method: 'DELETE', path: '/rest/api/3/issue/SUP-1/properties/quality-loop.flag', body: undefined },
    reply: { status: 204, json: null },
    value: undefined,
  },
  {
    name: 'field list',
    run: (c) => jira.getFields(c),
    sent: { method: 'GET', path: '/rest/api/3/field', body: undefined },
    reply: { status: 200, json: [{ id: 'customfield_10020', name: 'Satisfaction', custom: true }] },
    value: [{ id: 'customfield_10020', name: 'Satisfaction', custom: true }],
  },
  {
    name: 'statuses',
    run: (c) => jira.getStatuses(c),
    sent: { method: 'GET', path: '/rest/api/3/status', body: undefined },
    reply: { status: 200, json: [STATUS] },
    value: [STATUS],
  },
  {
    name: 'project',
    run: (c) => jira.getProject(c, 'SUP', { expand: 'issueTypes' }),
    sent: { method: 'GET', path: '/rest/api/3/project/SUP?expand=issueTypes', body: undefined },
    reply: {
      status: 200,
      json: { id: '10000', key: 'SUP', name: 'Support', projectTypeKey: 'service_desk' },
    },
    value: { id: '10000', key: 'SUP', name: 'Support', projectTypeKey: 'service_desk' },
  },
  {
    name: 'issue types',
    run: (c) => jira.getIssueTypes(c),
    sent: { method: 'GET', path: '/rest/api/3/issuetype', body: undefined },
    reply: { status: 200, json: [{ id: '10003', name: 'Sub-task', subtask: true, hierarchyLevel: -1 }] },
    value: [{ id: '10003', name: 'Sub-task', subtask: true, hierarchyLevel: -1 }],
  },
  {
    name: 'create issue type',
    run: (c) => jira.createIssueType(c, { name: 'Improvement action', hierarchyLevel: -1 }),
    sent: {
      method: 'POST',
      path: '/rest/api/3/issuetype',
      body: { name: 'Improvement action', hierarchyLevel: -1 },
    },
    reply: { status: 201, json: { id: '10050', name: 'Improvement action', subtask: true } },
    value: { id: '10050', name: 'Improvement action', subtask: true },
  },
  {
    name: 'myself',
    run: (c) => jira.getMyself(c),
    sent: { method: 'GET', path: '/rest/api/3/myself', body: undefined },
    reply: { status: 200, json: USER },
    value: USER,
  },
  {
    name: 'my permissions in a project',
    run: (c) => jira.getMyPermissions(c, ['BROWSE_PROJECTS', 'EDIT_ISSUES'], { projectKey: 'SUP' }),
    sent: {
      method: 'GET',
      path: '/rest/api/3/mypermissions?projectKey=SUP&permissions=BROWSE_PROJECTS,EDIT_ISSUES',
      body: undefined,
    },
    reply: {
      status: 200,
      json: { permissions: { EDIT_ISSUES: { key: 'EDIT_ISSUES', type: 'PROJECT', havePermission: false } } },
    },
    value: { EDIT_ISSUES: { key: 'EDIT_ISSUES', type: 'PROJECT', havePermission: false } },
  },
  {
    name: 'user search',
    run: (c) => jira.searchUsers(c, { query: 'mia@example.com', maxResults: 10 }),
    sent: {
      method: 'GET',
      path: '/rest/api/3/user/search?query=mia%40example.com&maxResults=10',
      body: undefined,
    },
    reply: { status: 200, json: [USER] },
    value: [USER],
  },
  {
    name: 'request SLA',
    run: (c) => jira.getRequestSla(c, 'SUP-1'),
    sent: { method: 'GET', path: '/rest/servicedeskapi/request/SUP-1/sla', body: undefined },
    reply: {
      status: 200,
      json: {
        isLastPage: true,
        values: [
          { id: '1', name: 'Time to first response', ongoingCycle: { breached: false, paused: false } },
        ],
      },
    },
    value: {
      isLastPage: true,
      values: [
        {
          id: '1',
          name: 'Time to first response',
          completedCycles: [],
          ongoingCycle: { breached: false, paused: false },
        },
      ],
    },
  },
  {
    name: 'request feedback',
    run: (c) => jira.getRequestFeedback(c, 'SUP-1'),
    sent: { method: 'GET', path: '/rest/servicedeskapi/request/SUP-1/feedback', body: undefined },
    reply: { status: 200, json: { type: 'csat', rating: 4, comment: { body: 'Quick, thanks' } } },
    value: { type: 'csat', rating: 4, comment: { body: 'Quick, thanks' } },
  },
  {
    name: 'bulk changelog',
    run: (c) => jira.bulkFetchChangelogs(c, { issueIdsOrKeys: ['SUP-1'], maxResults: 500 }),
    sent: {
      method: 'POST',
      path: '/rest/api/3/changelog/bulkfetch',
      body: { issueIdsOrKeys: ['SUP-1'], maxResults: 500 },
    },
    reply: { status: 200, json: { issueChangeLogs: [] } },
    value: { issueChangeLogs: [] },
  },
  {
    name: 'search with GET',
    run: (c) =>
      jira.searchJql(c, { jql: 'project = SUP', fields: ['*all'], expand: 'changelog', maxResults: 100 }),
    sent: {
      method: 'GET',
      path: '/rest/api/3/search/jql?jql=project%20%3D%20SUP&fields=*all&expand=changelog&maxResults=100',
      body: undefined,
    },
    reply: { status: 200, json: { issues: [{ id: '10001' }], isLast: true } },
    value: { issues: [{ id: '10001' }], isLast: true },
  },
  ...GROUP_ROLE_CASES,
];
