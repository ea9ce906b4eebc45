/** @jest-environment jsdom */
import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import type { ImprovementRecord } from '@contract/improvement-schema';

const call = jest.fn();
jest.mock('../../../static/app/src/shared/api', () => ({ call: (...args: unknown[]) => call(...args) }));

import { conflictChanges } from '../../../static/app/src/modules/improvement-panel/conflict-changes';
import { Notices } from '../../../static/app/src/modules/improvement-panel/Notices';
import {
  useImprovement,
  type ImprovementState,
} from '../../../static/app/src/modules/improvement-panel/use-improvement';
import { I18nContext, messagesFor } from '../../../static/app/src/shared/i18n';

const cause = {
  id: 'c1',
  category: 'people',
  text: 'One agent at night',
  parentId: null,
  whys: [],
  isRootCause: false,
  verification: null,
};
// Only the parts the comparison reads; the rest of a record does not matter here.
const mine = {
  key: 'SUP-9',
  version: 4,
  stage: 'analysing',
  problem: { statement: 'Slow night replies', target: 300_000 },
  evidence: ['SUP-1'],
  causes: [],
  actions: [],
  approval: { approvers: [], decisions: [] },
  check: null,
  closure: null,
} as unknown as ImprovementRecord;
const theirs = { ...mine, version: 6, stage: 'planning', causes: [cause] } as unknown as ImprovementRecord;

describe('a save on a stale version', () => {
  beforeEach(() => call.mockReset());

  it('names the parts another person changed: the stage moved and the causes, nothing else', () => {
    expect(conflictChanges(mine, theirs)).toEqual({
      stage: { from: 'analysing', to: 'planning' },
      parts: ['causes'],
    });
    expect(conflictChanges(mine, { ...mine, version: 5 })).toEqual({ stage: null, parts: [] });
  });

  it('reloads the record and keeps what changed, then says so in English', async () => {
    call.mockImplementation(async (key: string) => {
      if (key === 'improvement/get') return { ok: true, data: call.mock.calls.length > 1 ? theirs : mine };
      throw new Error(`unexpected ${key}`);
    });
    const { result } = renderHook(() => useImprovement('SUP-9'));
    await waitFor(() => expect(result.current.record?.version).toBe(4));
    let saved = true;
    await act(async () => {
      saved = await result.current.mutate(async () => ({
        ok: false,
        error: { code: 'IMPROVEMENT.CONFLICT', message: 'version 4 is not the current version 6' },
      }));
    });
    expect(saved).toBe(false);
    expect(result.current.record?.version).toBe(6);
    expect(result.current.notice).toBe('conflict');
    expect(result.current.changes).toEqual({
      stage: { from: 'analysing', to: 'planning' },
      parts: ['causes'],
    });

    render(<Notices state={result.current} />);
    expect(
      screen.getByText('What they changed: the stage, from Analysing to Planning, the causes and 5-Whys.'),
    ).toBeTruthy();
    expect(screen.getByText(/your change was not saved/)).toBeTruthy();
  });

  it('says the same in Chinese', () => {
    const state = {
      notice: 'conflict',
      actionError: null,
      changes: { stage: { from: 'analysing', to: 'planning' }, parts: ['causes', 'actions'] },
    } as unknown as ImprovementState;
    render(
      <I18nContext.Provider value={messagesFor('zh-CN')}>
        <Notices state={state} />
      </I18nContext.Provider>,
    );
    expect(screen.getByText(/您的修改未保存/)).toBeTruthy();
    expect(screen.getByText('对方修改了:阶段(由分析中变为计划中)、原因与5Why、改进计划。')).toBeTruthy();
  });
});
