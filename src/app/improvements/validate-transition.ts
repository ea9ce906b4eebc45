import { canStartImplementation } from '../../domain/improvement';
import type { JiraClient } from '../../jira/client';
import { readImprovement } from './improvement-repository';

/** What a Jira workflow validator answers. */
export interface TransitionVerdict {
  readonly result: boolean;
  readonly errorMessage?: string;
}

/**
 * The `jira:workflowValidator` on "Start implementation": the same rule the resolvers apply, so
 * Jira's own transition buttons cannot start an unapproved or since-changed plan.
 */
export async function validateStartImplementation(
  jiraAsApp: JiraClient,
  issueKey: string,
): Promise<TransitionVerdict> {
  const improvement = await readImprovement(jiraAsApp, issueKey);
  if (!improvement.ok) return { result: false, errorMessage: improvement.error.message };
  const allowed = canStartImplementation(improvement.value);
  return allowed.ok ? { result: true } : { result: false, errorMessage: allowed.error.message };
}
