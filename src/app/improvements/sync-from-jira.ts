import { z } from 'zod';
import { ok, type Result } from '../../domain/result';
import { editPlan, type Improvement } from '../../domain/improvement';
import { getIssue } from '../../jira/endpoints';
import type { AppError } from '../app-error';
import type { AppPorts, Caller } from '../ports';
import { changeImprovement } from './change-improvement';
import { readImprovement } from './improvement-repository';
import { readActionsFromSubtasks } from './sync-actions';

const parentOf = z.object({ fields: z.object({ parent: z.object({ key: z.string() }).nullish() }) });

/**
 * Issue-event trigger: when an action's sub-task changes in Jira (assignee, due date, done), the plan
 * follows. Idempotent: the same event twice leaves the same record, and nothing is written when
 * the plan already agrees with Jira. A done flag only moves while the improvement is being implemented.
 */
export async function syncActionFromJira(
  ports: AppPorts,
  issueKey: string,
): Promise<Result<Improvement | null, AppError>> {
  const issue = await getIssue(ports.jira, issueKey, { fields: ['parent'] });
  if (!issue.ok) return ok(null);
  const parent = parentOf.safeParse(issue.value).data?.fields.parent?.key;
  if (!parent) return ok(null);
  const improvement = await readImprovement(ports.jira, parent);
  if (!improvement.ok || !improvement.value.actions.some((a) => a.subtaskKey === issueKey)) return ok(null);
  const fromJira = await readActionsFromSubtasks(ports.jira, improvement.value);
  if (!fromJira.ok) return fromJira;
  const implementing = improvement.value.stage === 'implementing';
  const actions = fromJira.value.map((a, i) => {
    const before = improvement.value.actions[i];
    return implementing || !before ? a : { ...a, done: before.done };
  });
  if (
    JSON.stringify(actions) === JSON.stringify(improvement.value.actions) ||
    improvement.value.stage === 'closed'
  )
    return ok(improvement.value);
  const app: Caller = { accountId: 'quality-loop', locale: 'en_US', timeZone: 'UTC' };
  return changeImprovement(ports, app, parent, improvement.value.version, (current, now) =>
    editPlan(current, current.causes, actions, app.accountId, now),
  );
}
