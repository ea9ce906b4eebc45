import type { Account } from './accounts';
import type { Role } from './roles';

/** A group of the emulated site; its members are the people whose role it lists (never stored apart). */
export interface SiteGroup {
  readonly name: string;
  readonly groupId: string;
  readonly roles: readonly Role[];
}

/** A project role; the same in every project, as Jira Cloud shares roles across projects. */
export interface SiteProjectRole {
  readonly id: number;
  readonly name: string;
  readonly description: string;
  /** People of these roles are user actors. */
  readonly users: readonly Role[];
  /** These groups (by name) are group actors. */
  readonly groups: readonly string[];
}

/**
 * The groups a new JSM site has for the seeded people: the product's licence group, the quality
 * managers' group, and a group standing for the portal customers (the emulator's name for them).
 */
export const SITE_GROUPS: readonly SiteGroup[] = [
  {
    name: 'jira-servicemanagement-users',
    groupId: '4a6f6e73-6a73-6d2d-7573-657273000001',
    roles: ['agent', 'qualityManager', 'admin'],
  },
  { name: 'quality-managers', groupId: '7175616c-6974-792d-6d67-727300000002', roles: ['qualityManager'] },
  { name: 'service-desk-customers', groupId: '73642d63-7573-746f-6d65-727300000003', roles: ['customer'] },
];

/** The roles of a new JSM project: admins, the team (agents and quality managers) and the customers. */
export const PROJECT_ROLES: readonly SiteProjectRole[] = [
  {
    id: 10002,
    name: 'Administrators',
    description: 'A project role that represents administrators in a project',
    users: ['admin'],
    groups: [],
  },
  {
    id: 10100,
    name: 'Service Desk Customers',
    description: 'Customers of the service project',
    users: [],
    groups: ['service-desk-customers'],
  },
  {
    id: 10101,
    name: 'Service Desk Team',
    description: 'Agents of the service project',
    users: ['agent', 'qualityManager'],
    groups: [],
  },
];

/** People, not apps: apps (this one, Automation for Jira) are in no group and act in no role. */
const isPerson = (account: Account): boolean => account.accountType !== 'app';

/** The group with this name (group names are case-insensitive) or id, or null. */
export const findGroup = (by: { name?: string | null; groupId?: string | null }): SiteGroup | null =>
  SITE_GROUPS.find((g) => g.name === by.name?.toLowerCase() || g.groupId === by.groupId) ?? null;

/** The group's members among the site's accounts (ordered as given). */
export const membersOf = (group: SiteGroup, accounts: readonly Account[]): Account[] =>
  accounts.filter((a) => isPerson(a) && group.roles.includes(a.role));

/** The people acting in a role as users (ordered as given). */
export const userActorsOf = (role: SiteProjectRole, accounts: readonly Account[]): Account[] =>
  accounts.filter((a) => isPerson(a) && role.users.includes(a.role));
