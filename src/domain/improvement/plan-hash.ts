import { canonicalJson } from './canonical-json';
import { fnv1a64 } from './fnv1a-64';
import type { Action, Cause, Improvement } from './improvement';

/** The parts of an improvement a plan consists of. */
export type Plan = Pick<Improvement, 'causes' | 'actions'>;

/**
 * What an approval binds to: the causes marked root cause with their evidence (method, note, JQL — not
 * who verified it or when), and each action's SMART content (not `done`, not `subtaskKey`). Causes and
 * actions are sets, so they are ordered by id; text is compared with surrounding and repeated
 * whitespace ignored; sub-causes, 5-Why answers and causes not marked root cause are not part of it.
 */
export function planContent(plan: Plan): unknown {
  return {
    rootCauses: sortById(plan.causes.filter((cause) => cause.isRootCause)).map(rootCauseContent),
    actions: sortById(plan.actions).map(actionContent),
  };
}

/** A stable hash of the plan content (see `planContent`): `fnv1a64:` and 16 hex digits. */
export function planHash(plan: Plan): string {
  return `fnv1a64:${fnv1a64(canonicalJson(planContent(plan)))}`;
}

function rootCauseContent(cause: Cause): unknown {
  const v = cause.verification;
  return {
    id: cause.id,
    category: cause.category,
    text: tidy(cause.text),
    verification:
      v === null ? null : { method: v.method, note: tidy(v.note), jql: v.jql === null ? null : tidy(v.jql) },
  };
}

function actionContent(action: Action): unknown {
  return {
    id: action.id,
    what: tidy(action.what),
    owner: action.owner,
    dueDate: action.dueDate,
    measure: tidy(action.measure),
    measureTarget: tidy(action.measureTarget),
    resources: tidy(action.resources),
    cost: action.cost,
    // Risks have no ids: as a set, ordered by their own text.
    risks: action.risks
      .map((r) => canonicalJson({ risk: tidy(r.risk), contingency: tidy(r.contingency) }))
      .sort(),
    rootCauseId: action.rootCauseId,
  };
}

function sortById<T extends { readonly id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function tidy(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}
