/**
 * zod schemas of the Jira Cloud and JSM REST shapes, written from Atlassian's OpenAPI documents
 * (FieldDetails, IssueBean, UserDetails, Comment, Changelog, ChangeDetails, StatusDetails, SlaInformationDTO,
 * DateDTO, DurationDTO, RequestTypeDTO, CustomerRequestStatusDTO) and from issue JSON returned by real sites,
 * not from the generator's code.
 */
import { z } from 'zod';

/** `2025-03-01T09:15:00.000+0800`. */
export const JIRA_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{4}$/;
const timestamp = z.string().regex(JIRA_TIMESTAMP);
const url = z.url();

export const jsonTypeBean = z.object({
  type: z.string(),
  items: z.string().optional(),
  system: z.string().optional(),
  custom: z.string().optional(),
  customId: z.number().int().optional(),
});

export const fieldDetails = z.object({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  untranslatedName: z.string().optional(),
  custom: z.boolean(),
  orderable: z.boolean(),
  navigable: z.boolean(),
  searchable: z.boolean(),
  clauseNames: z.array(z.string()),
  schema: jsonTypeBean,
});

export const userDetails = z.object({
  self: url,
  accountId: z.string().min(1),
  accountType: z.enum(['atlassian', 'app', 'customer']),
  active: z.boolean(),
  displayName: z.string().min(1),
  emailAddress: z.string().optional(),
});

const adfDoc = z.object({
  type: z.literal('doc'),
  version: z.literal(1),
  content: z.array(
    z.object({
      type: z.string(),
      content: z.array(z.object({ type: z.string(), text: z.string().optional() })).optional(),
    }),
  ),
});

export const comment = z.object({
  self: url,
  id: z.string(),
  author: userDetails,
  body: adfDoc,
  created: timestamp,
  updated: timestamp,
  jsdPublic: z.boolean(),
});

export const changeDetails = z.object({
  field: z.string(),
  fieldtype: z.string(),
  fieldId: z.string(),
  from: z.string().nullable(),
  fromString: z.string().nullable(),
  to: z.string().nullable(),
  toString: z.string().nullable(),
});

export const changelog = z.object({
  id: z.string(),
  author: userDetails,
  created: timestamp,
  items: z.array(changeDetails).min(1),
});

export const statusDetails = z.object({
  self: url,
  description: z.string(),
  iconUrl: z.string(),
  id: z.string(),
  name: z.string(),
  statusCategory: z.object({
    self: url,
    id: z.number().int(),
    key: z.enum(['new', 'indeterminate', 'done']),
    colorName: z.string(),
    name: z.string(),
  }),
});

const named = z.object({ self: url, id: z.string(), name: z.string() });

export const dateDto = z.strictObject({
  iso8601: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{4}$/),
  jira: timestamp,
  friendly: z.string().min(1),
  epochMillis: z.number().int(),
});

export const durationDto = z.strictObject({ millis: z.number().int(), friendly: z.string().min(1) });

export const slaCompletedCycle = z.strictObject({
  startTime: dateDto,
  stopTime: dateDto,
  breachTime: dateDto,
  breached: z.boolean(),
  goalDuration: durationDto,
  elapsedTime: durationDto,
  remainingTime: durationDto,
});

export const slaOngoingCycle = z.strictObject({
  startTime: dateDto,
  breachTime: dateDto,
  breached: z.boolean(),
  paused: z.boolean(),
  withinCalendarHours: z.boolean(),
  goalDuration: durationDto,
  elapsedTime: durationDto,
  remainingTime: durationDto,
});

export const slaInformation = z.strictObject({
  id: z.string(),
  name: z.string(),
  _links: z.object({ self: url }),
  completedCycles: z.array(slaCompletedCycle),
  ongoingCycle: slaOngoingCycle.optional(),
  slaDisplayFormat: z.literal('NEW_SLA_FORMAT'),
});

export const requestTypeValue = z.object({
  _links: z.object({ jiraRest: url, web: url, agent: url, self: url }),
  requestType: z.object({
    id: z.string(),
    _links: z.object({ self: url }),
    name: z.string(),
    description: z.string(),
    issueTypeId: z.string(),
    serviceDeskId: z.string(),
    groupIds: z.array(z.string()),
  }),
  currentStatus: z.object({
    status: z.string(),
    statusCategory: z.enum(['NEW', 'INDETERMINATE', 'DONE', 'UNDEFINED']),
    statusDate: dateDto,
  }),
});

export const satisfaction = z.object({ rating: z.number().int().min(1).max(5) }).nullable();
export const selectOption = z.object({ self: url, value: z.string(), id: z.string() });

export const issueBean = z.object({
  expand: z.string(),
  id: z.string().regex(/^\d+$/),
  self: url,
  key: z.string().regex(/^[A-Z][A-Z0-9]+-\d+$/),
  fields: z.looseObject({
    summary: z.string().min(1),
    project: z.object({
      self: url,
      id: z.string(),
      key: z.string(),
      name: z.string(),
      projectTypeKey: z.literal('service_desk'),
    }),
    issuetype: named.extend({ subtask: z.boolean() }),
    status: statusDetails,
    priority: named,
    created: timestamp,
    updated: timestamp,
    resolution: named.extend({ description: z.string() }).nullable(),
    resolutiondate: timestamp.nullable(),
    reporter: userDetails,
    assignee: userDetails.nullable(),
    labels: z.array(z.string()),
    components: z.array(named),
    comment: z.object({
      comments: z.array(comment),
      maxResults: z.number().int(),
      total: z.number().int(),
      startAt: z.number().int(),
    }),
  }),
  changelog: z.object({
    startAt: z.number().int(),
    maxResults: z.number().int(),
    total: z.number().int(),
    histories: z.array(changelog),
  }),
});
