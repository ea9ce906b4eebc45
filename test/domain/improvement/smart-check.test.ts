import fc from 'fast-check';
import type { Action } from '../../../src/domain/improvement/improvement';
import { smartCheck, type SmartElement } from '../../../src/domain/improvement/smart-check';
import { anAction, TODAY } from './fixtures';

const hintsOf = (overrides: Partial<Action>, today: string | null = TODAY) =>
  smartCheck(anAction(overrides), today);
const elementsOf = (overrides: Partial<Action>, today: string | null = TODAY) =>
  hintsOf(overrides, today).map((h) => h.element);

describe('the SMART check of an action', () => {
  it('finds nothing missing in a complete action', () => {
    expect(smartCheck(anAction(), TODAY)).toEqual([]);
  });

  it('explains every missing element of an empty action, in order', () => {
    const empty = {
      what: '',
      owner: null,
      dueDate: null,
      measure: '',
      measureTarget: '',
      resources: '',
      cost: null,
      rootCauseId: null,
    };
    expect(hintsOf(empty)).toEqual([
      {
        element: 'specific',
        message: '"What" is empty — say what will be done, e.g. "Add a night shift to the chat queue"',
      },
      {
        element: 'measurable',
        message:
          'No measure and no target value — say how you will know it worked and what value counts as done (e.g. "chats answered within 60 s" reaching "90%")',
      },
      {
        element: 'achievable',
        message:
          'No owner and no resources or cost — assign the person responsible and say what it needs (people, tools or budget)',
      },
      {
        element: 'relevant',
        message: 'Addresses no root cause — link it to the verified root cause it removes',
      },
      { element: 'timeBound', message: 'No due date — set the date by which it will be done' },
    ]);
  });

  it.each([
    ['Fix chat', 'fewer than 3 words'],
    ['Improve the service quality', 'uses only generic words'],
    ['Optimise and improve our processes', 'uses only generic words'],
    ['加夜班', 'fewer than 3 words'],
    ['改进服务质量', 'uses only generic words'],
  ])('calls "%s" too vague (%s)', (what, reason) => {
    const [hint] = hintsOf({ what });
    expect(hint?.element).toBe('specific');
    expect(hint?.message).toContain(reason);
  });

  it.each([
    'Add a night shift',
    'Improve the chat greeting macro',
    '增加夜班客服人手',
    'Route VIP tickets to tier 2',
  ])('accepts "%s" as specific', (what) => {
    expect(elementsOf({ what })).toEqual([]);
  });

  it('needs a measure and a target value with a number in it', () => {
    expect(hintsOf({ measure: '' })[0]?.message).toMatch(/^No measure —/);
    expect(hintsOf({ measureTarget: ' ' })[0]?.message).toMatch(/^No target value for "Chats answered/);
    expect(hintsOf({ measureTarget: 'much better' })[0]?.message).toBe(
      'Target "much better" is not a value — give a number to reach (e.g. "90%" or "under 2 hours")',
    );
    expect(elementsOf({ measureTarget: '≥ 90%' })).toEqual([]);
  });

  it('needs an owner, and resources or a cost that is not negative', () => {
    expect(hintsOf({ owner: ' ' })).toEqual([
      { element: 'achievable', message: 'No owner — assign the person responsible' },
    ]);
    expect(elementsOf({ resources: '', cost: 0 })).toEqual([]);
    expect(elementsOf({ resources: 'Budget from Q2', cost: null })).toEqual([]);
    expect(hintsOf({ cost: -5 })[0]?.message).toBe('A cost of -5 — give the cost as zero or more');
  });

  it('needs a root cause to address', () => {
    expect(elementsOf({ rootCauseId: null })).toEqual(['relevant']);
  });

  it('needs a real due date, not in the past', () => {
    expect(hintsOf({ dueDate: '2026-02-30' })[0]?.message).toBe(
      'Due date "2026-02-30" is not a date — use YYYY-MM-DD',
    );
    expect(hintsOf({ dueDate: '2026-03-01' })[0]?.message).toBe(
      'Due date 2026-03-01 is in the past — pick 2026-03-02 or later',
    );
    expect(elementsOf({ dueDate: TODAY })).toEqual([]);
    expect(elementsOf({ dueDate: '2026-03-01' }, null)).toEqual([]);
  });

  it('gives at most one hint per element, only for the five elements', () => {
    const elements: SmartElement[] = ['specific', 'measurable', 'achievable', 'relevant', 'timeBound'];
    const action = fc.record({
      what: fc.string(),
      owner: fc.option(fc.string(), { nil: null }),
      dueDate: fc.option(fc.oneof(fc.string(), fc.constantFrom('2026-03-01', '2026-03-02', '2027-01-01')), {
        nil: null,
      }),
      measure: fc.string(),
      measureTarget: fc.string(),
      resources: fc.string(),
      cost: fc.option(fc.double(), { nil: null }),
      rootCauseId: fc.option(fc.string(), { nil: null }),
    });
    fc.assert(
      fc.property(action, (overrides) => {
        const found = elementsOf(overrides);
        expect(new Set(found).size).toBe(found.length);
        expect(found.every((e) => elements.includes(e))).toBe(true);
        expect([...found].sort((a, b) => elements.indexOf(a) - elements.indexOf(b))).toEqual(found);
      }),
    );
  });
});
