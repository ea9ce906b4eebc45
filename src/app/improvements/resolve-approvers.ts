import { err, ok, type Result } from '../../domain/result';
import type { Settings } from '../../contract/settings-schema';
import type { JiraClient } from '../../jira/client';
import { getProjectRole, getProjectRoles, groupMemberPages, type GroupRef } from '../../jira/endpoints';
import { fromJira, type AppError } from '../app-error';

type Found = Promise<Result<string[], AppError>>;

const unknown = (message: string): Result<never, AppError> =>
  err({
    code: 'SETTINGS.UNKNOWN_APPROVERS',
    message: `${message}; correct the approvers in the app's settings`,
  });

const named = (value: string | null): string | null =>
  value === null || value.trim() === '' ? null : value.trim();

/** A group's active members (every page), each group read once however often it is named. */
const groupReader = (jira: JiraClient) => {
  const read = new Map<string, Found>();
  const members = async (group: GroupRef, label: string): Found => {
    const ids: string[] = [];
    for await (const page of groupMemberPages(jira, group)) {
      if (!page.ok && page.error.status === 404) return unknown(`Jira has no group ${label}`);
      if (!page.ok) return err(fromJira(page.error, `Reading the members of group ${label}`));
      ids.push(...page.value.values.filter((u) => u.active !== false).map((u) => u.accountId));
    }
    return ok(ids);
  };
  return (group: GroupRef, label: string): Found => {
    const key = JSON.stringify(group);
    const known = read.get(key) ?? members(group, label);
    read.set(key, known);
    return known;
  };
};

/** The people of a project role: its user actors, and the members of its group actors, in actor order. */
async function roleMembers(
  jira: JiraClient,
  projectKey: string,
  roleName: string,
  groupMembers: ReturnType<typeof groupReader>,
): Found {
  const roles = await getProjectRoles(jira, projectKey);
  if (!roles.ok) return err(fromJira(roles.error, `Reading the project roles of ${projectKey}`));
  const ref =
    roles.value.find((r) => r.name === roleName) ??
    roles.value.find((r) => r.name.toLowerCase() === roleName.toLowerCase());
  if (!ref)
    return unknown(
      `Project ${projectKey} has no role "${roleName}" (it has ${roles.value.map((r) => `"${r.name}"`).join(', ') || 'none'})`,
    );
  const role = await getProjectRole(jira, projectKey, ref.id, { excludeInactiveUsers: true });
  if (!role.ok && role.error.status === 404)
    return unknown(`Project ${projectKey} has no role "${roleName}"`);
  if (!role.ok) return err(fromJira(role.error, `Reading project role "${roleName}" of ${projectKey}`));
  const ids: string[] = [];
  for (const actor of role.value.actors) {
    if (actor.actorUser) ids.push(actor.actorUser.accountId);
    const group = actor.actorGroup;
    if (!group || (group.groupId === undefined && group.name === undefined)) continue;
    const label = `"${group.name ?? group.displayName ?? group.groupId}" (an actor of role "${roleName}")`;
    const members = await groupMembers(
      group.groupId !== undefined ? { groupId: group.groupId } : { groupname: group.name ?? '' },
      label,
    );
    if (!members.ok) return members;
    ids.push(...members.value);
  }
  return ok(ids);
}

/** The most approvers one plan can have (their ids fit the 32 KB issue property with room to spare). */
export const MAX_APPROVERS = 200;

/**
 * The approvers the settings name, as account ids: the named users, then the group's members, then
 * the project role's people (its users and its groups' members); each once, in that order. A group or
 * role Jira does not know is refused (`SETTINGS.UNKNOWN_APPROVERS`), never read as nobody.
 */
export async function resolveApprovers(
  jira: JiraClient,
  approvers: Settings['approvers'],
  projectKey: string,
): Found {
  const ids = [...approvers.users];
  const groupMembers = groupReader(jira);
  const group = named(approvers.group);
  if (group !== null) {
    const members = await groupMembers({ groupname: group }, `"${group}"`);
    if (!members.ok) return members;
    ids.push(...members.value);
  }
  const role = named(approvers.projectRole);
  if (role !== null) {
    const members = await roleMembers(jira, projectKey, role, groupMembers);
    if (!members.ok) return members;
    ids.push(...members.value);
  }
  const distinct = [...new Set(ids.map((id) => id.trim()).filter((id) => id !== ''))];
  // Every approver is stored in the improvement's issue property, which Jira caps at 32 KB.
  if (distinct.length > MAX_APPROVERS) {
    return err({
      code: 'SETTINGS.TOO_MANY_APPROVERS',
      message: `The approvers come to ${distinct.length} people; at most ${MAX_APPROVERS} can decide on a plan — name a smaller group or role`,
    });
  }
  return ok(distinct);
}
