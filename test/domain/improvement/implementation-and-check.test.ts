import { setActionDone } from '../../../src/domain/improvement/action-progress';
import { canStartImplementation } from '../../../src/domain/improvement/can-start-implementation';
import type { Improvement } from '../../../src/domain/improvement/improvement';
import { recordCheck, type CheckPayload } from '../../../src/domain/improvement/record-check';
import { startChecking } from '../../../src/domain/improvement/start-checking';
import { startImplementation } from '../../../src/domain/improvement/start-implementation';
import { aCheck, anAction, anImprovementAt, at, codeOf, messageOf, must, PLANNER } from './fixtures';

const { checkedBy: _by, checkedAt: _at, ...checkPayload } = aCheck();

describe('starting implementation', () => {
  it('starts from an approved plan', () => {
    const approved = anImprovementAt('approved');
    const next = must(startImplementation(approved, {}, PLANNER, at(30)));
    expect(next.stage).toBe('implementing');
    expect(next.version).toBe(approved.version + 1);
  });

  it('is refused, for the workflow validator too, when the plan is not (or no longer) approved', () => {
    const waiting = anImprovementAt('awaitingApproval');
    expect(codeOf(canStartImplementation(waiting))).toBe('IMPROVEMENT.NOT_APPROVED');
    expect(messageOf(canStartImplementation(waiting))).toBe(
      'SUP-42 is awaiting approval, not approved — implementation starts once the plan is approved',
    );
    expect(codeOf(startImplementation(waiting, {}, PLANNER, at(30)))).toBe('IMPROVEMENT.WRONG_STAGE');
  });

  it('is refused when the plan was changed behind the rules after approval (hash recomputed)', () => {
    const approved = anImprovementAt('approved');
    const tampered: Improvement = { ...approved, actions: [anAction({ owner: 'mallory' })] };
    expect(codeOf(canStartImplementation(tampered))).toBe('IMPROVEMENT.PLAN_CHANGED');
    expect(codeOf(startImplementation(tampered, {}, PLANNER, at(30)))).toBe('IMPROVEMENT.PLAN_CHANGED');
  });

  it('is refused when an approved improvement lacks the approvals its policy needs', () => {
    const approved = anImprovementAt('approved');
    const short: Improvement = { ...approved, approval: { ...approved.approval, policy: { kind: 'all' } } };
    const result = canStartImplementation(short);
    expect(codeOf(result)).toBe('IMPROVEMENT.NOT_APPROVED');
    expect(messageOf(result)).toBe(
      'The current plan has 1 of the 3 approvals it needs; waiting for bob and cat',
    );
  });
});

describe('checking the effect', () => {
  it('starts once every action is done', () => {
    const two = anImprovementAt('implementing', {
      actions: [anAction(), anAction({ id: 'a2', what: 'Publish a night FAQ page' })],
    });
    const result = startChecking(two, {}, PLANNER, at(30));
    expect(codeOf(result)).toBe('IMPROVEMENT.ACTIONS_NOT_DONE');
    expect(messageOf(result)).toBe(
      "Not done yet: Action 'Add a night shift on the chat queue' and Action 'Publish a night FAQ page' — " +
        'finish them (or change the plan) before checking the effect',
    );
    const done = ['a1', 'a2'].reduce((i, id) => must(setActionDone(i, id, true, 'olga', at(31))), two);
    expect(must(startChecking(done, {}, PLANNER, at(32))).stage).toBe('checking');
  });

  it('records the check as made by the actor now, replacing an earlier one', () => {
    const checking = anImprovementAt('checking');
    const first = must(recordCheck(checking, checkPayload, 'ann', at(40)));
    expect(first.check).toEqual({ ...checkPayload, checkedBy: 'ann', checkedAt: at(40) });
    expect(first.stage).toBe('checking');
    const second = must(recordCheck(first, { ...checkPayload, verdict: 'improved' }, 'bob', at(41)));
    expect(second.check).toMatchObject({ verdict: 'improved', checkedBy: 'bob' });
  });

  it.each<[string, Partial<CheckPayload>, string]>([
    ['a significance level of 0', { alpha: 0 }, 'Significance level 0 must be between 0 and 1'],
    ['a p-value above 1', { pValue: 1.5 }, 'p-value 1.5 must be between 0 and 1'],
    [
      'a negative count',
      { after: { ...checkPayload.after, observations: -1 } },
      '-1 is not a number of observations',
    ],
    [
      'a window ending before it starts',
      { after: { ...checkPayload.after, to: '2026-04-01' } },
      'ends (2026-04-01) before it starts',
    ],
  ])('refuses a check with %s', (_, change, message) => {
    const result = recordCheck(anImprovementAt('checking'), { ...checkPayload, ...change }, 'ann', at(40));
    expect(codeOf(result)).toBe('IMPROVEMENT.INVALID_CHECK');
    expect(messageOf(result)).toContain(message);
  });
});
