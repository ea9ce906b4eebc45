/** What a route answers: a status, a JSON body (omitted for 204) and extra headers. */
export interface Answer {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** Jira's ErrorCollection body: `{errorMessages, errors}`. */
export const jiraError = (
  status: number,
  errorMessages: readonly string[],
  errors: Record<string, string> = {},
): Answer => ({
  status,
  body: { errorMessages, errors },
});

/** JSM's ErrorResponse body: `{errorMessage}` (the servicedeskapi documents no ErrorCollection). */
export const jsmError = (status: number, errorMessage: string): Answer => ({
  status,
  body: { errorMessage },
});

/** An error in the dialect of the API a path belongs to: JSM's ErrorResponse or Jira's ErrorCollection. */
export const errorAt = (pathname: string, status: number, message: string): Answer =>
  pathname.startsWith('/rest/servicedeskapi/') ? jsmError(status, message) : jiraError(status, [message]);

export const okJson = (body: unknown, status = 200): Answer => ({ status, body });

export const noContent = (): Answer => ({ status: 204 });

/** The 404 Jira gives for an issue the caller cannot see or that does not exist (it does not tell which). */
export const issueNotFound = (): Answer =>
  jiraError(404, ['Issue does not exist or you do not have permission to see it.']);

/** The answer for a caller who may see the issue but not do this to it: 403, unless Jira documents another status. */
export const forbidden = (what: string, status: 400 | 403 | 404 = 403): Answer =>
  jiraError(status, [`You do not have permission to ${what}.`]);
