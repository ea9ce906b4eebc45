import type { SystemFieldId } from './ast';
import { EMPTY, type FieldAdapter, type OperandValue } from './clause-semantics';
import { dateFunctionNamed, evaluateDateFunction, type DateContext } from './date-functions';
import { instantOfLiteral, parseDateLiteral } from './date-literals';
import { compareIds, compareText, isIssueId, parseIssueKey } from './issue-keys';
import type { JqlIssue } from './issue-view';
import { statusCategoryNamed } from './status-categories';

/** What operands are resolved against: the clock, zone and week start, and the searcher. */
export interface EvalContext extends DateContext {
  readonly currentUser: string | null;
}

const single = <V>(v: V | null): readonly V[] => (v === null ? [] : [v]);

/** Names compared case-insensitively (project key, issue type, status, resolution). */
export function nameAdapter(
  read: (issue: JqlIssue) => string | null,
  id: SystemFieldId,
): FieldAdapter<string> {
  return {
    values: (issue) => single(read(issue)?.toLowerCase() ?? null),
    operand: (v) => {
      if (v.kind === 'function') return null;
      const lower = v.text.trim().toLowerCase();
      return id === 'resolution' && lower === 'unresolved' ? EMPTY : lower;
    },
    equals: (a, b) => a === b,
    compare: () => null,
  };
}

/** Status category keys; operands may be names, keys or ids. */
export const categoryAdapter: FieldAdapter<string> = {
  values: (issue) => [issue.statusCategoryKey],
  operand: (v) => (v.kind === 'function' ? null : (statusCategoryNamed(v.text) ?? null)),
  equals: (a, b) => a === b,
  compare: () => null,
};

/** Instants in epoch ms; operands are date literals or date functions. */
export function dateAdapter(
  read: (issue: JqlIssue) => readonly number[],
  ctx: EvalContext,
): FieldAdapter<number> {
  return {
    values: read,
    operand: (v) => instantOf(v, ctx),
    equals: (a, b) => a === b,
    compare: (a, b) => a - b,
  };
}

/** The instant a date operand denotes for this search. */
export function instantOf(v: OperandValue, ctx: EvalContext): number | null {
  if (v.kind === 'function') {
    const name = dateFunctionNamed(v.name);
    return name === null ? null : evaluateDateFunction(name, v.args, ctx);
  }
  const literal = parseDateLiteral(v);
  return literal === null ? null : instantOfLiteral(literal, ctx.now, ctx.zone);
}

/** Account ids compared exactly; `currentUser()` is the searcher (matching nothing when anonymous). */
export function userAdapter(
  read: (issue: JqlIssue) => readonly string[],
  ctx: EvalContext,
): FieldAdapter<string> {
  return {
    values: read,
    operand: (v) => (v.kind === 'function' ? ctx.currentUser : v.text),
    equals: (a, b) => a === b,
    compare: () => null,
  };
}

/** An issue's key and id, or an operand naming one of them. */
export interface KeyOrId {
  readonly key: string | null;
  readonly id: string | null;
}

/**
 * Issue keys and ids. `key > ABC-10` compares issue numbers within project ABC only; a numeric
 * operand is an issue id and compares ids.
 */
export const keyAdapter: FieldAdapter<KeyOrId> = {
  values: (issue) => [{ key: issue.key, id: issue.id }],
  operand: (v) => {
    if (v.kind === 'function') return null;
    return isIssueId(v.text) ? { key: null, id: v.text.trim() } : { key: v.text.trim(), id: null };
  },
  equals: (a, b) => compareKeyOrId(a, b) === 0,
  compare: compareKeyOrId,
};

function compareKeyOrId(issue: KeyOrId, operand: KeyOrId): number | null {
  if (operand.id !== null) return issue.id === null ? null : compareIds(issue.id, operand.id);
  const a = parseIssueKey(issue.key ?? '');
  const b = parseIssueKey(operand.key ?? '');
  if (a === null || b === null || a.project !== b.project) return null;
  return a.number - b.number;
}

/** The parent's key; an id operand cannot be resolved from the issue view and matches nothing. */
export const parentAdapter: FieldAdapter<string> = {
  values: (issue) => single(issue.parentKey?.toUpperCase() ?? null),
  operand: (v) => (v.kind === 'function' || isIssueId(v.text) ? null : v.text.trim().toUpperCase()),
  equals: (a, b) => a === b,
  compare: (a, b) => compareText(a, b),
};
