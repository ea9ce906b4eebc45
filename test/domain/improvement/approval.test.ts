import { approvalStatus, countingDecisions } from '../../../src/domain/improvement/approval-status';
import { approve } from '../../../src/domain/improvement/approve';
import { canStartImplementation } from '../../../src/domain/improvement/can-start-implementation';
import type { ApprovalPolicy, Improvement } from '../../../src/domain/improvement/improvement';
import { reject } from '../../../src/domain/improvement/reject';
import { submit } from '../../../src/domain/improvement/submit-plan';
import { anImprovement, APPROVERS, at, codeOf, messageOf, must, PLANNER, submitted } from './fixtures';

const decide = (i: Improvement, ...approvers: string[]): Improvement =>
  approvers.reduce((next, by, n) => must(approve(next, {}, by, at(10 + n))), i);

describe('approving and rejecting the plan', () => {
  it.each<[string, ApprovalPolicy, string[], string]>([
    ['any: the first approval', { kind: 'any' }, ['ann'], 'approved'],
    ['all: not before every approver', { kind: 'all' }, ['ann', 'bob'], 'awaitingApproval'],
    ['all: every approver', { kind: 'all' }, ['ann', 'bob', 'cat'], 'approved'],
    ['2 of 3: not on one', { kind: 'nOfM', n: 2 }, ['cat'], 'awaitingApproval'],
    ['2 of 3: on the second', { kind: 'nOfM', n: 2 }, ['cat', 'ann'], 'approved'],
  ])('completes per policy — %s', (_, policy, approvers, stage) => {
    expect(decide(submitted(anImprovement(), policy), ...approvers).stage).toBe(stage);
  });

  it('records each decision on the submitted plan hash, with a version per decision', () => {
    const s = submitted(anImprovement(), { kind: 'nOfM', n: 2 });
    const next = must(approve(s, { comment: ' Fine by me ' }, 'bob', at(5)));
    expect(next.approval.decisions).toEqual([
      { by: 'bob', at: at(5), decision: 'approve', comment: 'Fine by me', planHash: s.approval.planHash },
    ]);
    expect(next.version).toBe(s.version + 1);
  });

  it('lets only the named approvers decide', () => {
    const result = approve(submitted(), {}, 'zed', at(5));
    expect(codeOf(result)).toBe('IMPROVEMENT.NOT_AN_APPROVER');
    expect(messageOf(result)).toContain('(ann, bob and cat)');
    expect(codeOf(reject(submitted(), { comment: 'No' }, 'zed', at(5)))).toBe('IMPROVEMENT.NOT_AN_APPROVER');
  });

  it('keeps the submitter from approving or rejecting their own plan, even when named as an approver', () => {
    const s = must(
      submit(anImprovement(), { approvers: [PLANNER, 'ann'], policy: { kind: 'any' } }, PLANNER, at(0)),
    );
    expect(codeOf(approve(s, {}, PLANNER, at(5)))).toBe('IMPROVEMENT.SEGREGATION_OF_DUTIES');
    expect(codeOf(reject(s, { comment: 'Oops' }, PLANNER, at(5)))).toBe('IMPROVEMENT.SEGREGATION_OF_DUTIES');
  });

  it('under "all", needs every approver except the submitter', () => {
    const s = must(
      submit(
        anImprovement(),
        { approvers: [PLANNER, 'ann', 'bob'], policy: { kind: 'all' } },
        PLANNER,
        at(0),
      ),
    );
    expect(approvalStatus(s.approval).eligible).toEqual(['ann', 'bob']);
    expect(decide(s, 'ann', 'bob').stage).toBe('approved');
  });

  it('counts each approver once: a second decision on the same plan is refused', () => {
    const once = decide(submitted(anImprovement(), { kind: 'nOfM', n: 2 }), 'ann');
    const result = approve(once, {}, 'ann', at(30));
    expect(codeOf(result)).toBe('IMPROVEMENT.ALREADY_DECIDED');
    expect(messageOf(result)).toBe('You already approved this version of the plan');
  });

  it('needs a comment to reject', () => {
    const result = reject(submitted(), { comment: '   ' }, 'ann', at(5));
    expect(codeOf(result)).toBe('IMPROVEMENT.REJECTION_NEEDS_COMMENT');
  });

  it('returns the plan to planning on any rejection, even after approvals, keeping the decisions as history', () => {
    const approvedOnce = decide(submitted(anImprovement(), { kind: 'nOfM', n: 2 }), 'ann');
    const rejected = must(reject(approvedOnce, { comment: ' Costs too much ' }, 'bob', at(20)));
    expect(rejected.stage).toBe('planning');
    expect(rejected.approval.decisions.map((d) => [d.by, d.decision, d.comment])).toEqual([
      ['ann', 'approve', ''],
      ['bob', 'reject', 'Costs too much'],
    ]);
  });

  it('starts a new round on resubmission: approvals from before the rejection no longer count', () => {
    const approvedOnce = decide(submitted(anImprovement(), { kind: 'nOfM', n: 2 }), 'ann');
    const rejected = must(reject(approvedOnce, { comment: 'Not yet' }, 'bob', at(20)));
    const again = must(
      submit(rejected, { approvers: [...APPROVERS], policy: { kind: 'nOfM', n: 2 } }, PLANNER, at(30)),
    );
    expect(again.approval.planHash).toBe(approvedOnce.approval.planHash);
    expect(countingDecisions(again.approval)).toEqual([]);
    const annAgain = must(approve(again, {}, 'ann', at(31)));
    expect(annAgain.stage).toBe('awaitingApproval');
    expect(must(approve(annAgain, {}, 'bob', at(32))).stage).toBe('approved');
  });

  it('reports who the approval is still waiting for', () => {
    const status = approvalStatus(decide(submitted(anImprovement(), { kind: 'all' }), 'bob').approval);
    expect(status).toEqual({
      eligible: [...APPROVERS],
      approvedBy: ['bob'],
      waitingFor: ['ann', 'cat'],
      required: 3,
      complete: false,
    });
  });

  it('an approved plan may start implementation', () => {
    expect(canStartImplementation(decide(submitted(), 'cat'))).toEqual({ ok: true, value: true });
  });
});
