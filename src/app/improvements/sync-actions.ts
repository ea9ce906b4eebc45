import { z } from 'zod';
import { err, ok, type Result } from '../../domain/result';
import type { Action, Improvement } from '../../domain/improvement';
import { createIssue, editIssue, getIssue } from '../../jira/endpoints';
import type { JiraClient } from '../../jira/client';
import { fromJira, type AppError } from '../app-error';

const subtaskFields = z.object({
  fields: z.object({
    status: z.object({ statusCategory: z.object({ key: z.string() }) }),
    assignee: z.object({ accountId: z.string() }).nullish(),
    duedate: z.string().nullish(),
  }),
});

/**
 * Jira → plan: each action's owner, due date and done flag as its sub-task now has them
 * (assignee, due date, status category Done), so work done in Jira shows in the plan.
 */
export async function readActionsFromSubtasks(
  jira: JiraClient,
  improvement: Improvement,
): Promise<Result<Action[], AppError>> {
  const actions: Action[] = [];
  for (const action of improvement.actions) {
    if (!action.subtaskKey) {
      actions.push(action);
      continue;
    }
    const issue = await getIssue(jira, action.subtaskKey, { fields: ['status', 'assignee', 'duedate'] });
    if (!issue.ok) return err(fromJira(issue.error, `Reading action ${action.subtaskKey}`));
    const fields = subtaskFields.safeParse(issue.value);
    if (!fields.success)
      return err({
        code: 'JIRA.UNEXPECTED',
        message: `Action ${action.subtaskKey} came back without status, assignee or due date`,
      });
    const f = fields.data.fields;
    actions.push({
      ...action,
      owner: f.assignee?.accountId ?? null,
      dueDate: f.duedate ?? null,
      done: f.status.statusCategory.key === 'done',
    });
  }
  return ok(actions);
}

/**
 * Plan → Jira: creates a sub-task for each new action and brings existing ones' summary, assignee and
 * due date up to date. Returns the actions with their sub-task keys.
 */
export async function writeActionsToSubtasks(
  jira: JiraClient,
  improvement: Improvement,
  actionTypeId: string,
  previous: readonly Action[],
): Promise<Result<Action[], AppError>> {
  const synced: Action[] = [];
  for (const action of improvement.actions) {
    const fields = {
      summary: action.what.slice(0, 250) || `Action ${action.id}`,
      assignee: action.owner ? { accountId: action.owner } : null,
      duedate: action.dueDate,
    };
    if (!action.subtaskKey) {
      const created = await createIssue(jira, {
        fields: {
          project: { key: improvement.problem.scope.projectKey },
          issuetype: { id: actionTypeId },
          parent: { key: improvement.key },
          ...fields,
        },
      });
      if (!created.ok) return err(fromJira(created.error, `Creating the sub-task of ${actionLabel(action)}`));
      synced.push({ ...action, subtaskKey: created.value.key });
      continue;
    }
    const before = previous.find((a) => a.id === action.id);
    const changed =
      !before ||
      before.what !== action.what ||
      before.owner !== action.owner ||
      before.dueDate !== action.dueDate;
    if (changed) {
      const edited = await editIssue(jira, action.subtaskKey, { fields });
      if (!edited.ok) return err(fromJira(edited.error, `Updating ${action.subtaskKey}`));
    }
    synced.push(action);
  }
  return ok(synced);
}

const actionLabel = (action: Action) => (action.what ? `'${action.what}'` : `action ${action.id}`);
