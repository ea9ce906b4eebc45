import type { StatusCategoryKey } from './issue-view';

/**
 * Status category values JQL accepts, lower-cased: names ("To Do", "In Progress", "Done"),
 * keys (new, indeterminate, done), the documented aliases and ids (2, 4, 3). Id 1 is Jira's
 * "No Category", which no issue of the emulator has, so it is valid and matches nothing.
 */
const CATEGORY_VALUES: Readonly<Record<string, StatusCategoryKey | null>> = {
  'to do': 'new',
  new: 'new',
  '2': 'new',
  'in progress': 'indeterminate',
  indeterminate: 'indeterminate',
  '4': 'indeterminate',
  done: 'done',
  complete: 'done',
  '3': 'done',
  'no category': null,
  undefined: null,
  '1': null,
};

/** The category a JQL value names: a key, null for "No Category", undefined when it names none. */
export function statusCategoryNamed(text: string): StatusCategoryKey | null | undefined {
  const lower = text.trim().toLowerCase();
  return Object.prototype.hasOwnProperty.call(CATEGORY_VALUES, lower) ? CATEGORY_VALUES[lower] : undefined;
}

/** Jira's order of status categories (To Do, In Progress, Done), used by ORDER BY statusCategory. */
export const STATUS_CATEGORY_RANK: Readonly<Record<StatusCategoryKey, number>> = {
  new: 0,
  indeterminate: 1,
  done: 2,
};
