import type { JqlField, JqlQuery, JqlSort, PropertyType, SystemFieldId } from './ast';
import { compareIds, compareKeys, compareText } from './issue-keys';
import type { JqlIssue } from './issue-view';
import { propertyDates, propertyNumbers, propertyValues } from './property-values';
import { STATUS_CATEGORY_RANK } from './status-categories';

/** A comparator over issues, for `Array.prototype.sort`. */
export type IssueComparator = (a: JqlIssue, b: JqlIssue) => number;

type SortValue = string | number | null;

/**
 * Jira's default when a search has no ORDER BY is not documented for the enhanced search API;
 * the emulator uses `created DESC` (newest first), as Jira's issue navigator does.
 */
export const DEFAULT_ORDER: readonly JqlSort[] = [
  { field: { kind: 'system', id: 'created', name: 'created' }, direction: 'desc' },
];

/**
 * The query's ORDER BY as a comparator. A key without a direction uses the field's own default
 * (descending for created, updated and resolved; ascending otherwise). EMPTY values sort after
 * all values when ascending and first when descending. Ties are broken by issue id, in the
 * direction of the last key, so pages are stable.
 */
export function orderBy(query: JqlQuery): IssueComparator {
  const sorts = query.orderBy.length > 0 ? query.orderBy : DEFAULT_ORDER;
  const keys = sorts.map((sort) => ({ ...sortKey(sort.field), descending: directionOf(sort) === 'desc' }));
  const lastDescending = keys[keys.length - 1]?.descending ?? false;
  return (a, b) => {
    for (const key of keys) {
      const c = compareValues(key.read(a), key.read(b), key.compare);
      if (c !== 0) return key.descending ? -c : c;
    }
    const c = compareIds(a.id, b.id);
    return lastDescending ? -c : c;
  };
}

const directionOf = (sort: JqlSort): 'asc' | 'desc' =>
  sort.direction ??
  (sort.field.kind === 'system' && ['created', 'updated', 'resolved'].includes(sort.field.id)
    ? 'desc'
    : 'asc');

function compareValues(
  a: SortValue,
  b: SortValue,
  compare: (x: string | number, y: string | number) => number,
): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return compare(a, b);
}

interface SortKey {
  readonly read: (issue: JqlIssue) => SortValue;
  readonly compare: (a: string | number, b: string | number) => number;
}

/** Numbers numerically, text by code units, numbers before text. */
function natural(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number' || typeof b === 'number') return typeof a === 'number' ? -1 : 1;
  return compareText(a, b);
}

const byKey = (a: string | number, b: string | number): number => compareKeys(String(a), String(b));
const lower = (s: string | null): string | null => s?.toLowerCase() ?? null;

function sortKey(field: JqlField): SortKey {
  if (field.kind === 'property') return propertySortKey(field.key, field.path, field.type);
  const read = SYSTEM_READERS[field.id];
  return { read, compare: field.id === 'key' || field.id === 'parent' ? byKey : natural };
}

// Jira orders statuses, types and resolutions by their admin order and users by display name;
// the issue view has neither, so names and account ids sort alphabetically.
const SYSTEM_READERS: Readonly<Record<SystemFieldId, (issue: JqlIssue) => SortValue>> = {
  project: (i) => i.projectKey.toUpperCase(),
  issuetype: (i) => lower(i.issueType),
  status: (i) => lower(i.status),
  resolution: (i) => lower(i.resolution),
  statusCategory: (i) => STATUS_CATEGORY_RANK[i.statusCategoryKey],
  created: (i) => i.created,
  updated: (i) => i.updated,
  resolved: (i) => i.resolved,
  key: (i) => i.key,
  parent: (i) => i.parentKey,
  reporter: (i) => i.reporter,
  assignee: (i) => i.assignee,
};

// A multi-valued property sorts by its first value.
function propertySortKey(key: string, path: string, type: PropertyType | null): SortKey {
  const values = (issue: JqlIssue) => propertyValues(issue.properties, key, path);
  if (type === 'number') return { read: (i) => propertyNumbers(values(i))[0] ?? null, compare: natural };
  if (type === 'date') return { read: (i) => propertyDates(values(i))[0] ?? null, compare: natural };
  const read = (i: JqlIssue): SortValue => {
    const v = values(i)[0];
    return v === undefined ? null : typeof v === 'number' && type === null ? v : String(v);
  };
  return { read, compare: natural };
}
