import { generateDataset } from '../../../src/local/seed';
import { customValue, fieldIdsByCustomType } from './kpi-probe';

const dataset = generateDataset({ seed: 'fields', tickets: 120, days: 14, end: '2026-11-01T00:00:00Z' });

const SYSTEM = [
  'summary',
  'status',
  'created',
  'resolutiondate',
  'resolution',
  'reporter',
  'assignee',
  'project',
  'issuetype',
  'comment',
  'priority',
  'labels',
  'components',
  'updated',
];

describe('field list', () => {
  it('lists every system field the app reads, with schema.system', () => {
    for (const id of SYSTEM) {
      const field = dataset.fields.find((f) => f.id === id);
      expect(field).toMatchObject({ id, key: id, custom: false, schema: { system: id } });
    }
  });

  it.each([
    ['com.atlassian.servicedesk:vp-origin', 'sd-customerrequesttype', 1],
    ['com.atlassian.servicedesk:sd-sla-field', 'sd-servicelevelagreement', 2],
    ['com.atlassian.servicedesk:sd-request-feedback', 'sd-feedback', 1],
    ['com.atlassian.jira.plugin.system.customfieldtypes:float', 'number', 1],
    ['com.atlassian.jira.plugin.system.customfieldtypes:select', 'option', 2],
  ])('discovers %s fields by schema.custom', (custom, type, count) => {
    const fields = dataset.fields.filter((f) => f.schema.custom === custom);
    expect(fields).toHaveLength(count);
    for (const field of fields) {
      expect(field.schema.type).toBe(type);
      expect(field.id).toBe(`customfield_${field.schema.customId}`);
      expect(field.clauseNames).toContain(`cf[${field.schema.customId}]`);
      expect(field.custom).toBe(true);
    }
  });

  it('names the SLA, NPS and select fields as a site admin would', () => {
    const names = (custom: string): string[] =>
      dataset.fields.filter((f) => f.schema.custom === custom).map((f) => f.name);
    expect(names('com.atlassian.servicedesk:sd-sla-field').sort()).toEqual([
      'Time to first response',
      'Time to resolution',
    ]);
    expect(names('com.atlassian.jira.plugin.system.customfieldtypes:float')).toEqual([
      'Likelihood to recommend',
    ]);
    expect(names('com.atlassian.jira.plugin.system.customfieldtypes:select').sort()).toEqual([
      'Channel',
      'Team',
    ]);
  });

  it('has unique field ids', () => {
    expect(new Set(dataset.fields.map((f) => f.id)).size).toBe(dataset.fields.length);
  });

  it('puts every custom field on every issue, with values where the field always has one', () => {
    const custom = dataset.fields.filter((f) => f.custom);
    for (const issue of dataset.issues) {
      for (const field of custom) expect(Object.keys(issue.fields)).toContain(field.id);
    }
    const always = [
      ...fieldIdsByCustomType(dataset.fields, 'com.atlassian.servicedesk:vp-origin'),
      ...fieldIdsByCustomType(dataset.fields, 'com.atlassian.servicedesk:sd-sla-field'),
      ...fieldIdsByCustomType(dataset.fields, 'com.atlassian.jira.plugin.system.customfieldtypes:select'),
    ];
    for (const issue of dataset.issues)
      for (const id of always) expect(customValue(issue, id)).not.toBeNull();
  });

  it('uses the request type field id in the issue expand list', () => {
    const [requestType] = fieldIdsByCustomType(dataset.fields, 'com.atlassian.servicedesk:vp-origin');
    for (const issue of dataset.issues) expect(issue.expand).toContain(`${requestType}.requestTypePractice`);
  });
});
