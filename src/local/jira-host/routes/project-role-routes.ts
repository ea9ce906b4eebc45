import { z } from 'zod';
import { jiraError, okJson, type Answer } from '../http/answer';
import type { RouteRequest, Route } from '../http/route';
import { findGroup, PROJECT_ROLES, userActorsOf, type SiteProjectRole } from '../site/site-groups';

const projectDoc = z.looseObject({ id: z.string(), key: z.string() });

/**
 * The project a request names (id or key, case-sensitive), if the caller may administer it; Jira
 * answers 404 alike for a missing project and one the caller does not administer.
 */
function projectFor(r: RouteRequest): { id: string; key: string } | { answer: Answer } {
  const idOrKey = r.params.projectIdOrKey ?? '';
  const [doc] = r.site.documents('SELECT doc FROM projects WHERE id = ? OR key = ?', [idOrKey, idOrKey]);
  const mayAdminister = r.site.can(r.caller, 'ADMINISTER_PROJECTS') || r.site.can(r.caller, 'ADMINISTER');
  if (!doc || !mayAdminister)
    return { answer: jiraError(404, [`No project could be found with key '${idOrKey}'.`]) };
  return projectDoc.parse(doc);
}

const roleUrl = (r: RouteRequest, projectId: string, role: SiteProjectRole) =>
  r.site.url(`/rest/api/3/project/${projectId}/role/${role.id}`);

/** The role's actors as `RoleActor`s: its people as user actors, its groups as group actors, by display name. */
function actorsOf(r: RouteRequest, role: SiteProjectRole): Record<string, unknown>[] {
  const users = userActorsOf(role, r.site.accounts.all()).map((a) => ({
    displayName: a.displayName,
    type: 'atlassian-user-role-actor',
    actorUser: { accountId: a.accountId },
  }));
  const groups = role.groups.flatMap((name) => {
    const group = findGroup({ name });
    return group
      ? [
          {
            displayName: group.name,
            name: group.name,
            type: 'atlassian-group-role-actor',
            actorGroup: { name: group.name, displayName: group.name, groupId: group.groupId },
          },
        ]
      : [];
  });
  return [...users, ...groups]
    .sort((a, b) => a.displayName.localeCompare(b.displayName))
    .map((actor, index) => ({ id: role.id * 1000 + index + 1, ...actor }));
}

/** A project's roles (name → URL) and one role's actors, for callers who administer the project. */
export const projectRoleRoutes: readonly Route[] = [
  {
    method: 'GET',
    path: '/rest/api/3/project/{projectIdOrKey}/role',
    handle: (r) => {
      const project = projectFor(r);
      if ('answer' in project) return project.answer;
      return okJson(
        Object.fromEntries(PROJECT_ROLES.map((role) => [role.name, roleUrl(r, project.id, role)])),
      );
    },
  },
  {
    method: 'GET',
    path: '/rest/api/3/project/{projectIdOrKey}/role/{id}',
    handle: (r) => {
      const project = projectFor(r);
      if ('answer' in project) return project.answer;
      const id = r.params.id ?? '';
      if (!/^\d+$/.test(id)) return jiraError(400, [`The project role id '${id}' is not a number.`]);
      const role = PROJECT_ROLES.find((candidate) => candidate.id === Number(id));
      if (!role) return jiraError(404, [`No project role with id '${id}' exists.`]);
      return okJson({
        self: roleUrl(r, project.id, role),
        name: role.name,
        id: role.id,
        description: role.description,
        actors: actorsOf(r, role),
      });
    },
  },
];
