import type { DomainError, Result } from '../../domain/result';

/** Stable codes of a failed Jira or JSM call; the app branches on these, never on the message text. */
export type JiraErrorCode =
  | 'JIRA.BAD_REQUEST' // 400: Jira rejected what we sent (bad JQL, missing field); errorMessages say why
  | 'JIRA.UNAUTHORIZED' // 401: credentials or app installation not accepted
  | 'JIRA.FORBIDDEN' // 403: missing Jira permission or OAuth scope
  | 'JIRA.NOT_FOUND' // 404: does not exist, or not visible to this user or app
  | 'JIRA.CONFLICT' // 409: the resource changed or is locked
  | 'JIRA.REJECTED' // any other 4xx (413, 422, …)
  | 'JIRA.RATE_LIMITED' // 429 after every allowed attempt
  | 'JIRA.SERVER_ERROR' // 5xx after every allowed attempt
  | 'JIRA.UNEXPECTED_STATUS' // 1xx or 3xx: never a Jira REST answer
  | 'JIRA.UNREACHABLE' // the transport failed (connection refused or cut) after every allowed attempt
  | 'JIRA.TIMEOUT' // no answer within the call's time budget
  | 'JIRA.UNEXPECTED_RESPONSE' // 2xx, but the body does not match the response schema
  | 'JIRA.INVALID_CALL'; // not sent: our own arguments were unusable (bad path segment, oversized value)

/** What a JiraError is built from. */
export interface JiraErrorDetails {
  readonly code: JiraErrorCode;
  readonly message: string;
  /** HTTP status of the last answer; null when Jira never answered. */
  readonly status: number | null;
  /** The concrete call without its query string, e.g. `GET /rest/api/3/issue/SUP-1`. */
  readonly call: string;
  /** The call's endpoint as the OpenAPI document names it, e.g. `GET /rest/api/3/issue/{issueIdOrKey}`. */
  readonly endpoint: string;
  readonly errorMessages?: readonly string[];
  readonly errors?: Readonly<Record<string, string>>;
  /** Requests sent for this call, retries included. */
  readonly attempts?: number;
  readonly cause?: unknown;
}

/**
 * A failed Jira call, as a value: every client call resolves to `Result<T, JiraError>` and never
 * rejects. It is also an Error, so a background handler can `throw` it (see `orThrow`) and Forge
 * records the failure with a readable message.
 */
export class JiraError extends Error implements DomainError {
  readonly code: JiraErrorCode;
  readonly status: number | null;
  readonly call: string;
  readonly endpoint: string;
  readonly errorMessages: readonly string[];
  readonly errors: Readonly<Record<string, string>>;
  readonly attempts: number;

  constructor(details: JiraErrorDetails) {
    super(details.message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'JiraError';
    this.code = details.code;
    this.status = details.status;
    this.call = details.call;
    this.endpoint = details.endpoint;
    this.errorMessages = details.errorMessages ?? [];
    this.errors = details.errors ?? {};
    this.attempts = details.attempts ?? 0;
  }
}

/** What every Jira call resolves to. */
export type JiraResult<T> = Result<T, JiraError>;

/** The value of an ok result; throws the JiraError otherwise (for background handlers that rethrow). */
export const orThrow = <T>(result: JiraResult<T>): T => {
  if (!result.ok) throw result.error;
  return result.value;
};
