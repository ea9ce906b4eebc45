import type { Action } from './improvement';
import { vagueness } from './vague-what';

/** The five SMART elements of an action. */
export type SmartElement = 'specific' | 'measurable' | 'achievable' | 'relevant' | 'timeBound';

/** One missing SMART element, explained in words the action's author can act on. */
export interface SmartHint {
  readonly element: SmartElement;
  readonly message: string;
}

/**
 * What keeps an action from being SMART, at most one hint per element; empty when complete.
 * `today` (YYYY-MM-DD) is the first acceptable due date; null skips that test (for actions already done).
 */
export function smartCheck(action: Action, today: string | null): SmartHint[] {
  const hints: SmartHint[] = [];
  const add = (element: SmartElement, message: string | null): void => {
    if (message !== null) hints.push({ element, message });
  };
  add('specific', vagueness(action.what));
  add('measurable', measurability(action.measure.trim(), action.measureTarget.trim()));
  add('achievable', achievability(action));
  if (action.rootCauseId === null)
    add('relevant', 'Addresses no root cause — link it to the verified root cause it removes');
  add('timeBound', timeliness(action.dueDate, today));
  return hints;
}

function measurability(measure: string, target: string): string | null {
  if (measure === '' && target === '')
    return 'No measure and no target value — say how you will know it worked and what value counts as done (e.g. "chats answered within 60 s" reaching "90%")';
  if (measure === '')
    return 'No measure — say how you will know it worked (e.g. "chats answered within 60 s")';
  if (target === '') return `No target value for "${measure}" — say what value counts as done (e.g. "90%")`;
  if (!/\p{Nd}/u.test(target))
    return `Target "${target}" is not a value — give a number to reach (e.g. "90%" or "under 2 hours")`;
  return null;
}

function achievability(action: Action): string | null {
  const problems: string[] = [];
  const fixes: string[] = [];
  if ((action.owner ?? '').trim() === '') {
    problems.push('no owner');
    fixes.push('assign the person responsible');
  }
  if (action.resources.trim() === '' && action.cost === null) {
    problems.push('no resources or cost');
    fixes.push('say what it needs (people, tools or budget)');
  }
  if (action.cost !== null && !(action.cost >= 0)) {
    problems.push(`a cost of ${action.cost}`);
    fixes.push('give the cost as zero or more');
  }
  if (problems.length === 0) return null;
  const text = `${problems.join(' and ')} — ${fixes.join(' and ')}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function timeliness(dueDate: string | null, today: string | null): string | null {
  if (dueDate === null || dueDate.trim() === '') return 'No due date — set the date by which it will be done';
  if (!isCalendarDate(dueDate)) return `Due date "${dueDate}" is not a date — use YYYY-MM-DD`;
  if (today !== null && dueDate < today) return `Due date ${dueDate} is in the past — pick ${today} or later`;
  return null;
}

function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === text;
}
