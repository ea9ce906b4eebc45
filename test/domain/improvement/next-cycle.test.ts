import { close } from '../../../src/domain/improvement/close';
import { NO_APPROVAL, nextCycle } from '../../../src/domain/improvement/next-cycle';
import {
  aCause,
  aCheck,
  anAction,
  anImprovement,
  anImprovementAt,
  aRootCause,
  at,
  codeOf,
  must,
} from './fixtures';

/** Closed successfully: c1 fixed by a done action, c2 a root cause nobody acted on, c3 a sub-cause under c2. */
const closedSuccessfully = () =>
  anImprovementAt('closed', {
    causes: [
      aRootCause(),
      aRootCause({ id: 'c2', category: 'method', text: 'No triage of night chats' }),
      aRootCause({ id: 'c3', category: 'method', text: 'No triage rule in the queue', parentId: 'c2' }),
      aCause({ id: 'c4', text: 'Rota tool clumsy' }),
    ],
    actions: [anAction()],
  });

describe('starting another cycle', () => {
  it('opens an identified improvement on the same problem, continuing the closed one', () => {
    const closed = closedSuccessfully();
    const next = must(nextCycle(closed, 'SUP-77', 'bob', at(100)));
    expect(next).toMatchObject({
      key: 'SUP-77',
      version: 1,
      stage: 'identified',
      evidence: closed.evidence,
      actions: [],
      approval: NO_APPROVAL,
      check: null,
      closure: null,
      previousCycle: 'SUP-42',
      createdBy: 'bob',
      createdAt: at(100),
    });
    expect(next.problem).toEqual({
      ...closed.problem,
      statement: `${closed.problem.statement}\n\nLearnings from SUP-42 (successful): Staff to the arrival curve`,
      baseline: aCheck().after,
    });
  });

  it('carries over the root causes the cycle left unresolved, on their own bone', () => {
    const next = must(nextCycle(closedSuccessfully(), 'SUP-77', 'bob', at(100)));
    expect(next.causes.map((c) => [c.id, c.parentId, c.isRootCause, c.verification !== null])).toEqual([
      ['c2', null, true, true],
      ['c3', null, true, true],
    ]);
  });

  it('after a withdrawal, carries all root causes and keeps the baseline when nothing was checked', () => {
    const planning = anImprovement();
    const withdrawn = must(
      close(planning, { code: 'withdrawn', standard: null, learnings: 'Wrong owner team' }, 'pat', at(5)),
    );
    const next = must(nextCycle(withdrawn, 'SUP-78', 'pat', at(6)));
    expect(next.causes.map((c) => c.id)).toEqual(['c1']);
    expect(next.problem.baseline).toEqual(planning.problem.baseline);
    expect(next.problem.statement).toContain('Learnings from SUP-42 (withdrawn): Wrong owner team');
  });

  it('starts only from a closed improvement', () => {
    expect(codeOf(nextCycle(anImprovementAt('checking'), 'SUP-79', 'pat', at(6)))).toBe(
      'IMPROVEMENT.WRONG_STAGE',
    );
  });
});
