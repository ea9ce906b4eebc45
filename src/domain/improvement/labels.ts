import type { Action, Cause, Stage } from './improvement';

/** How a stage reads in a message. */
export const STAGE_LABEL: Readonly<Record<Stage, string>> = {
  identified: 'identified',
  analysing: 'in analysis',
  planning: 'in planning',
  awaitingApproval: 'awaiting approval',
  approved: 'approved',
  implementing: 'being implemented',
  checking: 'being checked',
  closed: 'closed',
};

/** How an action is named in a message: by what it does, or by id while that is still empty. */
export function actionLabel(action: Action): string {
  const what = action.what.trim();
  return what === '' ? `Action ${action.id} (no description yet)` : `Action '${what}'`;
}

/** How a cause is named in a message. */
export function causeLabel(cause: Cause): string {
  const text = cause.text.trim();
  return text === '' ? `cause ${cause.id}` : `'${text}'`;
}

/** The calendar date (YYYY-MM-DD) of an ISO instant as written (its own offset, UTC for `Z`). */
export function dayOf(nowIso: string): string {
  return nowIso.slice(0, 10);
}

/** A list in prose: `a`, `a and b`, `a, b and c`. */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/** Lower-cases the first letter, to continue a sentence with a message written to stand alone. */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
