/** @jest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/react';
import type { ImprovementRecord } from '@contract/improvement-schema';

const call = jest.fn();
jest.mock('../../../static/app/src/shared/api', () => ({ call: (...args: unknown[]) => call(...args) }));

import { StageActions } from '../../../static/app/src/modules/improvement-panel/StageActions';

const record = { key: 'SUP-9', version: 4, stage: 'awaitingApproval' } as ImprovementRecord;

describe('approval controls', () => {
  beforeEach(() => call.mockReset());

  it('lets an approver approve, sending the decision on the version shown', async () => {
    const mutate = jest.fn(
      async (change: (r: ImprovementRecord) => Promise<unknown>) => (await change(record), true),
    );
    render(<StageActions record={record} mutate={mutate} busy={false} />);
    fireEvent.click(screen.getByRole('button', { name: 'Approve' }));
    await Promise.resolve();
    expect(call).toHaveBeenCalledWith('improvement/decide', {
      key: 'SUP-9',
      version: 4,
      decision: 'approve',
      comment: '',
    });
  });

  it('only allows a rejection with a comment', () => {
    const mutate = jest.fn(async () => true);
    render(<StageActions record={record} mutate={mutate} busy={false} />);
    const reject = screen.getByRole('button', { name: 'Reject' });
    expect(reject.hasAttribute('disabled')).toBe(true);
    fireEvent.change(screen.getByRole('textbox'), { target: { value: 'Add a cost estimate' } });
    expect(screen.getByRole('button', { name: 'Reject' }).hasAttribute('disabled')).toBe(false);
  });

  it('offers submission, not decisions, while planning', () => {
    render(<StageActions record={{ ...record, stage: 'planning' }} mutate={jest.fn()} busy={false} />);
    expect(screen.queryByRole('button', { name: 'Approve' })).toBeNull();
    expect(screen.getByRole('button', { name: /submit/i })).toBeTruthy();
  });
});
