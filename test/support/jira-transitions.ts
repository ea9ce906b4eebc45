import type { JiraClient, JiraResult } from '../../src/jira/client';
import { doTransition, getTransitions } from '../../src/jira/endpoints';

/** Moves an issue along the transition leading to a status (as Jira's buttons do); refuses an unknown one. */
export async function moveTo(jira: JiraClient, key: string, status: string): Promise<JiraResult<void>> {
  const transitions = await getTransitions(jira, key);
  if (!transitions.ok) return transitions;
  const transition = transitions.value.find((t) => t.to?.name === status);
  if (!transition)
    throw new Error(
      `${key} has no transition to ${status}: ${transitions.value.map((t) => t.to?.name).join(', ')}`,
    );
  return doTransition(jira, key, { transition: { id: transition.id } });
}
