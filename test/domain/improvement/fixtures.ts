import type {
  Action,
  ApprovalPolicy,
  Cause,
  EffectivenessCheck,
  Improvement,
  Stage,
  Verification,
} from '../../../src/domain/improvement/improvement';
import { approve } from '../../../src/domain/improvement/approve';
import { close } from '../../../src/domain/improvement/close';
import { NO_APPROVAL } from '../../../src/domain/improvement/next-cycle';
import { recordCheck } from '../../../src/domain/improvement/record-check';
import { setActionDone } from '../../../src/domain/improvement/action-progress';
import { startChecking } from '../../../src/domain/improvement/start-checking';
import { startImplementation } from '../../../src/domain/improvement/start-implementation';
import { submit } from '../../../src/domain/improvement/submit-plan';
import type { Result } from '../../../src/domain/result';

/** The planner who submits; ann, bob and cat approve. */
export const PLANNER = 'pat';
export const APPROVERS = ['ann', 'bob', 'cat'] as const;
export const TODAY = '2026-03-02';

/** An instant `minutes` after 09:00 on TODAY (UTC), so that a test's steps happen in order. */
export function at(minutes: number): string {
  return new Date(Date.parse(`${TODAY}T09:00:00Z`) + minutes * 60_000).toISOString();
}

export function aVerification(overrides: Partial<Verification> = {}): Verification {
  return {
    method: 'data',
    note: '62% of chats after 22:00 waited over 10 minutes',
    jql: 'project = SUP AND "Channel" = Chat',
    verifiedBy: 'pat',
    verifiedAt: at(-600),
    ...overrides,
  };
}

export function aCause(overrides: Partial<Cause> = {}): Cause {
  return {
    id: 'c1',
    category: 'people',
    text: 'Night shift understaffed',
    parentId: null,
    whys: ['Chats wait long at night', 'Only one agent on the night shift'],
    isRootCause: false,
    verification: null,
    ...overrides,
  };
}

/** A verified root cause. */
export function aRootCause(overrides: Partial<Cause> = {}): Cause {
  return aCause({ isRootCause: true, verification: aVerification(), ...overrides });
}

/** A SMART-complete action addressing root cause c1. */
export function anAction(overrides: Partial<Action> = {}): Action {
  return {
    id: 'a1',
    what: 'Add a night shift on the chat queue',
    owner: 'olga',
    dueDate: '2026-04-30',
    measure: 'Chats answered within 60 s between 22:00 and 06:00',
    measureTarget: '90%',
    resources: 'Two agents from the day team',
    cost: 1200,
    risks: [{ risk: 'Day team short-handed', contingency: 'Hire a temp' }],
    rootCauseId: 'c1',
    subtaskKey: null,
    done: false,
    ...overrides,
  };
}

export function aCheck(overrides: Partial<EffectivenessCheck> = {}): EffectivenessCheck {
  return {
    after: { from: '2026-05-01', to: '2026-05-31', value: 0.91, observations: 840 },
    test: 'two-proportion-z',
    statistic: 4.2,
    pValue: 0.00003,
    alpha: 0.05,
    targetMet: true,
    verdict: 'effective',
    checkedBy: 'ann',
    checkedAt: at(10_000),
    ...overrides,
  };
}

/** An improvement in planning with a plan ready to submit (one verified root cause, one SMART action). */
export function anImprovement(overrides: Partial<Improvement> = {}): Improvement {
  return {
    key: 'SUP-42',
    version: 3,
    stage: 'planning',
    problem: {
      statement: 'Night chats wait too long for a first response',
      scope: { projectKey: 'SUP', jql: '"Channel" = Chat', dimensions: { requestType: 'Logistics enquiry' } },
      kpi: 'frtMedianMs',
      slaName: null,
      baseline: { from: '2026-01-01', to: '2026-01-31', value: 540_000, observations: 812 },
      target: 60_000,
      reviewDate: '2026-06-30',
    },
    evidence: ['SUP-7', 'SUP-9'],
    causes: [aRootCause()],
    actions: [anAction()],
    approval: NO_APPROVAL,
    check: null,
    closure: null,
    previousCycle: null,
    createdBy: 'pat',
    createdAt: at(-1000),
    ...overrides,
  };
}

/** The value of a result that must have succeeded; the test fails with the refusal otherwise. */
export function must<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** The refusal code of a result, or 'ok'. */
export function codeOf(result: Result<unknown>): string {
  return result.ok ? 'ok' : result.error.code;
}

/** The refusal message of a result, or '' when it succeeded. */
export function messageOf(result: Result<unknown>): string {
  return result.ok ? '' : result.error.message;
}

/** Submitted by PLANNER to ann, bob and cat (policy `any` unless given) at `at(0)`. */
export function submitted(
  improvement: Improvement = anImprovement(),
  policy: ApprovalPolicy = { kind: 'any' },
) {
  return must(submit(improvement, { approvers: [...APPROVERS], policy }, PLANNER, at(0)));
}

/**
 * An improvement taken to `stage` through the real commands (so hashes, decisions and versions are
 * what the rules make them): implementing with no action done yet, checking with no check recorded yet;
 * stages up to planning by override of the ready plan.
 */
export function anImprovementAt(stage: Stage, overrides: Partial<Improvement> = {}): Improvement {
  const start = anImprovement(overrides);
  if (stage === 'identified' || stage === 'analysing' || stage === 'planning') return { ...start, stage };
  const steps: ((i: Improvement) => Result<Improvement>)[] = [
    (i) => submit(i, { approvers: [...APPROVERS], policy: { kind: 'any' } }, PLANNER, at(0)),
    (i) => approve(i, {}, 'ann', at(1)),
    (i) => startImplementation(i, {}, PLANNER, at(2)),
    (i) =>
      i.actions.reduce<Result<Improvement>>(
        (r, a) => (r.ok ? setActionDone(r.value, a.id, true, 'olga', at(3)) : r),
        { ok: true, value: i },
      ),
    (i) => startChecking(i, {}, PLANNER, at(4)),
    (i) => recordCheck(i, aCheck(), 'ann', at(5)),
    (i) =>
      close(
        i,
        { code: 'successful', standard: 'KB-101', learnings: 'Staff to the arrival curve' },
        'ann',
        at(6),
      ),
  ];
  const order: Stage[] = [
    'awaitingApproval',
    'approved',
    'implementing',
    'implementing',
    'checking',
    'checking',
    'closed',
  ];
  let current = start;
  for (const [i, step] of steps.entries()) {
    current = must(step(current));
    if (order[i] === stage) return current;
  }
  return current;
}
