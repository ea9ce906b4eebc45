import { type Result } from '../../../domain/result';
import type { JqlQuery } from './ast';
import { checkQuery } from './check-query';
import type { KnownValues } from './check-value';
import type { JqlError } from './errors';
import { parseTokens } from './parser';
import type { EntityPropertyIndex } from './property-indexes';
import { tokenize } from './tokenizer';

/** What a query is read against: the app's declared entity property indexes, and optionally known values. */
export interface ParseJqlOptions {
  readonly aliases?: readonly EntityPropertyIndex[];
  /** When given, values of these fields that are not listed are refused, as Jira refuses unknown values. */
  readonly known?: KnownValues;
}

/**
 * Reads a JQL query as Jira Cloud does for the fields the emulator supports; anything else is
 * an error whose message reads like Jira's, for a 400 `{"errorMessages": [...], "errors": {}}`.
 */
export function parseJql(text: string, options: ParseJqlOptions = {}): Result<JqlQuery, JqlError> {
  const tokens = tokenize(text);
  if (!tokens.ok) return tokens;
  const raw = parseTokens(tokens.value);
  if (!raw.ok) return raw;
  return checkQuery(raw.value, { aliases: options.aliases ?? [], known: options.known ?? {} });
}

/** True when the query restricts the search; Jira's enhanced search refuses unbounded queries. */
export const isBounded = (query: JqlQuery): boolean => query.where !== null;

export type {
  FieldRef,
  JqlClause,
  JqlField,
  JqlNode,
  JqlOperand,
  JqlOperator,
  JqlQuery,
  JqlSort,
  JqlValue,
} from './ast';
export type { PropertyType, SystemFieldId } from './ast';
export type { KnownValues } from './check-value';
export type { Predicate } from './clause-semantics';
export { unboundedQueryError, type JqlError, type JqlErrorCode } from './errors';
export { compileJql, matchesJql } from './evaluator';
export type { JqlEnv, JqlIssue, StatusCategoryKey } from './issue-view';
export { DEFAULT_ORDER, orderBy, type IssueComparator } from './order';
export { printJql } from './print';
export type { EntityPropertyIndex, EntityPropertyValue } from './property-indexes';
