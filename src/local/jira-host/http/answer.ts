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

export const okJson = (body: unknown, status = 200): Answer => ({ status, body });

export const noContent = (): Answer => ({ status: 204 });

/** The 404 Jira gives for an issue the caller cannot see or that does not exist (it does not tell which). */
export const issueNotFound = (): Answer =>
  jiraError(404, ['Issue does not exist or you do not have permission to see it.']);

/** The 403 for a caller who may see the issue but not do this to it. */
export const forbidden = (what: string): Answer => jiraError(403, [`You do not have permission to ${what}.`]);
