import * as jira from '../../../src/jira/endpoints';
import type { EndpointCase } from './endpoint-cases';

const MIA = {
  accountId: '5b10a2844c20165700ede21g',
  displayName: 'Mia',
  active: true,
  accountType: 'atlassian',
};
const ROLE_URL = 'https://x.atlassian.net/rest/api/3/project/10000/role';

// Group members and project roles, as the approvers of improvement plans are read (written from the OpenAPI document).
export const GROUP_ROLE_CASES: EndpointCase[] = [
  {
    name: 'group members, one page',
    run: (c) => jira.getGroupMembers(c, { groupname: 'quality-managers' }, { startAt: 50, maxResults: 50 }),
    sent: {
      method: 'GET',
      path: '/rest/api/3/group/member?groupname=quality-managers&startAt=50&maxResults=50',
      body: undefined,
    },
    reply: { status: 200, json: { isLast: true, maxResults: 50, startAt: 50, total: 51, values: [MIA] } },
    value: { isLast: true, maxResults: 50, startAt: 50, total: 51, values: [MIA] },
  },
  {
    name: 'group members by group id',
    run: (c) => jira.getGroupMembers(c, { groupId: '952d12c3-5b5b-4d04-bb32-44d383afc4b2' }),
    sent: {
      method: 'GET',
      path: '/rest/api/3/group/member?groupId=952d12c3-5b5b-4d04-bb32-44d383afc4b2',
      body: undefined,
    },
    reply: { status: 200, json: { isLast: true, startAt: 0, total: 0, values: [] } },
    value: { isLast: true, startAt: 0, total: 0, values: [] },
  },
  {
    name: 'project roles, by name with their ids',
    run: (c) => jira.getProjectRoles(c, 'SUP'),
    sent: { method: 'GET', path: '/rest/api/3/project/SUP/role', body: undefined },
    reply: {
      status: 200,
      json: { Administrators: `${ROLE_URL}/10002`, 'Service Desk Team': `${ROLE_URL}/10101` },
    },
    value: [
      { name: 'Administrators', id: 10002, self: `${ROLE_URL}/10002` },
      { name: 'Service Desk Team', id: 10101, self: `${ROLE_URL}/10101` },
    ],
  },
  {
    name: 'project role with its user and group actors',
    run: (c) => jira.getProjectRole(c, 'SUP', 10101, { excludeInactiveUsers: true }),
    sent: {
      method: 'GET',
      path: '/rest/api/3/project/SUP/role/10101?excludeInactiveUsers=true',
      body: undefined,
    },
    reply: {
      status: 200,
      json: {
        id: 10101,
        name: 'Service Desk Team',
        actors: [
          {
            id: 1,
            type: 'atlassian-group-role-actor',
            actorGroup: { name: 'quality-managers', groupId: 'g1' },
          },
          { id: 2, type: 'atlassian-user-role-actor', actorUser: { accountId: MIA.accountId } },
        ],
      },
    },
    value: {
      id: 10101,
      name: 'Service Desk Team',
      actors: [
        {
          id: 1,
          type: 'atlassian-group-role-actor',
          actorGroup: { name: 'quality-managers', groupId: 'g1' },
        },
        { id: 2, type: 'atlassian-user-role-actor', actorUser: { accountId: MIA.accountId } },
      ],
    },
  },
];
