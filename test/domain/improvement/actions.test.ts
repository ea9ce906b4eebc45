import { addAction, editAction, removeAction } from '../../../src/domain/improvement/action-edits';
import { linkSubtask } from '../../../src/domain/improvement/action-progress';
import { anAction, anImprovement, at, codeOf, must, PLANNER } from './fixtures';

describe('actions of the plan', () => {
  it('adds a draft action with empty content, not done, no sub-task', () => {
    const next = must(addAction(anImprovement(), { id: 'a2', what: 'Publish a night FAQ' }, PLANNER, at(1)));
    expect(next.actions[1]).toEqual({
      id: 'a2',
      what: 'Publish a night FAQ',
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
    expect(codeOf(addAction(anImprovement(), { id: 'a1' }, PLANNER, at(1)))).toBe('ACTION.DUPLICATE_ID');
  });

  it('edits only what is given, and never the id', () => {
    const next = must(
      editAction(anImprovement(), 'a1', { owner: 'oscar', dueDate: '2026-05-15' }, PLANNER, at(1)),
    );
    expect(next.actions).toEqual([anAction({ owner: 'oscar', dueDate: '2026-05-15' })]);
  });

  it('removes an action', () => {
    expect(must(removeAction(anImprovement(), 'a1', PLANNER, at(1))).actions).toEqual([]);
  });

  it('links the Jira sub-task that carries an action out', () => {
    expect(must(linkSubtask(anImprovement(), 'a1', 'SUP-43', 'olga', at(1))).actions[0]?.subtaskKey).toBe(
      'SUP-43',
    );
  });

  it('names an action that does not exist', () => {
    expect(codeOf(editAction(anImprovement(), 'a9', { owner: 'x' }, PLANNER, at(1)))).toBe('ACTION.UNKNOWN');
    expect(codeOf(removeAction(anImprovement(), 'a9', PLANNER, at(1)))).toBe('ACTION.UNKNOWN');
    expect(codeOf(linkSubtask(anImprovement(), 'a9', 'SUP-1', PLANNER, at(1)))).toBe('ACTION.UNKNOWN');
  });
});
