import { addCause } from '../../../src/domain/improvement/add-cause';
import { editCause } from '../../../src/domain/improvement/edit-cause';
import { editPlan } from '../../../src/domain/improvement/edit-plan';
import type { Improvement } from '../../../src/domain/improvement/improvement';
import { markRootCause, unmarkRootCause } from '../../../src/domain/improvement/mark-root-cause';
import { removeCause } from '../../../src/domain/improvement/remove-cause';
import { submit } from '../../../src/domain/improvement/submit-plan';
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
} from './fixtures';

/** In analysis: root cause c1 (people) with sub-cause c2 and its sub-cause c3; c4 on the method bone. */
const tree = (): Improvement =>
  anImprovement({
    stage: 'analysing',
    causes: [
      aRootCause(),
      aCause({ id: 'c2', text: 'No rota for nights', parentId: 'c1' }),
      aCause({ id: 'c3', text: 'Rota tool has no night template', parentId: 'c2' }),
      aCause({ id: 'c4', category: 'method', text: 'No triage of night chats' }),
    ],
    actions: [],
  });
const sevenWhys = ['1', '2', '3', '4', '5', '6', '7'].map((n) => `Why answer ${n}`);

describe('causes on the fishbone', () => {
  it('adds a cause, trimmed, not yet a root cause', () => {
    const next = must(
      addCause(
        tree(),
        { id: 'c5', category: 'machine', text: ' Chat widget slow ', whys: [' Old server '] },
        PLANNER,
        at(1),
      ),
    );
    expect(next.causes.at(-1)).toEqual({
      id: 'c5',
      category: 'machine',
      text: 'Chat widget slow',
      parentId: null,
      whys: ['Old server'],
      isRootCause: false,
      verification: null,
    });
  });

  it.each<[string, Parameters<typeof addCause>[1], string]>([
    ['an id already used', { id: 'c4', category: 'method', text: 'Again' }, 'CAUSE.DUPLICATE_ID'],
    [
      'a parent that does not exist',
      { id: 'c5', category: 'people', text: 'X', parentId: 'c9' },
      'CAUSE.UNKNOWN_PARENT',
    ],
    [
      'another bone than its parent',
      { id: 'c5', category: 'machine', text: 'X', parentId: 'c1' },
      'CAUSE.CATEGORY_MISMATCH',
    ],
    ['no text', { id: 'c5', category: 'people', text: '  ' }, 'CAUSE.EMPTY_TEXT'],
    [
      'more than seven whys',
      { id: 'c5', category: 'people', text: 'X', whys: [...sevenWhys, '8'] },
      'CAUSE.TOO_MANY_WHYS',
    ],
    ['an empty why', { id: 'c5', category: 'people', text: 'X', whys: ['Because', ' '] }, 'CAUSE.EMPTY_WHY'],
  ])('refuses a cause with %s', (_, cause, code) => {
    expect(codeOf(addCause(tree(), cause, PLANNER, at(1)))).toBe(code);
  });

  it('accepts a 5-Why chain of seven', () => {
    expect(
      codeOf(addCause(tree(), { id: 'c5', category: 'people', text: 'X', whys: sevenWhys }, PLANNER, at(1))),
    ).toBe('ok');
  });

  it('is not open for causes before the analysis starts', () => {
    const identified = { ...tree(), stage: 'identified' as const };
    expect(codeOf(addCause(identified, { id: 'c5', category: 'people', text: 'X' }, PLANNER, at(1)))).toBe(
      'IMPROVEMENT.WRONG_STAGE',
    );
  });

  it('refuses to put a cause under itself or its own branch', () => {
    expect(codeOf(editCause(tree(), 'c1', { parentId: 'c3' }, PLANNER, at(1)))).toBe('CAUSE.CYCLE');
    expect(codeOf(editCause(tree(), 'c2', { parentId: 'c2' }, PLANNER, at(1)))).toBe('CAUSE.CYCLE');
    expect(codeOf(editCause(tree(), 'c9', { text: 'X' }, PLANNER, at(1)))).toBe('CAUSE.UNKNOWN');
  });

  it('moves a branch to another bone or parent together with its sub-causes', () => {
    const moved = must(editCause(tree(), 'c2', { parentId: 'c4' }, PLANNER, at(1)));
    expect(moved.causes.map((c) => [c.id, c.category, c.parentId])).toEqual([
      ['c1', 'people', null],
      ['c2', 'method', 'c4'],
      ['c3', 'method', 'c2'],
      ['c4', 'method', null],
    ]);
    const rebone = must(editCause(tree(), 'c1', { category: 'environment' }, PLANNER, at(1)));
    expect(rebone.causes.map((c) => c.category)).toEqual([
      'environment',
      'environment',
      'environment',
      'method',
    ]);
  });

  it('edits text and the 5-Why chain', () => {
    const next = must(
      editCause(tree(), 'c4', { text: 'Night chats not triaged', whys: ['No rule'] }, PLANNER, at(1)),
    );
    expect(next.causes[3]).toMatchObject({ text: 'Night chats not triaged', whys: ['No rule'] });
  });

  it('removes a cause with its whole branch', () => {
    const next = must(removeCause(tree(), 'c2', PLANNER, at(1)));
    expect(next.causes.map((c) => c.id)).toEqual(['c1', 'c4']);
    expect(codeOf(removeCause(tree(), 'c9', PLANNER, at(1)))).toBe('CAUSE.UNKNOWN');
  });

  it('refuses to remove a cause, or a branch holding one, that an action addresses', () => {
    const planned = must(
      editPlan(
        tree(),
        tree().causes,
        [anAction({ what: 'Add a night rota template', rootCauseId: 'c3' })],
        PLANNER,
        at(1),
      ),
    );
    const result = removeCause(planned, 'c2', PLANNER, at(2));
    expect(codeOf(result)).toBe('CAUSE.ADDRESSED_BY_ACTION');
    expect(messageOf(result)).toBe(
      "Cause 'Rota tool has no night template' cannot be removed: Action 'Add a night rota template' addresses it — " +
        'point the action at another root cause or remove the action first',
    );
  });

  it('marks a root cause with its evidence, verified by the actor now', () => {
    const next = must(
      markRootCause(
        tree(),
        'c4',
        { method: 'processReplay', note: ' Replayed 12 night chats ', jql: ' ' },
        'ann',
        at(3),
      ),
    );
    expect(next.causes[3]).toMatchObject({
      isRootCause: true,
      verification: {
        method: 'processReplay',
        note: 'Replayed 12 night chats',
        jql: null,
        verifiedBy: 'ann',
        verifiedAt: at(3),
      },
    });
  });

  it('refuses a root cause without evidence', () => {
    const result = markRootCause(tree(), 'c4', { method: 'interview', note: '' }, 'ann', at(3));
    expect(codeOf(result)).toBe('CAUSE.NOT_VERIFIED');
    expect(messageOf(result)).toBe(
      "Root cause 'No triage of night chats' has no verification note — say what the evidence showed",
    );
    expect(codeOf(editPlan(tree(), [aCause({ isRootCause: true })], [], PLANNER, at(3)))).toBe(
      'CAUSE.NOT_VERIFIED',
    );
    expect(codeOf(markRootCause(tree(), 'c9', { method: 'data', note: 'n' }, 'ann', at(3)))).toBe(
      'CAUSE.UNKNOWN',
    );
  });

  it('unmarks a root cause; its actions then keep the plan from being submitted', () => {
    const next = must(unmarkRootCause(anImprovement(), 'c1', PLANNER, at(3)));
    expect(next.causes[0]).toMatchObject({ isRootCause: false, verification: null });
    const result = submit(next, { approvers: ['ann'], policy: { kind: 'any' } }, PLANNER, at(4));
    expect(messageOf(result)).toContain(
      "addresses 'Night shift understaffed', which is not marked as a root cause",
    );
  });

  it('sends an approved plan back to approval when a root cause changes', () => {
    const next = must(
      editCause(anImprovementAt('approved'), 'c1', { text: 'Night shift has one agent' }, PLANNER, at(40)),
    );
    expect(next.stage).toBe('awaitingApproval');
  });
});
