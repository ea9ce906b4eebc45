/** Jira REST shapes for tests, written from Atlassian's documentation, with unusual field ids on purpose. */

export const FIELD_IDS = {
  requestType: 'customfield_20117',
  slaResponse: 'customfield_20931',
  slaResolution: 'customfield_20932',
  satisfaction: 'customfield_21455',
  nps: 'customfield_23001',
  team: 'customfield_22010',
};

export const aFieldList = () => [
  {
    id: 'summary',
    key: 'summary',
    name: 'Summary',
    custom: false,
    schema: { type: 'string', system: 'summary' },
  },
  {
    id: 'created',
    key: 'created',
    name: 'Created',
    custom: false,
    schema: { type: 'datetime', system: 'created' },
  },
  {
    id: 'assignee',
    key: 'assignee',
    name: 'Assignee',
    custom: false,
    schema: { type: 'user', system: 'assignee' },
  },
  {
    id: 'labels',
    key: 'labels',
    name: 'Labels',
    custom: false,
    schema: { type: 'array', items: 'string', system: 'labels' },
  },
  customField(
    FIELD_IDS.requestType,
    'Request Type',
    'sd-customerrequesttype',
    'com.atlassian.servicedesk:vp-origin',
  ),
  customField(
    FIELD_IDS.slaResponse,
    'Time to first response',
    'sd-servicelevelagreement',
    'com.atlassian.servicedesk:sd-sla-field',
  ),
  customField(
    FIELD_IDS.slaResolution,
    'Time to resolution',
    'sd-servicelevelagreement',
    'com.atlassian.servicedesk:sd-sla-field',
  ),
  customField(
    FIELD_IDS.satisfaction,
    'Satisfaction',
    'sd-feedback',
    'com.atlassian.servicedesk:sd-request-feedback',
  ),
  customField(
    FIELD_IDS.nps,
    'Likelihood to recommend',
    'number',
    'com.atlassian.jira.plugin.system.customfieldtypes:float',
  ),
  customField(FIELD_IDS.team, 'Team', 'option', 'com.atlassian.jira.plugin.system.customfieldtypes:select'),
];

function customField(id: string, name: string, type: string, custom: string) {
  const customId = Number(id.replace('customfield_', ''));
  return {
    id,
    key: id,
    name,
    untranslatedName: name,
    custom: true,
    orderable: true,
    navigable: true,
    searchable: true,
    clauseNames: [`cf[${customId}]`, name],
    schema: { type, custom, customId },
  };
}

export const aCustomer = (accountId: string) => ({
  accountId,
  accountType: 'customer',
  displayName: `Customer ${accountId}`,
  active: true,
});
export const anAgent = (accountId: string) => ({
  accountId,
  accountType: 'atlassian',
  displayName: `Agent ${accountId}`,
  active: true,
});

export const aComment = (author: object, created: string, jsdPublic = true) => ({
  id: String(Math.abs(hash(created + JSON.stringify(author)))),
  author,
  body: {
    type: 'doc',
    version: 1,
    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hello' }] }],
  },
  created,
  updated: created,
  jsdPublic,
});

export const resolutionSet = (created: string) => ({
  id: created,
  created,
  items: [
    {
      field: 'resolution',
      fieldtype: 'jira',
      fieldId: 'resolution',
      from: null,
      fromString: null,
      to: '10000',
      toString: 'Done',
    },
  ],
});

export const resolutionCleared = (created: string) => ({
  id: created,
  created,
  items: [
    {
      field: 'resolution',
      fieldtype: 'jira',
      fieldId: 'resolution',
      from: '10000',
      fromString: 'Done',
      to: null,
      toString: null,
    },
  ],
});

/** A JSM date object as the SLA field carries it. */
export const slaDate = (iso: string) => ({
  iso8601: iso,
  jira: iso,
  friendly: iso,
  epochMillis: Date.parse(iso),
});

export function anIssue(
  overrides: {
    key?: string;
    created?: string;
    reporter?: object | null;
    resolutiondate?: string | null;
    comments?: object[];
    histories?: object[];
    fields?: Record<string, unknown>;
  } = {},
) {
  const key = overrides.key ?? 'SUP-1';
  return {
    expand: 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations',
    id: String(10000 + Number(key.split('-')[1] ?? 0)),
    self: `https://example.atlassian.net/rest/api/3/issue/${key}`,
    key,
    fields: {
      summary: 'Where is my parcel?',
      project: { id: '10000', key: key.split('-')[0], name: 'Support', projectTypeKey: 'service_desk' },
      created: overrides.created ?? '2026-10-02T09:00:00.000+0800',
      updated: overrides.created ?? '2026-10-02T09:00:00.000+0800',
      resolutiondate: overrides.resolutiondate ?? null,
      reporter: overrides.reporter === undefined ? aCustomer('cust-1') : overrides.reporter,
      assignee: anAgent('agent-1'),
      comment: {
        comments: overrides.comments ?? [],
        maxResults: 50,
        total: (overrides.comments ?? []).length,
        startAt: 0,
      },
      [FIELD_IDS.requestType]: { requestType: { id: '11', name: 'Logistics enquiry' } },
      ...overrides.fields,
    },
    changelog: {
      startAt: 0,
      maxResults: 100,
      total: (overrides.histories ?? []).length,
      histories: overrides.histories ?? [],
    },
  };
}

function hash(s: string): number {
  let h = 0;
  for (const c of s) h = (h * 31 + (c.codePointAt(0) ?? 0)) | 0;
  return h;
}
