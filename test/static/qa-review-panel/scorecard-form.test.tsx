/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';

const call = jest.fn();
jest.mock('../../../static/app/src/shared/api', () => ({ call: (...args: unknown[]) => call(...args) }));

import QaReviewPanel from '../../../static/app/src/modules/qa-review-panel/QaReviewPanel';
import { ScorecardForm } from '../../../static/app/src/modules/qa-review-panel/ScorecardForm';
import { I18nContext, messagesFor } from '../../../static/app/src/shared/i18n';
import { panelData, REVIEW, VERSION } from './fixtures';

const choose = (criterion: string, option: string) =>
  fireEvent.click(
    within(screen.getByRole('radiogroup', { name: criterion })).getByRole('radio', { name: option }),
  );

describe('the reviewer’s scorecard form', () => {
  beforeEach(() => call.mockReset());

  it('offers each criterion its own scale: yes/no, 1–5, and N/A only where allowed; critical marked', () => {
    render(<ScorecardForm scorecard={VERSION} onSubmit={jest.fn()} />);
    const names = (group: string) =>
      within(screen.getByRole('radiogroup', { name: group }))
        .getAllByRole('radio')
        .map((r) => r.closest('label')?.textContent);
    expect(names('Greets by name')).toEqual(['Yes', 'No']);
    expect(names('Correct answer')).toEqual(['1', '2', '3', '4', '5']);
    expect(names('Acknowledges frustration')).toEqual(['Yes', 'No', 'N/A']);
    const critical = screen.getByText('Critical');
    expect(critical.closest('[data-criterion]')?.getAttribute('data-criterion')).toBe('correct');
    expect(screen.getAllByText('Critical')).toHaveLength(1);
  });

  it('previews the score and pass/fail live as the reviewer answers, critical fails named', () => {
    render(<ScorecardForm scorecard={VERSION} onSubmit={jest.fn()} />);
    const box = () => screen.getByRole('region', { name: 'Score so far' });
    const shown = () => [box().getAttribute('data-preview-score'), box().getAttribute('data-preview-passed')];
    expect(within(box()).getByText('No score yet: answer a criterion.')).toBeTruthy();
    choose('Greets by name', 'Yes'); // 10 of 10
    expect(shown()).toEqual(['100', 'true']);
    expect(within(box()).getByText('Passing so far')).toBeTruthy();
    choose('Correct answer', '2'); // 10 + 30 × 1/4 = 17.5 of 40 = 43.75, and a critical fail (2 ≤ 2)
    expect(shown()).toEqual(['43.75', 'false']);
    expect(within(box()).getByText('Failing so far')).toBeTruthy();
    expect(
      within(box()).getByText(
        'Critical criteria failed (the review fails whatever the score): Correct answer',
      ),
    ).toBeTruthy();
    choose('Correct answer', '5'); // 40 of 40
    choose('Acknowledges frustration', 'N/A'); // N/A leaves its weight out
    expect(shown()).toEqual(['100', 'true']);
    choose('Acknowledges frustration', 'No'); // 40 of 50 = 80 = the pass mark: passes
    expect(shown()).toEqual(['80', 'true']);
    expect(within(box()).queryByText(/^Critical criteria failed/)).toBeNull();
  });

  it('refuses to send with a criterion unanswered, naming it', () => {
    const onSubmit = jest.fn();
    render(<ScorecardForm scorecard={VERSION} onSubmit={onSubmit} />);
    choose('Greets by name', 'Yes');
    choose('Acknowledges frustration', 'N/A');
    expect(screen.getByText('2 of 3 criteria answered')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Submit review' }));
    expect(screen.getByRole('alert').textContent).toBe(
      'Answer every criterion first. Not answered: Correct answer.',
    );
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('sends yes as 1, no as 0, a rating as itself and N/A as null, with trimmed notes', async () => {
    const onSubmit = jest.fn(async () => null);
    render(<ScorecardForm scorecard={VERSION} onSubmit={onSubmit} />);
    choose('Greets by name', 'No');
    choose('Correct answer', '4');
    choose('Acknowledges frustration', 'N/A');
    fireEvent.change(screen.getByLabelText('Note: Correct answer'), {
      target: { value: '  missed the fee  ' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: 'Overall comment' }), { target: { value: 'ok ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Submit review' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit).toHaveBeenCalledWith(
      [
        { criterionId: 'greet', value: 0, note: '' },
        { criterionId: 'correct', value: 4, note: 'missed the fee' },
        { criterionId: 'empathy', value: null, note: '' },
      ],
      'ok',
    );
  });

  it('speaks Chinese: 是/否, 不适用, 关键项', () => {
    render(
      <I18nContext.Provider value={messagesFor('zh_CN')}>
        <ScorecardForm scorecard={VERSION} onSubmit={jest.fn()} />
      </I18nContext.Provider>,
    );
    expect(screen.getByRole('radiogroup', { name: '安抚情绪' }).textContent).toBe('是否不适用');
    expect(screen.getByText('关键项')).toBeTruthy();
    expect(screen.getByRole('button', { name: '提交评分' })).toBeTruthy();
  });
});

describe('the review panel', () => {
  beforeEach(() => call.mockReset());
  const context = { moduleKey: 'qa-review-panel', accountId: 'r-1', extension: { issue: { key: 'SUP-12' } } };

  it('submits on the version shown and then shows the server’s result: score, fail, the critical criterion', async () => {
    let reviews: unknown[] = [];
    call.mockImplementation(async (key: string, payload: Record<string, unknown>) => {
      if (key === 'qa/review/get') return { ok: true, data: panelData({ reviews }) };
      if (key === 'qa/review/submit') {
        expect(payload).toMatchObject({ issueKey: 'SUP-12', scorecardId: 'standard', scorecardVersion: 3 });
        reviews = [{ ...REVIEW, reviewer: 'r-1' }];
        return { ok: true, data: REVIEW };
      }
      throw new Error(`unexpected ${key}`);
    });
    render(<QaReviewPanel context={context} />);
    await screen.findByText('Where is my refund?');
    expect(screen.getByText('Internal note')).toBeTruthy();
    choose('Greets by name', 'Yes');
    choose('Correct answer', '1');
    choose('Acknowledges frustration', 'N/A');
    fireEvent.click(screen.getByRole('button', { name: 'Submit review' }));
    await screen.findByText('Review saved: the result below is the server’s, computed on version 3.');
    const card = await screen.findByRole('article');
    expect(within(card).getByText('Failed')).toBeTruthy();
    expect(card.querySelector('[data-score]')?.textContent).toBe('25');
    expect(within(card).getByText(/^Critical criteria failed/).parentElement?.textContent).toContain(
      'Correct answer',
    );
    // One review per reviewer: the form is gone once this reviewer has scored the ticket.
    expect(screen.queryByRole('button', { name: 'Submit review' })).toBeNull();
    expect(
      screen.getByText('You have reviewed this ticket; each reviewer scores a ticket once.'),
    ).toBeTruthy();
  });

  it('shows the server’s refusal and keeps the answers', async () => {
    call.mockImplementation(async (key: string) => {
      if (key === 'qa/review/get') return { ok: true, data: panelData() };
      return {
        ok: false,
        error: { code: 'QA.ALREADY_REVIEWED', message: 'SUP-12 was already reviewed by you' },
      };
    });
    render(<QaReviewPanel context={context} />);
    await screen.findByText('Where is my refund?');
    choose('Greets by name', 'Yes');
    choose('Correct answer', '5');
    choose('Acknowledges frustration', 'Yes');
    fireEvent.click(screen.getByRole('button', { name: 'Submit review' }));
    expect((await screen.findByRole('alert')).textContent).toBe('SUP-12 was already reviewed by you');
    expect(screen.getByText('3 of 3 criteria answered')).toBeTruthy();
  });

  it('tells a non-reviewer why there is no form', async () => {
    call.mockResolvedValue({ ok: true, data: panelData({ canReview: false }) });
    render(<QaReviewPanel context={{ ...context, accountId: 'x-9' }} />);
    await screen.findByText(/^Only reviewers/);
    expect(screen.queryByRole('button', { name: 'Submit review' })).toBeNull();
  });
});
