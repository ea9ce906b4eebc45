import { z } from 'zod';
import type { JiraClient } from '../../src/jira/client';
import { getGroupMembers, getProjectRole, getProjectRoles, groupMemberPages } from '../../src/jira/endpoints';
import { startTestHost, type TestHost } from '../support/local-host';

let host: TestHost;
let agent: JiraClient;
let admin: JiraClient;

beforeAll(async () => {
  host = await startTestHost({ tickets: 80, days: 20 });
  agent = host.clientAs('agent');
  admin = host.clientAs('admin');
}, 60_000);
afterAll(() => host.dispose());

const value = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

/** Every member of a group, read page by page as the app reads them. */
async function members(client: JiraClient, group: { groupname: string } | { groupId: string }, size = 50) {
  const ids: string[] = [];
  for await (const page of groupMemberPages(client, group, size))
    ids.push(...value(page).values.map((u) => u.accountId));
  return ids;
}

const people = (...roles: string[]) =>
  host.site.accounts
    .all()
    .filter((a) => a.accountType !== 'app' && roles.includes(a.role))
    .map((a) => a.accountId);

describe("the local host's groups and project roles, derived from people's roles", () => {
  it('has the licence group of agents, quality managers and admins, and the quality managers group', async () => {
    expect(await members(agent, { groupname: 'quality-managers' })).toEqual(people('qualityManager'));
    const licensed = await members(agent, { groupname: 'jira-servicemanagement-users' }, 3);
    expect(licensed).toEqual(people('agent', 'qualityManager', 'admin'));
    expect(licensed.length).toBeGreaterThan(3);
    expect(licensed).not.toContain('557058:f58131cb-b67d-43c7-b30d-6b58d40bd077');
  });

  it('pages members 50 at most, with total and isLast', async () => {
    const page = value(
      await getGroupMembers(agent, { groupname: 'service-desk-customers' }, { maxResults: 500 }),
    );
    expect(page.maxResults).toBe(50);
    expect(page.total).toBe(people('customer').length);
    expect(page.isLast).toBe(page.values.length === page.total);
  });

  it('answers 400 without a group, 404 for an unknown one and 403 to a customer', async () => {
    const none = await agent.call({ method: 'GET', route: '/rest/api/3/group/member', schema: z.unknown() });
    expect(!none.ok && none.error.status).toBe(400);
    const unknown = await getGroupMembers(agent, { groupname: 'no-such-group' });
    expect(!unknown.ok && unknown.error.status).toBe(404);
    const customer = await getGroupMembers(host.clientAs('customer'), { groupname: 'quality-managers' });
    expect(!customer.ok && customer.error.status).toBe(403);
  });

  it("gives every project a new JSM project's roles, with their people and groups", async () => {
    const roles = value(await getProjectRoles(admin, 'SUP'));
    expect(roles.map((r) => r.name)).toEqual([
      'Administrators',
      'Service Desk Customers',
      'Service Desk Team',
    ]);
    const actors = async (name: string) => {
      const role = value(await getProjectRole(admin, 'SUP', roles.find((r) => r.name === name)?.id ?? 0));
      return {
        users: role.actors.flatMap((a) => (a.actorUser ? [a.actorUser.accountId] : [])),
        groups: role.actors.flatMap((a) => (a.actorGroup ? [a.actorGroup.name] : [])),
      };
    };
    expect(await actors('Administrators')).toEqual({ users: people('admin'), groups: [] });
    const team = await actors('Service Desk Team');
    expect([...team.users].sort()).toEqual(people('agent', 'qualityManager').sort());
    expect(team.groups).toEqual([]);
    expect(await actors('Service Desk Customers')).toEqual({ users: [], groups: ['service-desk-customers'] });
  });

  it('shows roles only to those who administer the project, and 404 for unknown projects and roles', async () => {
    const asAgent = await getProjectRoles(agent, 'SUP');
    expect(!asAgent.ok && asAgent.error.status).toBe(404);
    const noProject = await getProjectRoles(admin, 'NOPE');
    expect(!noProject.ok && noProject.error.status).toBe(404);
    const noRole = await getProjectRole(admin, 'SUP', 99_999);
    expect(!noRole.ok && noRole.error.status).toBe(404);
  });
});
