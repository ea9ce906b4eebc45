import type { JiraOptionValue, JsmRequestTypeValue, JsmSatisfactionValue, JsmSlaValue } from './jsm-types';

/** A field definition as `GET /rest/api/3/field` returns it. */
export interface JiraField {
  id: string;
  key: string;
  name: string;
  untranslatedName?: string;
  custom: boolean;
  orderable: boolean;
  navigable: boolean;
  searchable: boolean;
  clauseNames: string[];
  schema: { type: string; items?: string; system?: string; custom?: string; customId?: number };
}

/** A user as embedded in issues, comments and changelogs. */
export interface JiraUser {
  self: string;
  accountId: string;
  emailAddress?: string;
  displayName: string;
  active: boolean;
  timeZone?: string;
  accountType: 'atlassian' | 'customer' | 'app';
}

/** An Atlassian Document Format document. */
export interface AdfDoc {
  type: 'doc';
  version: 1;
  content: { type: 'paragraph'; content: { type: 'text'; text: string }[] }[];
}

/** A comment as in `fields.comment.comments[]`. */
export interface JiraComment {
  self: string;
  id: string;
  author: JiraUser;
  body: AdfDoc;
  created: string;
  updated: string;
  jsdPublic: boolean;
}

/** One changed field inside a changelog history. */
export interface JiraChangeItem {
  field: string;
  fieldtype: string;
  fieldId: string;
  from: string | null;
  fromString: string | null;
  to: string | null;
  toString: string | null;
}

/** One changelog history entry. */
export interface JiraHistory {
  id: string;
  author: JiraUser;
  created: string;
  items: JiraChangeItem[];
}

/** A status with its category, as in `fields.status`. */
export interface JiraStatus {
  self: string;
  description: string;
  iconUrl: string;
  name: string;
  id: string;
  statusCategory: { self: string; id: number; key: string; colorName: string; name: string };
}

/** A named Jira entity with a URL: resolution, priority, issue type, component. */
export interface JiraNamed {
  self: string;
  id: string;
  name: string;
  description?: string;
  iconUrl?: string;
}

/** Values a custom field of this dataset can hold. */
export type CustomFieldValue =
  JsmRequestTypeValue | JsmSlaValue | JsmSatisfactionValue | JiraOptionValue | number | null;

/** `fields` of an issue: the system fields the app reads plus `customfield_NNNNN` values. */
export interface JiraIssueFields {
  summary: string;
  project: {
    self: string;
    id: string;
    key: string;
    name: string;
    projectTypeKey: 'service_desk';
    simplified: boolean;
  };
  issuetype: JiraNamed & { subtask: boolean; hierarchyLevel: number };
  status: JiraStatus;
  priority: JiraNamed;
  created: string;
  updated: string;
  resolution: JiraNamed | null;
  resolutiondate: string | null;
  reporter: JiraUser;
  assignee: JiraUser | null;
  labels: string[];
  components: JiraNamed[];
  comment: { self: string; comments: JiraComment[]; maxResults: number; total: number; startAt: number };
  [customField: `customfield_${string}`]: CustomFieldValue;
}

/** An issue as `GET /rest/api/3/search/jql?fields=*all&expand=changelog` returns it. */
export interface JiraIssue {
  expand: string;
  id: string;
  self: string;
  key: string;
  fields: JiraIssueFields;
  changelog: { startAt: number; maxResults: number; total: number; histories: JiraHistory[] };
}

/** The generated dataset: field definitions and issues. */
export interface JiraDataset {
  fields: JiraField[];
  issues: JiraIssue[];
}
