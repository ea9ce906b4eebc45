import { err, ok, type Result } from '../../../domain/result';
import { timeZone } from '../../../domain/time/zone';
import type { JqlClause, JqlNode, JqlOperator, JqlQuery } from './ast';
import { clausePredicate } from './clause-predicate';
import type { Predicate } from './clause-semantics';
import { jqlError, type JqlError } from './errors';
import type { JqlEnv, JqlIssue } from './issue-view';

const NEGATED: Readonly<Record<JqlOperator, JqlOperator>> = {
  '=': '!=',
  '!=': '=',
  '>': '<=',
  '<=': '>',
  '<': '>=',
  '>=': '<',
  '~': '!~',
  '!~': '~',
  in: 'not in',
  'not in': 'in',
  is: 'is not',
  'is not': 'is',
};

/**
 * Pushes NOT down to the clauses as Jira does (De Morgan, then the clause's operator flipped),
 * so `NOT assignee = x` is `assignee != x` and, like it, leaves out unassigned issues.
 */
export function withoutNot(node: JqlNode, negate = false): Exclude<JqlNode, { kind: 'not' }> {
  switch (node.kind) {
    case 'not':
      return withoutNot(node.child, !negate);
    case 'clause':
      return negate ? ({ ...node, operator: NEGATED[node.operator] } satisfies JqlClause) : node;
    default: {
      const kind = negate ? (node.kind === 'and' ? 'or' : 'and') : node.kind;
      return { kind, children: node.children.map((c) => withoutNot(c, negate)) };
    }
  }
}

/** Compiles a query for one search: dates and `currentUser()` resolve against `env` once. */
export function compileJql(query: JqlQuery, env: JqlEnv): Result<Predicate, JqlError> {
  const zone = timeZone(env.timeZone);
  if (!zone.ok) return err(jqlError('JQL.BAD_ENVIRONMENT', zone.error.message));
  const ctx = {
    now: env.now,
    zone: zone.value,
    currentUser: env.currentUser,
    firstDayOfWeek: env.firstDayOfWeek ?? 0,
  };
  const compile = (node: Exclude<JqlNode, { kind: 'not' }>): Predicate => {
    if (node.kind === 'clause') return clausePredicate(node, ctx);
    const parts = node.children.map((c) => compile(withoutNot(c)));
    return node.kind === 'and'
      ? (issue) => parts.every((p) => p(issue))
      : (issue) => parts.some((p) => p(issue));
  };
  return ok(query.where === null ? () => true : compile(withoutNot(query.where)));
}

const compiled = new WeakMap<JqlQuery, { readonly key: string; readonly predicate: Predicate }>();

/**
 * True when the issue matches the query for this searcher at this time. Throws only when
 * `env.timeZone` is not an IANA zone (a host bug); use `compileJql` to get that as a value.
 */
export function matchesJql(query: JqlQuery, issue: JqlIssue, env: JqlEnv): boolean {
  const key = JSON.stringify([env.now, env.timeZone, env.currentUser, env.firstDayOfWeek ?? 0]);
  const cached = compiled.get(query);
  if (cached?.key === key) return cached.predicate(issue);
  const predicate = compileJql(query, env);
  if (!predicate.ok) throw new Error(predicate.error.message);
  compiled.set(query, { key, predicate: predicate.value });
  return predicate.value(issue);
}
