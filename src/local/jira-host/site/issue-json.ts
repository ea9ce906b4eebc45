import type { IssueRow } from '../db/rows';
import { issueLinksField } from './issue-links';
import type { JiraSite } from './jira-site';

/** Which fields a request asked for: `*all`, `*navigable`, ids, and `-id` exclusions (Jira's `fields` parameter). */
export interface FieldSelection {
  readonly all: boolean;
  readonly include: ReadonlySet<string>;
  readonly exclude: ReadonlySet<string>;
}

/** Reads Jira's `fields` parameter (repeated and/or comma-separated); `fallback` when absent. */
export function fieldSelection(values: readonly string[], fallback: string): FieldSelection {
  const items = (values.length > 0 ? values : [fallback])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  const include = new Set<string>();
  const exclude = new Set<string>();
  let all = false;
  for (const item of items) {
    if (item === '*all' || item === '*navigable') all = true;
    else if (item.startsWith('-')) exclude.add(item.slice(1));
    else include.add(item);
  }
  // "-description" alone means every navigable field but description.
  if (include.size === 0 && exclude.size > 0) all = true;
  return { all, include, exclude };
}

/** Whether only `id`/`key` were asked for (Jira then allows pages of up to 5000). */
export const onlyIdOrKey = (s: FieldSelection): boolean =>
  !s.all && [...s.include].every((f) => f === 'id' || f === 'key');

export interface IssueJsonOptions {
  readonly fields: FieldSelection;
  readonly changelog: boolean;
  readonly properties: readonly string[];
}

/** An issue as Jira's REST API returns it (`IssueBean`): id, key, self, the chosen fields, changelog and properties. */
export function issueJson(site: JiraSite, row: IssueRow, options: IssueJsonOptions): Record<string, unknown> {
  const bean: Record<string, unknown> = {
    expand: 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations',
    id: String(row.id),
    self: site.url(`/rest/api/3/issue/${row.id}`),
    key: row.key,
  };
  const wanted = (id: string) =>
    !options.fields.exclude.has(id) && (options.fields.all || options.fields.include.has(id));
  const fields: Record<string, unknown> = {};
  for (const [id, value] of Object.entries(row.fields)) if (wanted(id)) fields[id] = value;
  if (wanted('comment')) {
    const comments = site.issues.comments(row.id).map((c) => c.doc);
    fields.comment = {
      self: site.url(`/rest/api/3/issue/${row.id}/comment`),
      comments,
      maxResults: comments.length,
      total: comments.length,
      startAt: 0,
    };
  }
  if (wanted('issuelinks')) fields.issuelinks = issueLinksField(site, row.id);
  if (Object.keys(fields).length > 0) bean.fields = fields;
  if (options.changelog) {
    const histories = site.issues.histories(row.id).map((h) => h.doc);
    bean.changelog = { startAt: 0, maxResults: histories.length, total: histories.length, histories };
  }
  if (options.properties.length > 0) {
    const stored = site.issues.properties(row.id);
    const chosen: Record<string, unknown> = {};
    for (const key of options.properties) if (key in stored) chosen[key] = stored[key];
    bean.properties = chosen;
  }
  return bean;
}
