import { editAction } from '../../../src/domain/improvement/action-edits';
import { linkSubtask, setActionDone } from '../../../src/domain/improvement/action-progress';
import { approvalStatus, countingDecisions } from '../../../src/domain/improvement/approval-status';
import { approve } from '../../../src/domain/improvement/approve';
import { canStartImplementation } from '../../../src/domain/improvement/can-start-implementation';
import { editPlan } from '../../../src/domain/improvement/edit-plan';
import type { Improvement } from '../../../src/domain/improvement/improvement';
import { markRootCause } from '../../../src/domain/improvement/mark-root-cause';
import { planHash } from '../../../src/domain/improvement/plan-hash';
import {
  aCause,
  anAction,
  anImprovement,
  anImprovementAt,
  aRootCause,
  at,
  codeOf,
  messageOf,
  must,
  PLANNER,
  submitted,
} from './fixtures';

const cheaper = (i: Improvement, by = PLANNER, minute = 40) =>
  editAction(i, 'a1', { cost: 900 }, by, at(minute));

describe('editing the plan', () => {
  it.each(['identified', 'closed'] as const)('is refused while %s', (stage) => {
    const result = editPlan(anImprovementAt(stage), [aRootCause()], [anAction()], PLANNER, at(40));
    expect(codeOf(result)).toBe('IMPROVEMENT.WRONG_STAGE');
  });

  it.each(['analysing', 'planning'] as const)('applies freely while %s, drafts included', (stage) => {
    const draft = anAction({ id: 'a2', what: '', owner: null, rootCauseId: null });
    const next = must(
      editPlan(anImprovement({ stage }), [aRootCause()], [anAction(), draft], PLANNER, at(40)),
    );
    expect(next.stage).toBe(stage);
    expect(next.actions).toHaveLength(2);
    expect(next.approval).toEqual(anImprovement().approval);
  });

  it('sends an approved plan whose content changed back to approval, as resubmitted by the editor', () => {
    const approved = anImprovementAt('approved');
    const next = must(cheaper(approved, 'ann'));
    expect(next.stage).toBe('awaitingApproval');
    expect(next.approval.planHash).toBe(planHash(next));
    expect(next.approval.planHash).not.toBe(approved.approval.planHash);
    expect(next.approval.submittedBy).toBe('ann');
    expect(next.approval.submittedAt).toBe(at(40));
    expect(next.approval.decisions).toEqual(approved.approval.decisions);
    expect(countingDecisions(next.approval)).toEqual([]);
    expect(codeOf(canStartImplementation(next))).toBe('IMPROVEMENT.NOT_APPROVED');
    expect(codeOf(approve(next, {}, 'ann', at(41)))).toBe('IMPROVEMENT.SEGREGATION_OF_DUTIES');
    expect(must(approve(next, {}, 'bob', at(41))).stage).toBe('approved');
  });

  it('stops counting approvals given before a change while awaiting approval', () => {
    const s = submitted(anImprovement(), { kind: 'nOfM', n: 2 });
    const annApproved = must(approve(s, {}, 'ann', at(5)));
    const changed = must(cheaper(annApproved));
    expect(changed.stage).toBe('awaitingApproval');
    expect(approvalStatus(changed.approval).approvedBy).toEqual([]);
    expect(must(approve(changed, {}, 'bob', at(41))).stage).toBe('awaitingApproval');
  });

  it('does not revive old approvals when a change is undone', () => {
    const approved = anImprovementAt('approved');
    const changed = must(cheaper(approved));
    const undone = must(editAction(changed, 'a1', { cost: 1200 }, PLANNER, at(41)));
    expect(undone.approval.planHash).toBe(approved.approval.planHash);
    expect(undone.stage).toBe('awaitingApproval');
    expect(approvalStatus(undone.approval).complete).toBe(false);
  });

  it.each<[string, (i: Improvement) => Improvement]>([
    ['linking a sub-task', (i) => must(linkSubtask(i, 'a1', 'SUP-43', 'olga', at(40)))],
    [
      're-listing the same plan in another order with other spacing',
      (i) =>
        must(
          editPlan(
            i,
            [...i.causes].reverse(),
            i.actions.map((a) => ({ ...a, what: ` ${a.what} ` })),
            'ann',
            at(40),
          ),
        ),
    ],
    [
      're-verifying a root cause with the same evidence',
      (i) =>
        must(
          markRootCause(
            i,
            'c1',
            {
              method: 'data',
              note: i.causes[0]?.verification?.note ?? '',
              jql: i.causes[0]?.verification?.jql ?? null,
            },
            'bob',
            at(40),
          ),
        ),
    ],
    [
      'adding a cause that is not a root cause',
      (i) =>
        must(
          editPlan(
            i,
            [...i.causes, aCause({ id: 'c2', text: 'Chat widget slow' })],
            i.actions,
            'ann',
            at(40),
          ),
        ),
    ],
  ])('keeps the approval after a change that leaves the plan hash as it was: %s', (_, change) => {
    const approved = anImprovementAt('approved');
    const next = change(approved);
    expect(next.stage).toBe('approved');
    expect(next.approval).toEqual(approved.approval);
    expect(canStartImplementation(next)).toEqual({ ok: true, value: true });
  });

  it('sends a plan changed during implementation back to approval, keeping progress', () => {
    const implementing = anImprovementAt('implementing', {
      actions: [anAction(), anAction({ id: 'a2', what: 'Route night chats to the email queue' })],
    });
    const progressed = must(setActionDone(implementing, 'a2', true, 'olga', at(30)));
    expect(progressed.stage).toBe('implementing');
    const next = must(cheaper(progressed));
    expect(next.stage).toBe('awaitingApproval');
    expect(next.actions.map((a) => a.done)).toEqual([false, true]);
  });

  it('refuses a change after submission that leaves the plan incomplete', () => {
    const result = editAction(anImprovementAt('approved'), 'a1', { owner: null }, PLANNER, at(40));
    expect(codeOf(result)).toBe('IMPROVEMENT.PLAN_INCOMPLETE');
    expect(messageOf(result)).toBe(
      'This change would send the plan back for approval, but it is not complete; ' +
        "Action 'Add a night shift on the chat queue': no owner — assign the person responsible",
    );
  });

  it('does not hold done actions to their past due date when the plan is resubmitted', () => {
    const implementing = anImprovementAt('implementing', {
      actions: [
        anAction(),
        anAction({ id: 'a2', what: 'Route night chats to the email queue', dueDate: '2026-03-03' }),
      ],
    });
    const done = must(setActionDone(implementing, 'a2', true, 'olga', at(30)));
    expect(codeOf(cheaper(done, PLANNER, 3 * 24 * 60))).toBe('ok');
  });

  it('refuses a resubmission by an approver that leaves too few other approvers for the policy', () => {
    const s = submitted(anImprovement(), { kind: 'nOfM', n: 3 });
    expect(codeOf(cheaper(s, 'ann'))).toBe('IMPROVEMENT.POLICY_UNSATISFIABLE');
  });

  it('lets actions be marked done only while implementing', () => {
    const result = setActionDone(anImprovement(), 'a1', true, 'olga', at(40));
    expect(codeOf(result)).toBe('ACTION.DONE_OUTSIDE_IMPLEMENTATION');
    expect(
      codeOf(editPlan(anImprovement(), [aRootCause()], [anAction({ done: true })], PLANNER, at(40))),
    ).toBe('ACTION.DONE_OUTSIDE_IMPLEMENTATION');
  });

  it('refuses duplicate action ids and actions on causes that do not exist', () => {
    const twice = editPlan(
      anImprovement(),
      [aRootCause()],
      [anAction(), anAction({ what: 'Other' })],
      PLANNER,
      at(40),
    );
    expect(codeOf(twice)).toBe('ACTION.DUPLICATE_ID');
    const nowhere = editPlan(
      anImprovement(),
      [aRootCause()],
      [anAction({ rootCauseId: 'c7' })],
      PLANNER,
      at(40),
    );
    expect(codeOf(nowhere)).toBe('ACTION.UNKNOWN_ROOT_CAUSE');
  });
});
