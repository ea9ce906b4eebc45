/** The people of the emulated site, by what they may do. */
export type Role = 'customer' | 'agent' | 'qualityManager' | 'admin';

const AGENT = [
  'BROWSE_PROJECTS',
  'CREATE_ISSUES',
  'EDIT_ISSUES',
  'TRANSITION_ISSUES',
  'ASSIGN_ISSUES',
  'ASSIGNABLE_USER',
  'RESOLVE_ISSUES',
  'ADD_COMMENTS',
  'LINK_ISSUES',
  'SERVICEDESK_AGENT',
  'USER_PICKER',
];
const QUALITY_MANAGER = [...AGENT, 'SCHEDULE_ISSUES'];

/**
 * Jira permissions of each role, each role holding the one before it (customers work through the portal);
 * licensed users may browse users and groups (`USER_PICKER`), as on a new Cloud site.
 */
const GRANTS: Readonly<Record<Role, readonly string[]>> = {
  customer: [],
  agent: AGENT,
  qualityManager: QUALITY_MANAGER,
  admin: [...QUALITY_MANAGER, 'ADMINISTER_PROJECTS', 'ADMINISTER'],
};

/** Every permission key the emulator knows, with Jira's names and types. */
export const PERMISSIONS: Readonly<
  Record<string, { id: string; name: string; type: 'PROJECT' | 'GLOBAL'; description: string }>
> = {
  BROWSE_PROJECTS: {
    id: '10',
    name: 'Browse Projects',
    type: 'PROJECT',
    description: 'Ability to browse projects and the issues within them.',
  },
  CREATE_ISSUES: {
    id: '11',
    name: 'Create Issues',
    type: 'PROJECT',
    description: 'Ability to create issues.',
  },
  EDIT_ISSUES: { id: '12', name: 'Edit Issues', type: 'PROJECT', description: 'Ability to edit issues.' },
  TRANSITION_ISSUES: {
    id: '46',
    name: 'Transition Issues',
    type: 'PROJECT',
    description: 'Ability to transition issues.',
  },
  ASSIGN_ISSUES: {
    id: '13',
    name: 'Assign Issues',
    type: 'PROJECT',
    description: 'Ability to assign issues to other people.',
  },
  ASSIGNABLE_USER: {
    id: '17',
    name: 'Assignable User',
    type: 'PROJECT',
    description: 'Users with this permission may be assigned to issues.',
  },
  RESOLVE_ISSUES: {
    id: '14',
    name: 'Resolve Issues',
    type: 'PROJECT',
    description: 'Ability to resolve and reopen issues.',
  },
  ADD_COMMENTS: {
    id: '15',
    name: 'Add Comments',
    type: 'PROJECT',
    description: 'Ability to comment on issues.',
  },
  LINK_ISSUES: {
    id: '21',
    name: 'Link Issues',
    type: 'PROJECT',
    description: 'Ability to link issues together.',
  },
  SCHEDULE_ISSUES: {
    id: '28',
    name: 'Schedule Issues',
    type: 'PROJECT',
    description: 'Ability to view or edit an issue due date.',
  },
  SERVICEDESK_AGENT: {
    id: '-1',
    name: 'Service Desk Agent',
    type: 'PROJECT',
    description: 'Agent access to the service desk.',
  },
  ADMINISTER_PROJECTS: {
    id: '23',
    name: 'Administer Projects',
    type: 'PROJECT',
    description: 'Ability to administer a project in Jira.',
  },
  USER_PICKER: {
    id: '27',
    name: 'Browse users and groups',
    type: 'GLOBAL',
    description: 'Ability to select a user or group from a popup window and view group members.',
  },
  ADMINISTER: {
    id: '0',
    name: 'Administer Jira',
    type: 'GLOBAL',
    description: 'Ability to perform most administration functions.',
  },
};

/** Whether a role holds a permission. */
export const hasPermission = (role: Role, permission: string): boolean => GRANTS[role].includes(permission);
