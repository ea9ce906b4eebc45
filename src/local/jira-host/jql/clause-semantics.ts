import type { JqlClause, JqlValue } from './ast';
import type { JqlIssue } from './issue-view';

/** A compiled test of one issue. */
export type Predicate = (issue: JqlIssue) => boolean;

/** Marks an operand value that means EMPTY (e.g. `resolution = Unresolved`). */
export const EMPTY = Symbol('EMPTY');

/** A non-EMPTY operand value as written. */
export type OperandValue = Exclude<JqlValue, { kind: 'empty' }>;

/** How one field reads issues and operands and compares them (issue value first). */
export interface FieldAdapter<V> {
  /** The issue's values; none means the field is EMPTY. */
  values(issue: JqlIssue): readonly V[];
  /** The operand's value, EMPTY when it means no value, null when it can match nothing. */
  operand(value: OperandValue): V | typeof EMPTY | null;
  equals(issueValue: V, operand: V): boolean;
  /** Order of the issue value against the operand; null when they cannot be ordered. */
  compare(issueValue: V, operand: V): number | null;
  contains?(issueValue: V, operand: V): boolean;
}

/**
 * Compiles a NOT-free clause with Jira's EMPTY rules: `=`, `IN`, `>` and `~` only match issues
 * with a value; `!=`, `NOT IN` and `!~` also require a value (Jira documents that `!=` never
 * matches an empty field); `IN (…, EMPTY)` adds empty issues; `= EMPTY` is `IS EMPTY`.
 */
export function compileClause<V>(adapter: FieldAdapter<V>, clause: JqlClause): Predicate {
  const { operator, operand } = clause;
  const raw = operand.kind === 'list' ? operand.values : [operand.value];
  const resolved = raw.map((v) => (v.kind === 'empty' ? EMPTY : adapter.operand(v)));
  const targets = resolved.filter((v): v is V => v !== EMPTY && v !== null);
  const wantsEmpty = resolved.includes(EMPTY);
  const has = (issue: JqlIssue) => adapter.values(issue).length > 0;
  const anyEquals = (issue: JqlIssue) =>
    adapter.values(issue).some((v) => targets.some((t) => adapter.equals(v, t)));
  switch (operator) {
    case 'is':
      return (issue) => !has(issue);
    case 'is not':
      return has;
    case '=':
    case 'in':
      return (issue) => (wantsEmpty && !has(issue)) || anyEquals(issue);
    case '!=':
    case 'not in':
      return (issue) => has(issue) && !anyEquals(issue);
    case '~':
      return (issue) => containsAny(adapter, issue, targets);
    case '!~':
      return (issue) => has(issue) && !containsAny(adapter, issue, targets);
    default:
      return ordered(adapter, operator, targets);
  }
}

function containsAny<V>(adapter: FieldAdapter<V>, issue: JqlIssue, targets: readonly V[]): boolean {
  const contains = adapter.contains;
  return contains !== undefined && adapter.values(issue).some((v) => targets.some((t) => contains(v, t)));
}

function ordered<V>(
  adapter: FieldAdapter<V>,
  operator: '>' | '>=' | '<' | '<=',
  targets: readonly V[],
): Predicate {
  const test: (c: number) => boolean =
    operator === '>'
      ? (c) => c > 0
      : operator === '>='
        ? (c) => c >= 0
        : operator === '<'
          ? (c) => c < 0
          : (c) => c <= 0;
  return (issue) =>
    adapter.values(issue).some((v) =>
      targets.some((t) => {
        const c = adapter.compare(v, t);
        return c !== null && test(c);
      }),
    );
}
