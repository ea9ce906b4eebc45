import { ok, type Result } from '../result';
import { editPlan } from './edit-plan';
import type { Action, Improvement } from './improvement';
import { IMPROVEMENT_ERROR, refuse } from './improvement-errors';

/** The plan content of an action: everything but its id and its progress (`done`, `subtaskKey`). */
export type ActionChanges = Partial<Omit<Action, 'id' | 'done' | 'subtaskKey'>>;

/** Adds an action (a draft may be incomplete: it has to be SMART only when the plan is submitted). */
export function addAction(
  improvement: Improvement,
  action: { readonly id: string } & ActionChanges,
  actor: string,
  nowIso: string,
): Result<Improvement> {
  const added: Action = { ...EMPTY_ACTION, ...action, subtaskKey: null, done: false };
  return editPlan(improvement, improvement.causes, [...improvement.actions, added], actor, nowIso);
}

/** Changes an action's plan content; whatever is left out stays as it is. */
export function editAction(
  improvement: Improvement,
  id: string,
  changes: ActionChanges,
  actor: string,
  nowIso: string,
): Result<Improvement> {
  return changeAction(improvement, id, (action) => ({ ...action, ...changes }), actor, nowIso);
}

/** Removes an action from the plan. */
export function removeAction(
  improvement: Improvement,
  id: string,
  actor: string,
  nowIso: string,
): Result<Improvement> {
  const found = findAction(improvement, id);
  if (!found.ok) return found;
  const actions = improvement.actions.filter((a) => a.id !== id);
  return editPlan(improvement, improvement.causes, actions, actor, nowIso);
}

/** Applies `change` to the action with this id, through the plan-edit rules; `ACTION.UNKNOWN` if there is none. */
export function changeAction(
  improvement: Improvement,
  id: string,
  change: (action: Action) => Action,
  actor: string,
  nowIso: string,
): Result<Improvement> {
  const found = findAction(improvement, id);
  if (!found.ok) return found;
  const actions = improvement.actions.map((a) => (a.id === id ? { ...change(a), id } : a));
  return editPlan(improvement, improvement.causes, actions, actor, nowIso);
}

function findAction(improvement: Improvement, id: string): Result<Action> {
  const action = improvement.actions.find((a) => a.id === id);
  if (action) return ok(action);
  return refuse(
    IMPROVEMENT_ERROR.actionUnknown,
    `${improvement.key} has no action ${id} — it may have been removed`,
  );
}

const EMPTY_ACTION: Omit<Action, 'id'> = {
  what: '',
  owner: null,
  dueDate: null,
  measure: '',
  measureTarget: '',
  resources: '',
  cost: null,
  risks: [],
  rootCauseId: null,
  subtaskKey: null,
  done: false,
};
