import { err, ok, type Result } from '../../domain/result';
import type { Stage } from '../../domain/improvement/improvement';
import { doTransition, getIssue, getTransitions } from '../../jira/endpoints';
import type { JiraClient } from '../../jira/client';
import { z } from 'zod';
import { fromJira, type AppError } from '../app-error';
import { STAGE_STATUS } from '../install/jira-parts';

const statusOf = z.object({ fields: z.object({ status: z.object({ name: z.string() }) }) });

/**
 * Moves the improvement issue to the Jira status of a stage, when its workflow has that status and a
 * transition to it. Done before the record is saved, so a workflow validator refusing the move
 * (e.g. an unapproved plan) leaves everything as it was.
 */
export async function moveToStage(
  jira: JiraClient,
  key: string,
  stage: Stage,
): Promise<Result<null, AppError>> {
  const wanted = STAGE_STATUS[stage];
  const issue = await getIssue(jira, key, { fields: ['status'] });
  if (!issue.ok) return err(fromJira(issue.error, `Reading the status of ${key}`));
  const current = statusOf.safeParse(issue.value);
  if (current.success && current.data.fields.status.name === wanted) return ok(null);
  const transitions = await getTransitions(jira, key);
  if (!transitions.ok) return err(fromJira(transitions.error, `Reading the transitions of ${key}`));
  const transition = transitions.value.find((t) => t.to?.name === wanted);
  // A site whose workflow lacks the status keeps the stage in the record only.
  if (!transition) return ok(null);
  const moved = await doTransition(jira, key, { transition: { id: transition.id } });
  if (!moved.ok) return err(fromJira(moved.error, `Moving ${key} to ${wanted}`));
  return ok(null);
}
