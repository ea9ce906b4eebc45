import type { JiraResponse } from '../port';
import { describeErrorBody, readErrorBody } from './error-body';
import type { JiraErrorCode } from './jira-error';
import { JiraError } from './jira-error';

/** The stable code for a non-2xx status. */
export const codeForStatus = (status: number): JiraErrorCode => {
  if (status === 400) return 'JIRA.BAD_REQUEST';
  if (status === 401) return 'JIRA.UNAUTHORIZED';
  if (status === 403) return 'JIRA.FORBIDDEN';
  if (status === 404) return 'JIRA.NOT_FOUND';
  if (status === 409) return 'JIRA.CONFLICT';
  if (status === 429) return 'JIRA.RATE_LIMITED';
  if (status >= 500) return 'JIRA.SERVER_ERROR';
  if (status >= 400) return 'JIRA.REJECTED';
  return 'JIRA.UNEXPECTED_STATUS';
};

// What a person can do about each failure, appended to the message.
const HINTS: Partial<Record<JiraErrorCode, string>> = {
  'JIRA.UNAUTHORIZED': 'Check the API token or that the app is installed on this site',
  'JIRA.FORBIDDEN': 'The user or app lacks a Jira permission or an OAuth scope for this call',
  'JIRA.NOT_FOUND': 'It does not exist, or this user or app cannot see it',
  'JIRA.CONFLICT': 'It changed or is being changed; reload and try again',
  'JIRA.RATE_LIMITED': 'Jira is rate limiting this app; try again later or spread the work over time',
  'JIRA.SERVER_ERROR': 'Jira had a problem; try again later',
};

/** Where a failed answer came from: the call, its endpoint, and how many requests it took. */
export interface CallLabel {
  readonly call: string;
  readonly endpoint: string;
  readonly attempts: number;
  /** Why no further attempt was made, when retries were possible in principle. */
  readonly stopReason?: string;
}

/** Joins the defined parts into sentences, without doubled full stops. */
export const sentences = (parts: readonly (string | undefined)[]): string =>
  parts
    .filter((p): p is string => p !== undefined && p !== '')
    .map((p) => p.replace(/\.+$/, ''))
    .join('. ');

/** A JiraError for a non-2xx answer, carrying Jira's errorMessages/errors and a hint. */
export const errorFromResponse = (response: JiraResponse, label: CallLabel): JiraError => {
  const code = codeForStatus(response.status);
  const body = readErrorBody(response.json);
  const said = describeErrorBody(body);
  const tries = label.attempts > 1 ? ` after ${label.attempts} attempts` : '';
  const parts = [
    `${label.call} failed with HTTP ${response.status}${tries}`,
    said === '' ? undefined : `Jira says: ${said}`,
    HINTS[code],
    label.stopReason,
  ];
  return new JiraError({
    code,
    message: sentences(parts),
    status: response.status,
    call: label.call,
    endpoint: label.endpoint,
    errorMessages: body.errorMessages,
    errors: body.errors,
    attempts: label.attempts,
  });
};
