/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';

const call = jest.fn();
jest.mock('../../../static/app/src/shared/api', () => ({ call: (...args: unknown[]) => call(...args) }));

import QaReviewPanel from '../../../static/app/src/modules/qa-review-panel/QaReviewPanel';
import { I18nContext, messagesFor } from '../../../static/app/src/shared/i18n';
import { panelData, REVIEW } from './fixtures';

const context = (accountId: string) => ({
  moduleKey: 'qa-review-panel',
  accountId,
  extension: { issue: { key: 'SUP-12' } },
});

describe('the agent’s acknowledge / dispute control', () => {
  beforeEach(() => call.mockReset());

  it('is offered to the review’s agent only', async () => {
    call.mockResolvedValue({
      ok: true,
      data: panelData({ reviews: [REVIEW], canReview: true, isAgent: false }),
    });
    const { unmount } = render(<QaReviewPanel context={context('r-2')} />);
    // The reviewer by the name the server gave, not the account id.
    expect((await screen.findByRole('article')).getAttribute('aria-label')).toBe('Reviewer 高燕 Gao Yan');
    expect(screen.queryByRole('button', { name: 'Dispute' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Acknowledge' })).toBeNull();
    unmount();

    call.mockResolvedValue({
      ok: true,
      data: panelData({ reviews: [REVIEW], canReview: false, isAgent: true }),
    });
    render(<QaReviewPanel context={context('a-1')} />);
    const card = await screen.findByRole('article');
    expect(within(card).getByRole('button', { name: 'Dispute' })).toBeTruthy();
    expect(within(card).getByRole('button', { name: 'Acknowledge' })).toBeTruthy();
    expect(within(card).getByText('Awaiting the agent’s response')).toBeTruthy();
  });

  it('needs a comment to dispute, then sends it and shows the review disputed', async () => {
    let review = REVIEW;
    call.mockImplementation(async (key: string, payload: Record<string, unknown>) => {
      if (key === 'qa/review/get')
        return { ok: true, data: panelData({ reviews: [review], isAgent: true, canReview: false }) };
      if (key === 'qa/review/dispute') {
        review = {
          ...REVIEW,
          response: {
            state: 'disputed',
            comment: String(payload.comment),
            at: '2026-11-21T00:00:00.000Z',
            jiraCommentId: '77',
          },
        };
        return { ok: true, data: review };
      }
      throw new Error(`unexpected ${key}`);
    });
    render(<QaReviewPanel context={context('a-1')} />);
    const card = await screen.findByRole('article');
    fireEvent.click(within(card).getByRole('button', { name: 'Dispute' }));
    expect(within(card).getByRole('alert').textContent).toBe(
      'A dispute needs a comment saying what you disagree with.',
    );
    fireEvent.change(within(card).getByLabelText('Comment (required to dispute)'), {
      target: { value: '   ' },
    });
    fireEvent.click(within(card).getByRole('button', { name: 'Dispute' }));
    expect(call).not.toHaveBeenCalledWith('qa/review/dispute', expect.anything());

    fireEvent.change(within(card).getByLabelText('Comment (required to dispute)'), {
      target: { value: ' The old tariff applied ' },
    });
    fireEvent.click(within(card).getByRole('button', { name: 'Dispute' }));
    await waitFor(() =>
      expect(call).toHaveBeenCalledWith('qa/review/dispute', {
        issueKey: 'SUP-12',
        reviewId: 'SUP-12-r1',
        comment: 'The old tariff applied',
      }),
    );
    await screen.findByText('Disputed by the agent');
    expect(screen.getByText('“The old tariff applied”')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Dispute' })).toBeNull();
  });

  it('acknowledges without a comment', async () => {
    call.mockImplementation(async (key: string) =>
      key === 'qa/review/get'
        ? { ok: true, data: panelData({ reviews: [REVIEW], isAgent: true, canReview: false }) }
        : { ok: true, data: { ...REVIEW, response: { ...REVIEW.response, state: 'acknowledged' } } },
    );
    render(<QaReviewPanel context={context('a-1')} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Acknowledge' }));
    await waitFor(() =>
      expect(call).toHaveBeenCalledWith('qa/review/acknowledge', {
        issueKey: 'SUP-12',
        reviewId: 'SUP-12-r1',
        comment: '',
      }),
    );
  });

  it('says 申诉 and 确认 in Chinese, and the same rule', async () => {
    call.mockResolvedValue({
      ok: true,
      data: panelData({ reviews: [REVIEW], isAgent: true, canReview: false }),
    });
    render(
      <I18nContext.Provider value={messagesFor('zh_CN')}>
        <QaReviewPanel context={{ ...context('a-1'), locale: 'zh_CN' }} />
      </I18nContext.Provider>,
    );
    fireEvent.click(await screen.findByRole('button', { name: '申诉' }));
    expect(screen.getByRole('alert').textContent).toBe('申诉需填写说明,写明您不同意的地方。');
    expect(screen.getByRole('button', { name: '确认' })).toBeTruthy();
  });
});
