import { resolveApprovers } from '../../../src/app/improvements/resolve-approvers';
import type { Settings } from '../../../src/contract/settings-schema';
import { makeJiraClient } from '../../../src/jira/client';
import type { JiraResponse } from '../../../src/jira/port';
import { answer } from '../../jira/client/fake-jira';

/** A Jira that answers by path (anything else is 404) and records the paths it was sent. */
const fakeJira = (answers: Record<string, JiraResponse>) => {
  const sent: string[] = [];
  const client = makeJiraClient(
    {
      request: (_method, path) => {
        sent.push(path);
        return Promise.resolve(answers[path] ?? answer(404, { errorMessages: ['Not found'], errors: {} }));
      },
    },
    { sleep: async () => undefined },
  );
  return { client, sent };
};

const approvers = (changes: Partial<Settings['approvers']>): Settings['approvers'] => ({
  users: [],
  group: null,
  projectRole: null,
  policy: { kind: 'any' },
  ...changes,
});

const page = (ids: string[], startAt = 0, total = ids.length) =>
  answer(200, {
    startAt,
    maxResults: 50,
    total,
    isLast: startAt + ids.length >= total,
    values: ids.map((accountId) => ({ accountId, active: true })),
  });
const members = (group: string, startAt = 0) =>
  `/rest/api/3/group/member?groupname=${group}&startAt=${startAt}&maxResults=50`;
const ROLES = '/rest/api/3/project/SUP/role';
const roleUrl = (id: number) => `https://x.atlassian.net/rest/api/3/project/10000/role/${id}`;
const role = (id: number) => `/rest/api/3/project/SUP/role/${id}?excludeInactiveUsers=true`;
const ROLE_LIST = answer(200, { Administrators: roleUrl(10002), 'Service Desk Team': roleUrl(10101) });

describe('resolveApprovers', () => {
  it('takes the named users, trimmed and each once, asking Jira nothing', async () => {
    const { client, sent } = fakeJira({});

    const result = await resolveApprovers(client, approvers({ users: ['u1', ' u2 ', 'u1', ''] }), 'SUP');

    expect(result).toEqual({ ok: true, value: ['u1', 'u2'] });
    expect(sent).toEqual([]);
  });

  it('refuses more approvers than an improvement record can hold, with the count', async () => {
    const { client } = fakeJira({});
    const users = Array.from({ length: 201 }, (_, i) => `u${i}`);
    const result = await resolveApprovers(client, approvers({ users }), 'SUP');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error).toMatchObject({
        code: 'SETTINGS.TOO_MANY_APPROVERS',
        message: expect.stringContaining('201 people'),
      });
    const fits = await resolveApprovers(client, approvers({ users: users.slice(0, 200) }), 'SUP');
    expect(fits.ok && fits.value).toHaveLength(200);
  });

  it("adds every page of the group's members after the users, each person once", async () => {
    const { client } = fakeJira({
      [members('quality-managers')]: page(['m1', 'u1'], 0, 3),
      [members('quality-managers', 2)]: page(['m2'], 2, 3),
    });

    const result = await resolveApprovers(
      client,
      approvers({ users: ['u1'], group: 'quality-managers' }),
      'SUP',
    );

    expect(result).toEqual({ ok: true, value: ['u1', 'm1', 'm2'] });
  });

  it("adds the role's user actors and its group actors' members, in actor order", async () => {
    const { client, sent } = fakeJira({
      [members('quality-managers')]: page(['m1']),
      [ROLES]: ROLE_LIST,
      [role(10101)]: answer(200, {
        id: 10101,
        name: 'Service Desk Team',
        actors: [
          { id: 1, type: 'atlassian-user-role-actor', actorUser: { accountId: 'a1' } },
          { id: 2, type: 'atlassian-group-role-actor', actorGroup: { name: 'leads', groupId: 'g-leads' } },
          { id: 3, type: 'atlassian-user-role-actor', actorUser: { accountId: 'm1' } },
        ],
      }),
      '/rest/api/3/group/member?groupId=g-leads&startAt=0&maxResults=50': page(['l1', 'a1']),
    });

    const result = await resolveApprovers(
      client,
      approvers({ group: 'quality-managers', projectRole: 'service desk team' }),
      'SUP',
    );

    expect(result).toEqual({ ok: true, value: ['m1', 'a1', 'l1'] });
    expect(sent).toContain(role(10101));
  });

  it('reads a group once when the settings and a role both name it', async () => {
    const { client, sent } = fakeJira({
      '/rest/api/3/group/member?groupname=leads&startAt=0&maxResults=50': page(['l1']),
      [ROLES]: ROLE_LIST,
      [role(10002)]: answer(200, {
        id: 10002,
        name: 'Administrators',
        actors: [{ actorGroup: { name: 'leads' } }],
      }),
    });

    const result = await resolveApprovers(
      client,
      approvers({ group: 'leads', projectRole: 'Administrators' }),
      'SUP',
    );

    expect(result).toEqual({ ok: true, value: ['l1'] });
    expect(sent.filter((p) => p.includes('/group/member'))).toHaveLength(1);
  });

  it('refuses a group Jira does not know, naming it', async () => {
    const { client } = fakeJira({});

    const result = await resolveApprovers(client, approvers({ users: ['u1'], group: 'qa-leads' }), 'SUP');

    expect(!result.ok && result.error.code).toBe('SETTINGS.UNKNOWN_APPROVERS');
    expect(!result.ok && result.error.message).toContain('"qa-leads"');
  });

  it("refuses a role the project does not have, naming it and the project's roles", async () => {
    const { client } = fakeJira({ [ROLES]: ROLE_LIST });

    const result = await resolveApprovers(client, approvers({ projectRole: 'Approvers' }), 'SUP');

    expect(!result.ok && result.error).toEqual({
      code: 'SETTINGS.UNKNOWN_APPROVERS',
      message:
        'Project SUP has no role "Approvers" (it has "Administrators", "Service Desk Team"); ' +
        "correct the approvers in the app's settings",
    });
  });

  it('refuses a role whose group actor Jira no longer knows, naming the group and the role', async () => {
    const { client } = fakeJira({
      [ROLES]: ROLE_LIST,
      [role(10002)]: answer(200, {
        id: 10002,
        name: 'Administrators',
        actors: [{ actorGroup: { name: 'gone' } }],
      }),
    });

    const result = await resolveApprovers(client, approvers({ projectRole: 'Administrators' }), 'SUP');

    expect(!result.ok && result.error.code).toBe('SETTINGS.UNKNOWN_APPROVERS');
    expect(!result.ok && result.error.message).toContain('"gone" (an actor of role "Administrators")');
  });

  it('reports other Jira refusals in its own terms, not as unknown approvers', async () => {
    const { client } = fakeJira({
      [members('quality-managers')]: answer(403, { errorMessages: [], errors: {} }),
    });

    const result = await resolveApprovers(client, approvers({ group: 'quality-managers' }), 'SUP');

    expect(!result.ok && result.error.code).toBe('AUTH.FORBIDDEN');
  });
});
