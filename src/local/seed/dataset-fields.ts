import { customIdOf } from './field-ids';
import type { JiraField } from './jira-types';
import { createSeedContext, type SeedContext } from './seed-context';
import type { SeedOptions } from './seed-options';

type SystemSpec = [
  id: string,
  name: string,
  type: string,
  clauses: string[],
  orderable: boolean,
  items?: string,
];

const SYSTEM_FIELDS: SystemSpec[] = [
  ['summary', 'Summary', 'string', ['summary'], true],
  ['status', 'Status', 'status', ['status'], false],
  ['created', 'Created', 'datetime', ['created', 'createdDate'], false],
  ['resolutiondate', 'Resolved', 'datetime', ['resolutiondate', 'resolved'], false],
  ['resolution', 'Resolution', 'resolution', ['resolution'], true],
  ['reporter', 'Reporter', 'user', ['reporter'], true],
  ['assignee', 'Assignee', 'user', ['assignee'], true],
  ['project', 'Project', 'project', ['project'], false],
  ['issuetype', 'Issue Type', 'issuetype', ['issuetype', 'type'], true],
  ['comment', 'Comment', 'comments-page', ['comment'], true],
  ['priority', 'Priority', 'priority', ['priority'], true],
  ['labels', 'Labels', 'array', ['labels'], true, 'string'],
  ['components', 'Components', 'array', ['component'], true, 'component'],
  ['updated', 'Updated', 'datetime', ['updated', 'updatedDate'], false],
];

const systemField = ([id, name, type, clauseNames, orderable, items]: SystemSpec): JiraField => ({
  id,
  key: id,
  name,
  custom: false,
  orderable,
  navigable: id !== 'comment',
  searchable: true,
  clauseNames,
  schema: items ? { type, items, system: id } : { type, system: id },
});

const customField = (
  id: string,
  name: string,
  type: string,
  custom: string,
  extraClause?: string,
): JiraField => ({
  id,
  key: id,
  name,
  untranslatedName: name,
  custom: true,
  orderable: true,
  navigable: true,
  searchable: true,
  clauseNames: [`cf[${customIdOf(id)}]`, name, ...(extraClause ? [extraClause] : [])],
  schema: { type, custom, customId: customIdOf(id) },
});

/** The field list of the context's site, shaped as `GET /rest/api/3/field` returns it. */
export function fieldsOf(context: SeedContext): JiraField[] {
  const ids = context.fieldIds;
  const cft = 'com.atlassian.jira.plugin.system.customfieldtypes:';
  const sla = ['sd-servicelevelagreement', 'com.atlassian.servicedesk:sd-sla-field'] as const;
  const custom = [
    customField(
      ids.satisfaction,
      'Satisfaction',
      'sd-feedback',
      'com.atlassian.servicedesk:sd-request-feedback',
    ),
    customField(ids.team, 'Team', 'option', `${cft}select`, 'Team[Dropdown]'),
    customField(
      ids.requestType,
      'Request Type',
      'sd-customerrequesttype',
      'com.atlassian.servicedesk:vp-origin',
      'Customer Request Type',
    ),
    customField(ids.timeToResolution, 'Time to resolution', ...sla),
    customField(
      ids.likelihoodToRecommend,
      'Likelihood to recommend',
      'number',
      `${cft}float`,
      'Likelihood to recommend[Number]',
    ),
    customField(ids.timeToFirstResponse, 'Time to first response', ...sla),
    customField(ids.channel, 'Channel', 'option', `${cft}select`, 'Channel[Dropdown]'),
  ];
  // Jira lists fields in no documented order; mix the custom ones in among the system ones.
  const system = SYSTEM_FIELDS.map(systemField);
  return [
    ...system.slice(0, 4),
    ...custom.slice(0, 3),
    ...system.slice(4, 10),
    ...custom.slice(3),
    ...system.slice(10),
  ];
}

/** The field list for the options, shaped as `GET /rest/api/3/field` returns it. */
export function datasetFields(options: SeedOptions): JiraField[] {
  return fieldsOf(createSeedContext(options));
}
