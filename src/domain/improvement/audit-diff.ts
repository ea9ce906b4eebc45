import { canonicalJson } from './canonical-json';

/** One change between two versions of an improvement, as the audit trail keeps it. */
export interface AuditEntry {
  readonly at: string;
  readonly by: string;
  /** What changed: `stage`, `problem.target`, `causes[c1].text`, `actions[a2]`, `approval.decisions`, … */
  readonly field: string;
  /** The value before (null when the thing was added). */
  readonly before: unknown;
  /** The value after (null when the thing was removed). */
  readonly after: unknown;
}

/** The change to one field, or none when its value is equal (compared as canonical JSON). */
export type Change = Pick<AuditEntry, 'field' | 'before' | 'after'>;

/** A change of `field`, if the values differ. */
export function fieldChange(field: string, before: unknown, after: unknown): Change[] {
  return canonicalJson(before) === canonicalJson(after) ? [] : [{ field, before, after }];
}

/** The changes of each member of two records that differ, as `prefix.member`. */
export function memberChanges(prefix: string, before: object, after: object): Change[] {
  const a = new Map<string, unknown>(Object.entries(before));
  const b = new Map<string, unknown>(Object.entries(after));
  const keys = [...new Set([...a.keys(), ...b.keys()])];
  return keys.flatMap((key) => fieldChange(`${prefix}.${key}`, a.get(key) ?? null, b.get(key) ?? null));
}

/** Items of two lists matched by id: an added or removed item whole, a changed one member by member. */
export function itemChanges<T extends { readonly id: string }>(
  prefix: string,
  before: readonly T[],
  after: readonly T[],
): Change[] {
  const old = new Map(before.map((item) => [item.id, item]));
  const now = new Map(after.map((item) => [item.id, item]));
  const changes: Change[] = [];
  for (const item of before)
    if (!now.has(item.id)) changes.push({ field: `${prefix}[${item.id}]`, before: item, after: null });
  for (const item of after) {
    const was = old.get(item.id);
    if (was === undefined) changes.push({ field: `${prefix}[${item.id}]`, before: null, after: item });
    else changes.push(...memberChanges(`${prefix}[${item.id}]`, was, item));
  }
  return changes;
}

/** Entries appended to a list (one change each); a list that was not only appended to is one change whole. */
export function appendedChanges(
  field: string,
  before: readonly unknown[],
  after: readonly unknown[],
): Change[] {
  const kept = before.every((item, i) => canonicalJson(item) === canonicalJson(after[i]));
  if (!kept || after.length < before.length) return fieldChange(field, before, after);
  return after.slice(before.length).map((item) => ({ field, before: null, after: item }));
}
