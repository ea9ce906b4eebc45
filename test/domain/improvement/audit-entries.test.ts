import { addAction, editAction, removeAction } from '../../../src/domain/improvement/action-edits';
import { approve } from '../../../src/domain/improvement/approve';
import { auditEntries } from '../../../src/domain/improvement/audit-entries';
import { close } from '../../../src/domain/improvement/close';
import { editCause } from '../../../src/domain/improvement/edit-cause';
import type { Improvement } from '../../../src/domain/improvement/improvement';
import { anImprovement, anImprovementAt, at, must, PLANNER, submitted } from './fixtures';

const entries = (before: Improvement, after: Improvement) =>
  auditEntries(before, after, 'ann', at(99)).map(({ field, before, after }) => ({ field, before, after }));

describe('audit entries', () => {
  it('stamps every entry with who and when', () => {
    const before = anImprovement();
    const after = { ...before, evidence: [...before.evidence, 'SUP-11'] };
    expect(auditEntries(before, after, 'ann', at(99))).toEqual([
      { at: at(99), by: 'ann', field: 'evidence', before: null, after: 'SUP-11' },
    ]);
  });

  it('has nothing to say when nothing but the version changed', () => {
    const before = anImprovement();
    expect(auditEntries(before, { ...before, version: before.version + 1 }, 'ann', at(99))).toEqual([]);
  });

  it('describes a submission: the stage and the approval set-up', () => {
    const before = anImprovement();
    const after = submitted(before);
    expect(entries(before, after)).toEqual([
      { field: 'stage', before: 'planning', after: 'awaitingApproval' },
      { field: 'approval.approvers', before: [], after: ['ann', 'bob', 'cat'] },
      { field: 'approval.submittedBy', before: null, after: PLANNER },
      { field: 'approval.submittedAt', before: null, after: at(0) },
      { field: 'approval.planHash', before: null, after: after.approval.planHash },
    ]);
  });

  it('appends each new decision as its own entry', () => {
    const before = submitted();
    const after = must(approve(before, { comment: 'Go' }, 'ann', at(5)));
    expect(entries(before, after)).toEqual([
      { field: 'stage', before: 'awaitingApproval', after: 'approved' },
      { field: 'approval.decisions', before: null, after: after.approval.decisions[0] },
    ]);
  });

  it('shows rewritten history whole rather than hiding it', () => {
    const before = anImprovementAt('approved');
    const after = { ...before, approval: { ...before.approval, decisions: [] } };
    expect(entries(before, after)).toEqual([
      { field: 'approval.decisions', before: before.approval.decisions, after: [] },
    ]);
  });

  it('names causes and actions by id: added, removed, or member by member', () => {
    const start = anImprovement();
    const added = must(addAction(start, { id: 'a2', what: 'Publish a night FAQ' }, PLANNER, at(1)));
    expect(entries(start, added)).toEqual([{ field: 'actions[a2]', before: null, after: added.actions[1] }]);
    const edited = must(editAction(added, 'a1', { owner: 'oscar', cost: 900 }, PLANNER, at(2)));
    expect(entries(added, edited)).toEqual([
      { field: 'actions[a1].owner', before: 'olga', after: 'oscar' },
      { field: 'actions[a1].cost', before: 1200, after: 900 },
    ]);
    const removed = must(removeAction(edited, 'a2', PLANNER, at(3)));
    expect(entries(edited, removed)).toEqual([
      { field: 'actions[a2]', before: edited.actions[1], after: null },
    ]);
    const renamed = must(editCause(start, 'c1', { text: 'One agent at night' }, PLANNER, at(4)));
    expect(entries(start, renamed)).toEqual([
      { field: 'causes[c1].text', before: 'Night shift understaffed', after: 'One agent at night' },
    ]);
  });

  it('names problem fields, evidence removed, and the closure', () => {
    const before = anImprovementAt('checking');
    const withdrawn = must(
      close(before, { code: 'withdrawn', standard: null, learnings: 'Merged' }, 'ann', at(9)),
    );
    const after = { ...withdrawn, problem: { ...withdrawn.problem, target: 90_000 }, evidence: ['SUP-9'] };
    expect(entries(before, after)).toEqual([
      { field: 'stage', before: 'checking', after: 'closed' },
      { field: 'problem.target', before: 60_000, after: 90_000 },
      { field: 'evidence', before: 'SUP-7', after: null },
      { field: 'closure', before: null, after: withdrawn.closure },
    ]);
  });
});
