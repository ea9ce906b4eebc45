import fc from 'fast-check';
import { editAction } from '../../../src/domain/improvement/action-edits';
import { setActionDone } from '../../../src/domain/improvement/action-progress';
import { approvalStatus, countingDecisions } from '../../../src/domain/improvement/approval-status';
import { approve } from '../../../src/domain/improvement/approve';
import { canStartImplementation } from '../../../src/domain/improvement/can-start-implementation';
import { close } from '../../../src/domain/improvement/close';
import {
  STAGES,
  type ClosureCode,
  type Improvement,
  type Stage,
} from '../../../src/domain/improvement/improvement';
import { planHash } from '../../../src/domain/improvement/plan-hash';
import { recordCheck } from '../../../src/domain/improvement/record-check';
import { reject } from '../../../src/domain/improvement/reject';
import { startAnalysis } from '../../../src/domain/improvement/start-analysis';
import { startChecking } from '../../../src/domain/improvement/start-checking';
import { startImplementation } from '../../../src/domain/improvement/start-implementation';
import { startPlanning } from '../../../src/domain/improvement/start-planning';
import { submit } from '../../../src/domain/improvement/submit-plan';
import type { Result } from '../../../src/domain/result';
import { aCheck, anImprovement, at } from './fixtures';

const people = fc.constantFrom('pat', 'ann', 'bob', 'cat', 'zed');
const { checkedBy: _by, checkedAt: _at, ...checkPayload } = aCheck();

type Step = (i: Improvement, now: string) => Result<Improvement>;
const step: fc.Arbitrary<Step> = fc.oneof(
  people.map(
    (by): Step =>
      (i, now) =>
        startAnalysis(i, {}, by, now),
  ),
  people.map(
    (by): Step =>
      (i, now) =>
        startPlanning(i, {}, by, now),
  ),
  fc
    .tuple(
      people,
      fc.subarray(['pat', 'ann', 'bob', 'cat']),
      fc.constantFrom<'any' | 'all' | 1 | 2 | 3>('any', 'all', 1, 2, 3),
    )
    .map(
      ([by, approvers, p]): Step =>
        (i, now) =>
          submit(
            i,
            { approvers, policy: typeof p === 'number' ? { kind: 'nOfM', n: p } : { kind: p } },
            by,
            now,
          ),
    ),
  people.map(
    (by): Step =>
      (i, now) =>
        approve(i, {}, by, now),
  ),
  fc.tuple(people, fc.constantFrom('', 'Too costly')).map(
    ([by, comment]): Step =>
      (i, now) =>
        reject(i, { comment }, by, now),
  ),
  people.map(
    (by): Step =>
      (i, now) =>
        startImplementation(i, {}, by, now),
  ),
  fc.tuple(people, fc.boolean()).map(
    ([by, done]): Step =>
      (i, now) =>
        setActionDone(i, 'a1', done, by, now),
  ),
  people.map(
    (by): Step =>
      (i, now) =>
        startChecking(i, {}, by, now),
  ),
  fc.constantFrom(...(['effective', 'not-effective'] as const)).map(
    (verdict): Step =>
      (i, now) =>
        recordCheck(i, { ...checkPayload, verdict }, 'ann', now),
  ),
  fc.tuple(people, fc.integer({ min: 1000, max: 1002 })).map(
    ([by, cost]): Step =>
      (i, now) =>
        editAction(i, 'a1', { cost }, by, now),
  ),
  fc.constantFrom<ClosureCode>('successful', 'unsuccessful', 'withdrawn').map(
    (code): Step =>
      (i, now) =>
        close(i, { code, standard: 'KB-1', learnings: 'Learned' }, 'ann', now),
  ),
);

const index = (stage: Stage) => STAGES.indexOf(stage);

/** The moves the lifecycle allows: stay, one stage on, back (rejection, changed plan), or withdrawal. */
function allowedMove(from: Stage, to: Improvement): boolean {
  if (to.stage === from || index(to.stage) === index(from) + 1) return true;
  if (from === 'awaitingApproval' && to.stage === 'planning') return true;
  if (['approved', 'implementing', 'checking'].includes(from) && to.stage === 'awaitingApproval') return true;
  return to.stage === 'closed' && to.closure?.code === 'withdrawn';
}

describe('any sequence of commands', () => {
  it('never skips a stage, moves back only as the rules say, and adds one version per accepted command', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        let current = anImprovement({ stage: 'identified' });
        for (const [n, run] of steps.entries()) {
          const result = run(current, at(n));
          if (!result.ok) continue;
          const next = result.value;
          expect(allowedMove(current.stage, next)).toBe(true);
          expect(next.version).toBe(current.version + 1);
          if (next.stage === 'approved') expect(approvalStatus(next.approval).complete).toBe(true);
          if (next.stage === 'implementing' && current.stage === 'approved')
            expect(canStartImplementation(current).ok).toBe(true);
          if (['awaitingApproval', 'approved', 'implementing'].includes(next.stage))
            expect(next.approval.planHash).toBe(planHash(next));
          // Segregation of duties: the submitter's own decisions never count.
          expect(countingDecisions(next.approval).map((d) => d.by)).not.toContain(next.approval.submittedBy);
          current = next;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reaches every stage in some sequence (the generator is not vacuous)', () => {
    const reached = new Set<Stage>();
    fc.assert(
      fc.property(fc.array(step, { minLength: 20, maxLength: 80 }), (steps) => {
        let current = anImprovement({ stage: 'identified' });
        for (const [n, run] of steps.entries()) {
          const result = run(current, at(n));
          if (result.ok) current = result.value;
          reached.add(current.stage);
        }
      }),
      { numRuns: 500, seed: 42 },
    );
    expect([...reached].sort()).toEqual([...STAGES].sort());
  });
});
