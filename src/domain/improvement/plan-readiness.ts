import type { Action, Cause } from './improvement';
import { actionLabel, causeLabel, lowerFirst } from './labels';
import { smartCheck } from './smart-check';
import { verificationProblem } from './validate-causes';

/**
 * Everything that keeps a plan from going to approval, each in words to act on: no actions, no
 * verified root cause, an unverified root cause, an action that is not SMART or that addresses a cause
 * not marked root cause. Empty when the plan can be submitted. Done actions are not held to `today`.
 */
export function planProblems(causes: readonly Cause[], actions: readonly Action[], today: string): string[] {
  const problems: string[] = [];
  const rootCauses = causes.filter((c) => c.isRootCause);
  if (rootCauses.length === 0)
    problems.push(
      'No cause is marked as a root cause — mark at least one, with the evidence that verifies it',
    );
  for (const cause of rootCauses) {
    const problem = verificationProblem(cause);
    if (problem !== null) problems.push(problem);
  }
  if (actions.length === 0) problems.push('The plan has no actions — add at least one SMART action');
  for (const action of actions) {
    for (const hint of smartCheck(action, action.done ? null : today))
      problems.push(`${actionLabel(action)}: ${lowerFirst(hint.message)}`);
    const cause = causes.find((c) => c.id === action.rootCauseId);
    if (action.rootCauseId !== null && cause === undefined)
      problems.push(`${actionLabel(action)} addresses cause ${action.rootCauseId}, which does not exist`);
    else if (cause !== undefined && !cause.isRootCause)
      problems.push(
        `${actionLabel(action)} addresses ${causeLabel(cause)}, which is not marked as a root cause`,
      );
  }
  return problems;
}
