import { err, ok, type Result } from '../../../domain/result';
import type { IssueView } from '../db/issue-store';
import {
  compileJql,
  isBounded,
  orderBy,
  parseJql,
  unboundedQueryError,
  type EntityPropertyIndex,
  type JqlError,
} from '../jql';
import type { Account } from '../site/accounts';

/** A compiled search: which issues it finds and in which order. */
export interface CompiledSearch {
  matches(issue: IssueView): boolean;
  compare(a: IssueView, b: IssueView): number;
}

/**
 * Compiles JQL for the enhanced search as the caller runs it (their time zone and account for
 * date functions and currentUser()); unbounded queries are refused, as Jira Cloud refuses them.
 */
export function compileSearch(
  jql: string,
  caller: Account,
  now: number,
  aliases: readonly EntityPropertyIndex[] = [],
): Result<CompiledSearch, JqlError> {
  const query = parseJql(jql, { aliases });
  if (!query.ok) return query;
  if (!isBounded(query.value)) return err(unboundedQueryError());
  const predicate = compileJql(query.value, {
    now,
    timeZone: caller.timeZone,
    currentUser: caller.accountId,
  });
  if (!predicate.ok) return predicate;
  return ok({ matches: predicate.value, compare: orderBy(query.value) });
}
