import type { JqlField, JqlOperator, PropertyType, SystemFieldId } from './ast';

/** Which functions a field accepts as values. */
export type FunctionKind = 'date' | 'user' | 'none';

/** What JQL allows on a field, from Atlassian's JQL fields reference. */
export interface FieldSpec {
  readonly operators: readonly JqlOperator[];
  readonly functions: FunctionKind;
}

const EQUALITY: readonly JqlOperator[] = ['=', '!=', 'in', 'not in'];
const SELECT: readonly JqlOperator[] = [...EQUALITY, 'is', 'is not'];
const RANGE: readonly JqlOperator[] = [...SELECT, '>', '>=', '<', '<='];

/** System fields by canonical id; `names` are the lower-cased names and aliases JQL accepts. */
export const SYSTEM_FIELDS: Readonly<
  Record<SystemFieldId, FieldSpec & { readonly names: readonly string[] }>
> = {
  project: { names: ['project'], operators: SELECT, functions: 'none' },
  issuetype: { names: ['issuetype', 'type'], operators: SELECT, functions: 'none' },
  status: { names: ['status'], operators: SELECT, functions: 'none' },
  statusCategory: { names: ['statuscategory'], operators: EQUALITY, functions: 'none' },
  // Jira also orders resolutions for > and <; the emulator has no resolution order to compare by.
  resolution: { names: ['resolution'], operators: SELECT, functions: 'none' },
  created: { names: ['created', 'createddate'], operators: RANGE, functions: 'date' },
  updated: { names: ['updated', 'updateddate'], operators: RANGE, functions: 'date' },
  resolved: { names: ['resolved', 'resolutiondate'], operators: RANGE, functions: 'date' },
  key: { names: ['key', 'issuekey', 'id', 'issue'], operators: RANGE, functions: 'none' },
  reporter: { names: ['reporter'], operators: SELECT, functions: 'user' },
  assignee: { names: ['assignee'], operators: SELECT, functions: 'user' },
  parent: { names: ['parent'], operators: EQUALITY, functions: 'none' },
};

/** The system field a name (or alias) refers to, case-insensitively. */
export function systemFieldNamed(name: string): SystemFieldId | null {
  const lower = name.toLowerCase();
  const ids = Object.keys(SYSTEM_FIELDS) as SystemFieldId[];
  return ids.find((id) => SYSTEM_FIELDS[id].names.includes(lower)) ?? null;
}

/** What JQL allows on an entity property of a declared type (null: not declared by any module). */
export function propertySpec(type: PropertyType | null): FieldSpec {
  switch (type) {
    case 'number':
      return { operators: RANGE, functions: 'none' };
    case 'date':
      return { operators: RANGE, functions: 'date' };
    case 'text':
      return { operators: ['~', '!~', 'is', 'is not'], functions: 'none' };
    case 'user':
      return { operators: SELECT, functions: 'user' };
    case 'string':
      return { operators: SELECT, functions: 'none' };
    case null:
      return { operators: RANGE, functions: 'none' };
  }
}

/** How a field's values are read and compared. */
export type ValueKind =
  'name' | 'category' | 'date' | 'key' | 'parent' | 'user' | 'number' | 'string' | 'text' | 'dynamic';

const SYSTEM_KINDS: Readonly<Record<SystemFieldId, ValueKind>> = {
  project: 'name',
  issuetype: 'name',
  status: 'name',
  resolution: 'name',
  statusCategory: 'category',
  created: 'date',
  updated: 'date',
  resolved: 'date',
  key: 'key',
  parent: 'parent',
  reporter: 'user',
  assignee: 'user',
};

/** The value kind of a resolved field; an undeclared entity property is `dynamic`. */
export const valueKind = (field: JqlField): ValueKind =>
  field.kind === 'system' ? SYSTEM_KINDS[field.id] : (field.type ?? 'dynamic');

/** What JQL allows on a resolved field. */
export const specOf = (field: JqlField): FieldSpec =>
  field.kind === 'system' ? SYSTEM_FIELDS[field.id] : propertySpec(field.type);
