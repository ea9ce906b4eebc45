import { z } from 'zod';
import type { IssueRow } from '../db/rows';
import type { Account } from './accounts';
import type { ChangeItem } from './issue-writer';
import { IssueWriter } from './issue-writer';
import type { JiraSite } from './jira-site';
import { userDetailsJson } from './user-json';

/** System fields a REST edit may set; everything else system-owned is read-only, as on Jira's edit screen. */
const EDITABLE_SYSTEM = new Set([
  'summary',
  'description',
  'assignee',
  'duedate',
  'labels',
  'priority',
  'components',
]);
const READ_ONLY = new Set([
  'status',
  'created',
  'updated',
  'resolution',
  'resolutiondate',
  'project',
  'issuetype',
  'comment',
  'reporter',
]);

export type EditResult = { ok: true } | { ok: false; errors: Record<string, string> };

const accountRef = z.object({ accountId: z.string() }).nullable();

/** Sets field values as `PUT /rest/api/3/issue/{key}` does, recording a changelog item per changed field. */
export function editFields(
  site: JiraSite,
  row: IssueRow,
  caller: Account,
  values: Record<string, unknown>,
): EditResult {
  const known = new Map(site.fields().flatMap((f) => (typeof f.id === 'string' ? [[f.id, f] as const] : [])));
  const errors: Record<string, string> = {};
  const fields = { ...row.fields };
  const items: ChangeItem[] = [];
  let assignee: string | null | undefined;

  for (const [id, value] of Object.entries(values)) {
    const custom = id.startsWith('customfield_');
    if (READ_ONLY.has(id) || (!EDITABLE_SYSTEM.has(id) && !(custom && known.has(id)))) {
      errors[id] = `Field '${id}' cannot be set. It is not on the appropriate screen, or unknown.`;
      continue;
    }
    let stored: unknown = value;
    if (id === 'assignee') {
      const ref = accountRef.safeParse(value);
      const account = ref.success && ref.data ? site.accounts.find(ref.data.accountId) : null;
      if (!ref.success || (ref.data && (!account || !site.can(account, 'ASSIGNABLE_USER')))) {
        errors.assignee = `User '${ref.success && ref.data ? ref.data.accountId : String(value)}' cannot be assigned issues.`;
        continue;
      }
      stored = account ? userDetailsJson(site.settings.baseUrl, account) : null;
      assignee = account ? account.accountId : null;
    }
    if (
      id === 'duedate' &&
      value !== null &&
      (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value))
    ) {
      errors.duedate = "Error parsing date string: expected 'yyyy-MM-dd'.";
      continue;
    }
    if (JSON.stringify(fields[id] ?? null) === JSON.stringify(stored ?? null)) continue;
    const name = custom ? String(known.get(id)?.name ?? id) : id;
    items.push({
      field: name,
      fieldtype: custom ? 'custom' : 'jira',
      fieldId: id,
      from: id === 'assignee' ? row.assignee : null,
      fromString: display(fields[id]),
      to: id === 'assignee' ? (assignee ?? null) : null,
      toString: display(stored),
    });
    fields[id] = stored;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  new IssueWriter(site).write(row, caller, {
    patch: { columns: assignee === undefined ? {} : { assignee }, fields },
    items,
  });
  return { ok: true };
}

/** A field value as a changelog `fromString`/`toString` shows it. */
function display(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return String(value);
  if (Array.isArray(value)) return value.map(display).join(' ');
  if (typeof value === 'object') {
    for (const key of ['displayName', 'name', 'value']) {
      const v: unknown = Reflect.get(value, key);
      if (typeof v === 'string') return v;
    }
  }
  return JSON.stringify(value);
}
