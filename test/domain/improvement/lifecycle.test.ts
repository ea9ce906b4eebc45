import { approve } from '../../../src/domain/improvement/approve';
import { close } from '../../../src/domain/improvement/close';
import { STAGES, type Improvement, type Stage } from '../../../src/domain/improvement/improvement';
import { recordCheck } from '../../../src/domain/improvement/record-check';
import { reject } from '../../../src/domain/improvement/reject';
import { setActionDone } from '../../../src/domain/improvement/action-progress';
import { startAnalysis } from '../../../src/domain/improvement/start-analysis';
import { startChecking } from '../../../src/domain/improvement/start-checking';
import { startImplementation } from '../../../src/domain/improvement/start-implementation';
import { startPlanning } from '../../../src/domain/improvement/start-planning';
import { submit } from '../../../src/domain/improvement/submit-plan';
import type { Result } from '../../../src/domain/result';
import {
  aCheck,
  anImprovement,
  anImprovementAt,
  APPROVERS,
  at,
  codeOf,
  messageOf,
  must,
  PLANNER,
} from './fixtures';

describe('the improvement lifecycle', () => {
  it('walks identified → analysing → planning → awaiting approval → approved → implementing → checking → closed, one version a step', () => {
    const seen: Stage[] = [];
    const versions: number[] = [];
    const track = (i: Improvement): Improvement => {
      seen.push(i.stage);
      versions.push(i.version);
      return i;
    };
    let i = track(anImprovement({ stage: 'identified', version: 1 }));
    i = track(must(startAnalysis(i, {}, PLANNER, at(-3))));
    i = track(must(startPlanning(i, {}, PLANNER, at(-2))));
    i = track(must(submit(i, { approvers: [...APPROVERS], policy: { kind: 'any' } }, PLANNER, at(0))));
    i = track(must(approve(i, { comment: 'Go' }, 'ann', at(1))));
    i = track(must(startImplementation(i, {}, PLANNER, at(2))));
    i = must(setActionDone(i, 'a1', true, 'olga', at(3)));
    i = track(must(startChecking(i, {}, PLANNER, at(4))));
    i = must(recordCheck(i, aCheck(), 'ann', at(5)));
    track(must(close(i, { code: 'successful', standard: 'KB-101', learnings: '' }, 'ann', at(6))));
    expect(seen).toEqual([...STAGES]);
    expect(versions).toEqual([1, 2, 3, 4, 5, 6, 8, 10]);
  });

  // Written out by hand (not read from the LIFECYCLE table) so that a wrong table fails here.
  const allowedFrom: Record<string, readonly Stage[]> = {
    startAnalysis: ['identified'],
    startPlanning: ['analysing'],
    submit: ['planning'],
    approve: ['awaitingApproval'],
    reject: ['awaitingApproval'],
    startImplementation: ['approved'],
    startChecking: ['implementing'],
    recordCheck: ['checking'],
    closeSuccessful: ['checking'],
    closeUnsuccessful: ['checking'],
    withdraw: STAGES.filter((s) => s !== 'closed'),
  };
  const run: Record<string, (i: Improvement) => Result<Improvement>> = {
    startAnalysis: (i) => startAnalysis(i, {}, PLANNER, at(20)),
    startPlanning: (i) => startPlanning(i, {}, PLANNER, at(20)),
    submit: (i) => submit(i, { approvers: [...APPROVERS], policy: { kind: 'any' } }, PLANNER, at(20)),
    approve: (i) => approve(i, {}, 'bob', at(20)),
    reject: (i) => reject(i, { comment: 'Too costly' }, 'bob', at(20)),
    startImplementation: (i) => startImplementation(i, {}, PLANNER, at(20)),
    startChecking: (i) => startChecking(i, {}, PLANNER, at(20)),
    recordCheck: (i) => recordCheck(i, aCheck(), 'ann', at(20)),
    closeSuccessful: (i) => close(i, { code: 'successful', standard: 'KB-1', learnings: 'x' }, 'ann', at(20)),
    closeUnsuccessful: (i) =>
      close(i, { code: 'unsuccessful', standard: null, learnings: 'x' }, 'ann', at(20)),
    withdraw: (i) =>
      close(i, { code: 'withdrawn', standard: null, learnings: 'Merged into SUP-50' }, 'ann', at(20)),
  };
  const cases = Object.keys(run).flatMap((command) => STAGES.map((stage) => [command, stage] as const));

  it.each(cases)('%s from %s: allowed only from the stages the lifecycle names', (command, stage) => {
    const result = run[command]?.(anImprovementAt(stage));
    if (result === undefined) throw new Error(command);
    if (allowedFrom[command]?.includes(stage)) expect(codeOf(result)).not.toBe('IMPROVEMENT.WRONG_STAGE');
    else expect(codeOf(result)).toBe('IMPROVEMENT.WRONG_STAGE');
  });

  it('says what cannot be done, in which stage the improvement is, and when it would be possible', () => {
    const result = submit(
      anImprovement({ stage: 'analysing' }),
      { approvers: ['ann'], policy: { kind: 'any' } },
      PLANNER,
      at(0),
    );
    expect(messageOf(result)).toBe(
      'Cannot submit the plan: SUP-42 is in analysis; this is possible only while it is in planning',
    );
  });

  it('returns a new version and leaves the version it was given untouched', () => {
    const before = anImprovement({ stage: 'identified' });
    const copy = structuredClone(before);
    const after = must(startAnalysis(before, {}, PLANNER, at(0)));
    expect(after.version).toBe(before.version + 1);
    expect(before).toEqual(copy);
  });
});
