import type { JiraIssueFields, JiraNamed, JiraStatus } from './jira-types';
import {
  CATEGORIES,
  COMPONENTS,
  ISSUE_TYPES,
  PRIORITIES,
  RESOLUTIONS,
  STATUSES,
  type ComponentKey,
  type IssueTypeKey,
  type PriorityKey,
  type ResolutionKey,
  type StatusKey,
} from './site-catalogue';

/** Renders a status with its category. */
export function renderStatus(key: StatusKey, baseUrl: string): JiraStatus {
  const status = STATUSES[key];
  const category = CATEGORIES[status.category];
  return {
    self: `${baseUrl}/rest/api/3/status/${status.id}`,
    description: status.description,
    iconUrl: `${baseUrl}/images/icons/statuses/generic.png`,
    name: status.name,
    id: status.id,
    statusCategory: {
      self: `${baseUrl}/rest/api/3/statuscategory/${category.id}`,
      id: category.id,
      key: status.category,
      colorName: category.colorName,
      name: category.name,
    },
  };
}

/** Renders a resolution. */
export function renderResolution(key: ResolutionKey, baseUrl: string): JiraNamed {
  const r = RESOLUTIONS[key];
  return {
    self: `${baseUrl}/rest/api/3/resolution/${r.id}`,
    id: r.id,
    description: r.description,
    name: r.name,
  };
}

/** Renders a priority. */
export function renderPriority(key: PriorityKey, baseUrl: string): JiraNamed {
  const p = PRIORITIES[key];
  return {
    self: `${baseUrl}/rest/api/3/priority/${p.id}`,
    iconUrl: `${baseUrl}/images/icons/priorities/${p.icon}_new.svg`,
    name: key,
    id: p.id,
  };
}

/** Renders an issue type. */
export function renderIssueType(key: IssueTypeKey, baseUrl: string): JiraIssueFields['issuetype'] {
  const t = ISSUE_TYPES[key];
  return {
    self: `${baseUrl}/rest/api/3/issuetype/${t.id}`,
    id: t.id,
    description: t.description,
    iconUrl: `${baseUrl}/rest/api/2/universal_avatar/view/type/issuetype/avatar/${t.avatarId}?size=medium`,
    name: t.name,
    subtask: false,
    hierarchyLevel: 0,
  };
}

/** Renders a component. */
export function renderComponent(key: ComponentKey, baseUrl: string): JiraNamed {
  const c = COMPONENTS[key];
  return {
    self: `${baseUrl}/rest/api/3/component/${c.id}`,
    id: c.id,
    name: c.name,
    description: c.description,
  };
}
