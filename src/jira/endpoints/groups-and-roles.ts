import { z } from 'zod';
import type { JiraClient, JiraResult } from '../client';
import { offsetPages } from './paginate';
import { userSchema } from './shared-schemas';

/** `PageBeanUserDetails`: one page of a group's members. */
export const groupMemberPageSchema = z.looseObject({
  values: z.array(userSchema),
  isLast: z.boolean().optional(),
  startAt: z.number().optional(),
  maxResults: z.number().optional(),
  total: z.number().optional(),
});
export type GroupMemberPage = z.infer<typeof groupMemberPageSchema>;

/** Which group: by name (as admins type it) or by id (as role actors carry it). */
export type GroupRef = { readonly groupname: string } | { readonly groupId: string };

/** `GET /rest/api/3/group/member`: one page of the group's active members (at most 50 a page). */
export const getGroupMembers = (
  client: JiraClient,
  group: GroupRef,
  page: { readonly startAt?: number; readonly maxResults?: number } = {},
): Promise<JiraResult<GroupMemberPage>> =>
  client.call({
    method: 'GET',
    route: '/rest/api/3/group/member',
    query: { ...group, ...page },
    schema: groupMemberPageSchema,
  });

/** Every page of a group's members, from the first, until a page says `isLast` (or `total` is reached). */
export const groupMemberPages = (client: JiraClient, group: GroupRef, maxResults = 50) =>
  offsetPages(
    (startAt) => getGroupMembers(client, group, { startAt, maxResults }),
    (page) => page.values.length,
    (page, startAt) =>
      page.isLast ?? (page.total !== undefined && startAt + page.values.length >= page.total),
  );

/** A project role as `GET …/project/{projectIdOrKey}/role` names it: its name, URL and the id read from it. */
export interface ProjectRoleRef {
  readonly name: string;
  readonly id: number;
  readonly self: string;
}

/** The name → URL map of the project's roles, as a list; each URL ends with the role's id. */
export const projectRolesSchema = z
  .record(z.string(), z.string().regex(/\/role\/\d+$/, 'a project role URL ending with its id'))
  .transform((roles): ProjectRoleRef[] =>
    Object.entries(roles).map(([name, self]) => ({ name, self, id: Number(self.split('/').pop()) })),
  );

/** `RoleActor`: a user (`actorUser`) or a group (`actorGroup`) acting in a role. */
export const roleActorSchema = z.looseObject({
  id: z.number().optional(),
  displayName: z.string().optional(),
  type: z.string().optional(),
  actorUser: z.looseObject({ accountId: z.string() }).optional(),
  actorGroup: z
    .looseObject({
      name: z.string().optional(),
      groupId: z.string().optional(),
      displayName: z.string().optional(),
    })
    .optional(),
});
export type RoleActor = z.infer<typeof roleActorSchema>;

/** `ProjectRole`: what the app reads of a role in one project. */
export const projectRoleSchema = z.looseObject({
  id: z.number(),
  name: z.string(),
  actors: z.array(roleActorSchema),
});
export type ProjectRole = z.infer<typeof projectRoleSchema>;

/** `GET /rest/api/3/project/{projectIdOrKey}/role`: the roles of the project (Administer Projects or Jira). */
export const getProjectRoles = (
  client: JiraClient,
  projectIdOrKey: string,
): Promise<JiraResult<ProjectRoleRef[]>> =>
  client.call({
    method: 'GET',
    route: '/rest/api/3/project/{projectIdOrKey}/role',
    params: { projectIdOrKey },
    schema: projectRolesSchema,
  });

/** `GET /rest/api/3/project/{projectIdOrKey}/role/{id}`: the role's actors in the project. */
export const getProjectRole = (
  client: JiraClient,
  projectIdOrKey: string,
  id: number,
  read: { readonly excludeInactiveUsers?: boolean } = {},
): Promise<JiraResult<ProjectRole>> =>
  client.call({
    method: 'GET',
    route: '/rest/api/3/project/{projectIdOrKey}/role/{id}',
    params: { projectIdOrKey, id },
    query: { ...read },
    schema: projectRoleSchema,
  });
