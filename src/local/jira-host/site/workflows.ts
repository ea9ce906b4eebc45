/** A status of the emulated site and its category key, as Jira groups statuses. */
export interface WorkflowStatus {
  readonly id: string;
  readonly name: string;
  readonly category: 'new' | 'indeterminate' | 'done';
}

/** A transition: where it leads and what it does to the resolution. */
export interface WorkflowTransition {
  readonly id: string;
  readonly name: string;
  readonly to: string;
  /** Status names it is available from; empty for a global transition. */
  readonly from: readonly string[];
  readonly resolution: 'set' | 'clear' | 'keep';
  /** Keys of app workflow validators (`jira:workflowValidator`) configured on the transition. */
  readonly validators?: readonly string[];
}

export interface Workflow {
  readonly name: string;
  readonly statuses: readonly WorkflowStatus[];
  readonly transitions: readonly WorkflowTransition[];
}

const CATEGORY_IDS = { new: 2, indeterminate: 4, done: 3 } as const;
const CATEGORY_NAMES = { new: 'To Do', indeterminate: 'In Progress', done: 'Done' } as const;
const CATEGORY_COLOURS = { new: 'blue-gray', indeterminate: 'yellow', done: 'green' } as const;

/** JSM's service-request workflow, as a new JSM project has it. */
export const SERVICE_REQUEST_WORKFLOW: Workflow = {
  name: 'Service Request Fulfilment workflow for Jira Service Management',
  statuses: [
    { id: '10001', name: 'Waiting for support', category: 'new' },
    { id: '10002', name: 'Waiting for customer', category: 'indeterminate' },
    { id: '3', name: 'In Progress', category: 'indeterminate' },
    { id: '10003', name: 'Resolved', category: 'done' },
  ],
  transitions: [
    {
      id: '11',
      name: 'Respond to customer',
      to: 'Waiting for customer',
      from: ['Waiting for support', 'In Progress'],
      resolution: 'keep',
    },
    {
      id: '21',
      name: 'Start work',
      to: 'In Progress',
      from: ['Waiting for support', 'Waiting for customer'],
      resolution: 'keep',
    },
    {
      id: '31',
      name: 'Back to support',
      to: 'Waiting for support',
      from: ['Waiting for customer', 'In Progress'],
      resolution: 'keep',
    },
    {
      id: '41',
      name: 'Resolve this issue',
      to: 'Resolved',
      from: ['Waiting for support', 'Waiting for customer', 'In Progress'],
      resolution: 'set',
    },
    { id: '51', name: 'Reopen', to: 'Waiting for support', from: ['Resolved'], resolution: 'clear' },
  ],
};

/** Jira's simplified workflow for tasks and sub-tasks: To Do → In Progress → Done, any to any. */
export const SIMPLE_WORKFLOW: Workflow = {
  name: 'Software Simplified Workflow',
  statuses: [
    { id: '10000', name: 'To Do', category: 'new' },
    { id: '3', name: 'In Progress', category: 'indeterminate' },
    { id: '10004', name: 'Done', category: 'done' },
  ],
  transitions: [
    { id: '111', name: 'To Do', to: 'To Do', from: [], resolution: 'clear' },
    { id: '121', name: 'In Progress', to: 'In Progress', from: [], resolution: 'clear' },
    { id: '131', name: 'Done', to: 'Done', from: [], resolution: 'set' },
  ],
};

/**
 * The workflow a Quality Loop admin sets up for "Service Improvement": one status per lifecycle
 * stage, the app's validator on "Start implementation", rejection back to planning.
 */
export const IMPROVEMENT_WORKFLOW: Workflow = {
  name: 'Service Improvement workflow (Quality Loop)',
  statuses: [
    { id: '10101', name: 'Identified', category: 'new' },
    { id: '10102', name: 'Analysing', category: 'indeterminate' },
    { id: '10103', name: 'Planning', category: 'indeterminate' },
    { id: '10104', name: 'Awaiting approval', category: 'indeterminate' },
    { id: '10105', name: 'Approved', category: 'indeterminate' },
    { id: '10106', name: 'Implementing', category: 'indeterminate' },
    { id: '10107', name: 'Checking', category: 'indeterminate' },
    { id: '10108', name: 'Closed', category: 'done' },
  ],
  transitions: [
    { id: '201', name: 'Start analysis', to: 'Analysing', from: ['Identified'], resolution: 'keep' },
    { id: '211', name: 'Start planning', to: 'Planning', from: ['Analysing'], resolution: 'keep' },
    {
      id: '221',
      name: 'Submit for approval',
      to: 'Awaiting approval',
      from: ['Planning', 'Approved', 'Implementing'],
      resolution: 'keep',
    },
    { id: '231', name: 'Approve', to: 'Approved', from: ['Awaiting approval'], resolution: 'keep' },
    { id: '241', name: 'Reject', to: 'Planning', from: ['Awaiting approval'], resolution: 'keep' },
    {
      id: '251',
      name: 'Start implementation',
      to: 'Implementing',
      from: ['Approved'],
      resolution: 'keep',
      validators: ['plan-approved-validator'],
    },
    { id: '261', name: 'Start checking', to: 'Checking', from: ['Implementing'], resolution: 'keep' },
    { id: '271', name: 'Close', to: 'Closed', from: [], resolution: 'set' },
  ],
};

/** Workflows by issue type name, beside JSM's request workflow and the simplified one. */
const WORKFLOWS: Readonly<Record<string, Workflow>> = { 'Service Improvement': IMPROVEMENT_WORKFLOW };

/** The workflow of an issue type: JSM request types use the service-request one. */
export function workflowFor(issueType: string): Workflow {
  const specific = WORKFLOWS[issueType];
  if (specific) return specific;
  return issueType.startsWith('[System]') ? SERVICE_REQUEST_WORKFLOW : SIMPLE_WORKFLOW;
}

/** Transitions available from a status (global ones always; a transition to the current status is not offered). */
export const availableTransitions = (workflow: Workflow, status: string): WorkflowTransition[] =>
  workflow.transitions.filter((t) => (t.from.length === 0 || t.from.includes(status)) && t.to !== status);

/** A status as Jira's REST API returns it inside an issue (`StatusDetails`). */
export function statusJson(baseUrl: string, status: WorkflowStatus): Record<string, unknown> {
  return {
    self: `${baseUrl}/rest/api/3/status/${status.id}`,
    description: '',
    iconUrl: `${baseUrl}/images/icons/statuses/generic.png`,
    name: status.name,
    id: status.id,
    statusCategory: {
      self: `${baseUrl}/rest/api/3/statuscategory/${CATEGORY_IDS[status.category]}`,
      id: CATEGORY_IDS[status.category],
      key: status.category,
      colorName: CATEGORY_COLOURS[status.category],
      name: CATEGORY_NAMES[status.category],
    },
  };
}
