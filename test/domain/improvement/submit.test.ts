import { planHash } from '../../../src/domain/improvement/plan-hash';
import { submit } from '../../../src/domain/improvement/submit-plan';
import {
  aCause,
  anAction,
  anImprovement,
  aRootCause,
  at,
  aVerification,
  codeOf,
  messageOf,
  must,
  PLANNER,
} from './fixtures';

const toApprovers = { approvers: ['ann', 'bob'], policy: { kind: 'any' as const } };

describe('submitting the plan for approval', () => {
  it('moves a complete plan to awaiting approval, bound to its plan hash, by the submitter', () => {
    const improvement = anImprovement();
    const next = must(submit(improvement, toApprovers, PLANNER, at(0)));
    expect(next.stage).toBe('awaitingApproval');
    expect(next.version).toBe(improvement.version + 1);
    expect(next.approval).toEqual({
      approvers: ['ann', 'bob'],
      policy: { kind: 'any' },
      submittedBy: PLANNER,
      submittedAt: at(0),
      planHash: planHash(improvement),
      decisions: [],
    });
  });

  it('lists everything missing at once, naming each action and root cause', () => {
    const improvement = anImprovement({
      causes: [aCause({ id: 'c1', text: 'Night shift understaffed', isRootCause: true, verification: null })],
      actions: [anAction({ what: 'Add a night shift', owner: null })],
    });
    const result = submit(improvement, toApprovers, PLANNER, at(0));
    expect(codeOf(result)).toBe('IMPROVEMENT.PLAN_INCOMPLETE');
    expect(messageOf(result)).toBe(
      "Root cause 'Night shift understaffed' is not verified — record the data, interview or process replay that shows it; " +
        "Action 'Add a night shift': no owner — assign the person responsible",
    );
  });

  it.each([
    ['no actions', { actions: [] }, 'The plan has no actions'],
    ['no root cause', { causes: [aCause()] }, 'No cause is marked as a root cause'],
    [
      'an action on a cause that is not a root cause',
      {
        causes: [aRootCause(), aCause({ id: 'c2', text: 'Old macros' })],
        actions: [anAction({ rootCauseId: 'c2' })],
      },
      "addresses 'Old macros', which is not marked as a root cause",
    ],
    [
      'an action on a cause that does not exist',
      { actions: [anAction({ rootCauseId: 'c9' })] },
      'addresses cause c9, which does not exist',
    ],
    ['an action that is not SMART', { actions: [anAction({ dueDate: null })] }, 'no due date'],
    [
      'a root cause with an empty note',
      { causes: [aRootCause({ verification: aVerification({ note: ' ' }) })] },
      'has no verification note',
    ],
  ])('refuses a plan with %s', (_, overrides, message) => {
    const result = submit(anImprovement(overrides), toApprovers, PLANNER, at(0));
    expect(codeOf(result)).toBe('IMPROVEMENT.PLAN_INCOMPLETE');
    expect(messageOf(result)).toContain(message);
  });

  it("judges due dates against the submitter's date when given, else the date of now", () => {
    const improvement = anImprovement({ actions: [anAction({ dueDate: '2026-03-01' })] });
    expect(messageOf(submit(improvement, toApprovers, PLANNER, at(0)))).toContain(
      "Action 'Add a night shift on the chat queue': due date 2026-03-01 is in the past — pick 2026-03-02 or later",
    );
    expect(codeOf(submit(improvement, { ...toApprovers, today: '2026-03-01' }, PLANNER, at(0)))).toBe('ok');
  });

  it('needs an approver other than the submitter', () => {
    expect(codeOf(submit(anImprovement(), { ...toApprovers, approvers: [] }, PLANNER, at(0)))).toBe(
      'IMPROVEMENT.NO_APPROVERS',
    );
    expect(
      codeOf(submit(anImprovement(), { ...toApprovers, approvers: [PLANNER, ' '] }, PLANNER, at(0))),
    ).toBe('IMPROVEMENT.NO_APPROVERS');
  });

  it('refuses an N-of-M policy that the approvers other than the submitter cannot meet', () => {
    const threeOf = { approvers: [PLANNER, 'ann', 'bob'], policy: { kind: 'nOfM' as const, n: 3 } };
    const result = submit(anImprovement(), threeOf, PLANNER, at(0));
    expect(codeOf(result)).toBe('IMPROVEMENT.POLICY_UNSATISFIABLE');
    expect(messageOf(result)).toContain('needs 3 approvals but only 2 approvers other than the submitter');
    expect(
      codeOf(submit(anImprovement(), { ...threeOf, policy: { kind: 'nOfM', n: 0 } }, PLANNER, at(0))),
    ).toBe('IMPROVEMENT.POLICY_UNSATISFIABLE');
    expect(
      codeOf(submit(anImprovement(), { ...threeOf, policy: { kind: 'nOfM', n: 2 } }, PLANNER, at(0))),
    ).toBe('ok');
  });

  it('keeps each approver once', () => {
    const next = must(
      submit(anImprovement(), { ...toApprovers, approvers: ['ann', ' ann', 'bob'] }, PLANNER, at(0)),
    );
    expect(next.approval.approvers).toEqual(['ann', 'bob']);
  });
});
