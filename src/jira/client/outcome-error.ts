import type { z } from 'zod';
import type { JiraResponse } from '../port';
import { JiraError } from './jira-error';
import type { AttemptOutcome } from './send-attempt';
import type { CallLabel } from './status-error';
import { errorFromResponse, sentences } from './status-error';

const MAX_LISTED = 5;

const formatPath = (path: readonly PropertyKey[]): string =>
  path.length === 0
    ? '(body)'
    : path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');

/** A zod error as one line: `issues[0].key: Invalid input: expected string, received undefined; …`. */
export const describeZodError = (error: z.ZodError): string => {
  const listed = error.issues.slice(0, MAX_LISTED).map((i) => `${formatPath(i.path)}: ${i.message}`);
  const more = error.issues.length - listed.length;
  return more > 0 ? `${listed.join('; ')} (and ${more} more)` : listed.join('; ');
};

/** A 2xx answer whose body failed the endpoint's response schema. */
export const unexpectedBodyError = (response: JiraResponse, error: z.ZodError, label: CallLabel): JiraError =>
  new JiraError({
    code: 'JIRA.UNEXPECTED_RESPONSE',
    message:
      `${label.call} answered HTTP ${response.status}, but its body is not what Quality Loop expects ` +
      `(a Jira API change, or a proxy answering instead of Jira): ${describeZodError(error)}`,
    status: response.status,
    call: label.call,
    endpoint: label.endpoint,
    attempts: label.attempts,
  });

// Duck-typed rather than `instanceof Error`: errors may come from another realm (Node's fetch
// under a test VM), and system errors keep their code (ECONNREFUSED, …) on `code` or on `cause`.
const field = (value: unknown, name: string): unknown => {
  if (typeof value !== 'object' || value === null) return undefined;
  const found: unknown = Reflect.get(value, name);
  return found;
};

const describeCause = (error: unknown): string => {
  const message = field(error, 'message');
  if (typeof message !== 'string') return String(error);
  const code = [field(error, 'code'), field(field(error, 'cause'), 'code')].find(
    (c) => typeof c === 'string',
  );
  return typeof code === 'string' && !message.includes(code) ? `${message} (${code})` : message;
};

/** The JiraError for the last outcome of a call that will not be attempted again. */
export const errorFromOutcome = (outcome: AttemptOutcome, label: CallLabel): JiraError => {
  if (outcome.kind === 'answered') return errorFromResponse(outcome.response, label);
  const tries = label.attempts > 1 ? ` (${label.attempts} attempts)` : '';
  const [code, what] =
    outcome.kind === 'timed-out'
      ? (['JIRA.TIMEOUT', `got no answer from Jira within ${outcome.afterMs} ms${tries}`] as const)
      : (['JIRA.UNREACHABLE', `could not reach Jira${tries}: ${describeCause(outcome.error)}`] as const);
  const parts = [`${label.call} ${what}`, label.stopReason];
  return new JiraError({
    code,
    message: sentences(parts),
    status: null,
    call: label.call,
    endpoint: label.endpoint,
    attempts: label.attempts,
    cause: outcome.kind === 'transport-failed' ? outcome.error : undefined,
  });
};
