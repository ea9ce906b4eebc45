import type { DomainError } from '../domain/result';
import type { JiraError } from '../jira/client';

/** A failure a use case reports: a stable code and a message a person can act on. */
export type AppError = DomainError;

/** Translates a Jira failure into the app's terms without leaking more than the person needs. */
export function fromJira(error: JiraError, doing: string): AppError {
  if (error.status === 404)
    return { code: 'NOT_FOUND', message: `${doing}: Jira says it does not exist or you cannot see it` };
  if (error.status === 403 || error.status === 401)
    return {
      code: 'AUTH.FORBIDDEN',
      message: `${doing}: Jira refused it for your account (${error.status})`,
    };
  if (error.status === 400) {
    const said = [...error.errorMessages, ...Object.values(error.errors)].join('; ');
    return {
      code: 'JIRA.BAD_REQUEST',
      message: `${doing}: Jira refused the request${said ? `: ${said}` : ''}`,
    };
  }
  return { code: 'JIRA.ERROR', message: `${doing}: ${error.message}` };
}
