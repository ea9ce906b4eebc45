import type { DomainError } from '../../../domain/result';

/** Stable codes of the ways a JQL query can be refused. */
export type JqlErrorCode =
  | 'JQL.SYNTAX'
  | 'JQL.UNKNOWN_FIELD'
  | 'JQL.UNKNOWN_FUNCTION'
  | 'JQL.UNSUPPORTED_OPERATOR'
  | 'JQL.INVALID_VALUE'
  | 'JQL.UNBOUNDED'
  | 'JQL.BAD_ENVIRONMENT';

/**
 * A refused query. `message` reads like Jira's; `messages` holds every validation message
 * (Jira lists them all in `errorMessages`), with `message` first.
 */
export interface JqlError extends DomainError {
  readonly code: JqlErrorCode;
  readonly messages: readonly string[];
}

/** Where a token starts: 1-based line and character, as Jira reports them. */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

/** An error carrying one message. */
export const jqlError = (code: JqlErrorCode, message: string): JqlError => ({
  code,
  message,
  messages: [message],
});

/** A syntax error: Jira prefixes the detail and, unless it is about the end of the query, adds the position. */
export const syntaxError = (detail: string, at: SourcePosition | null): JqlError =>
  jqlError(
    'JQL.SYNTAX',
    `Error in the JQL Query: ${detail}${at ? ` (line ${at.line}, character ${at.column})` : ''}`,
  );

/** Thrown inside the tokenizer and parser, caught at their boundary and returned as a value. */
export class JqlFailure extends Error {
  constructor(readonly error: JqlError) {
    super(error.message);
  }
}

/** Jira's answer to a search without any restriction on the enhanced search endpoints. */
export const unboundedQueryError = (): JqlError =>
  jqlError(
    'JQL.UNBOUNDED',
    'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.',
  );
