/** @jest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/react';
import type { Review } from '@contract/review-schema';
import ReviewView from '../../../static/app/src/modules/project-page/ReviewView';
import { I18nContext, messagesFor } from '../../../static/app/src/shared/i18n';
import { FCR_BELOW_TARGET, stageCounts } from '../../support/review-builder';

const review: Review = {
  schemaVersion: 1,
  kind: 'monthly',
  projectKey: 'SUP',
  label: '2026-10',
  from: '2026-10-01',
  to: '2026-11-01',
  timeZone: 'Asia/Shanghai',
  generatedAt: '2026-11-01T00:05:00.000Z',
  volume: { created: 300, resolved: 280 },
  compositeScore: 78.09,
  kpis: [FCR_BELOW_TARGET],
  pareto: { groupBy: 'category', total: 0, rows: [], omitted: 0 },
  improvements: {
    byStage: stageCounts({ identified: 2, implementing: 1 }),
    openedInPeriod: 2,
    closedInPeriod: 0,
  },
  overdueActions: [],
  verdicts: [
    { improvementKey: 'SUP-7', kpi: 'fcrRate', verdict: 'effective', checkedAt: '2026-10-20T10:00:00.000Z' },
  ],
  unreadable: [],
};

describe('a review on the project page', () => {
  it('reads in Chinese, shows a rate’s gap and change in percentage points, and downloads its CSV with a BOM', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => (blobs.push(blob), 'blob:review');
    URL.revokeObjectURL = () => undefined;
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    render(
      <I18nContext.Provider value={messagesFor('zh_CN')}>
        <ReviewView review={review} onBack={() => undefined} />
      </I18nContext.Provider>,
    );
    expect(screen.getByRole('heading', { name: '月稽核 · SUP · 2026-10' })).toBeTruthy();
    const row = screen.getByRole('row', { name: /^一次解决率/ });
    expect(row.textContent).toBe('一次解决率75.0%80.0%-5.0 个百分点否70.0%5.0 个百分点');
    expect(screen.getByText('有效')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '下载 CSV' }));
    expect(click).toHaveBeenCalledTimes(1);
    // jsdom's Blob has no text(): read its bytes (a text read would drop the BOM we check for).
    const bytes = await new Promise<Uint8Array>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
      reader.readAsArrayBuffer(blobs[0] as Blob);
    });
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(Buffer.from(bytes.slice(3)).toString('utf8').startsWith('月稽核,2026-10\r\n')).toBe(true);

    // The print language can differ from the page's.
    fireEvent.change(screen.getByLabelText('语言'), { target: { value: 'en' } });
    expect(screen.getByRole('heading', { name: 'Monthly audit · SUP · 2026-10' })).toBeTruthy();
    click.mockRestore();
  });
});
