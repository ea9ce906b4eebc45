import type { ImprovementRecord } from '@contract/improvement-schema';
import { newId } from './format';

export type Action = ImprovementRecord['actions'][number];
export type ActionPatch = Partial<Omit<Action, 'id'>>;

/** A new, empty action. */
export const emptyAction = (): Action => ({
  id: newId('a'),
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
});

/** The actions with one of them changed. */
export const updateAction = (actions: Action[], id: string, patch: ActionPatch): Action[] =>
  actions.map((a) => (a.id === id ? { ...a, ...patch } : a));
