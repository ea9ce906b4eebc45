import { err, ok, type Result } from '../../domain/result';
import type { AppError } from '../app-error';

/** A Jira project key as JQL may carry it unquoted (SUP, IT_HELP); anything else is refused up front. */
export function checkProjectKey(projectKey: string): Result<string, AppError> {
  return /^[A-Z][A-Z0-9_]*$/.test(projectKey)
    ? ok(projectKey)
    : err({
        code: 'VALIDATION.INVALID_INPUT',
        message: `"${projectKey}" is not a Jira project key such as SUP`,
      });
}
