import Button from '@atlaskit/button/new';
import { useState } from 'react';
import type { Locale } from '@contract/i18n/locale';
import { REVIEW_MESSAGES } from '@contract/i18n/review-messages';
import { reviewCsv, reviewFileName, reviewValue } from '@contract/review-csv';
import type { Review } from '@contract/review-schema';
import { useReviewMessages } from './reviews-messages';
import { CaptionedTable } from './CaptionedTable';
import { cellStyle, numStyle, subtleText } from './styles';

/** Only the review prints: everything else on the page is hidden by the print stylesheet. */
const PRINT_CSS = `@media print {
  body * { visibility: hidden; }
  .ql-print-area, .ql-print-area * { visibility: visible; }
  .ql-print-area { position: absolute; left: 0; top: 0; width: 100%; }
  .ql-no-print { display: none !important; }
  .ql-print-area table { page-break-inside: auto; }
  .ql-print-area tr { page-break-inside: avoid; }
}`;

/** Offers the review's CSV (UTF-8 with BOM, so Excel shows Chinese) as a download. */
function download(review: Review, locale: Locale) {
  const blob = new Blob([reviewCsv(review, locale)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = reviewFileName(review);
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const kpiName = (names: Record<string, string>, kpi: string) =>
  names[kpi] ?? (kpi.startsWith('sla:') ? `SLA ${kpi.slice(4)}` : kpi);

/** One review, printable, in English or Chinese (the print language can differ from the page's). */
export default function ReviewView({ review, onBack }: { review: Review; onBack: () => void }) {
  const { m, locale } = useReviewMessages();
  const [language, setLanguage] = useState<Locale>(locale);
  const r = REVIEW_MESSAGES[language];
  /** A value in its unit; a gap or change of a rate is in percentage points (KPI_DEFINITIONS). */
  const v = (unit: string, value: number | null, difference = false) => {
    const shown = reviewValue(unit, value);
    if (shown === null) return '–';
    if (unit === 'fraction') return difference ? `${shown} ${r.percentagePoints}` : `${shown}%`;
    return unit === 'ms' ? `${shown} min` : shown;
  };
  return (
    <div style={{ display: 'grid', gap: 12, paddingTop: 12 }}>
      <style>{PRINT_CSS}</style>
      <div
        className="ql-no-print"
        style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'center' }}
      >
        <Button appearance="subtle" onClick={onBack}>
          {m.back}
        </Button>
        <Button onClick={() => download(review, language)}>{m.downloadCsv}</Button>
        <Button appearance="primary" onClick={() => window.print()}>
          {m.print}
        </Button>
        <label style={{ display: 'flex', gap: 4, alignItems: 'center' }}>
          {m.printLanguage}
          <select value={language} onChange={(e) => setLanguage(e.currentTarget.value as Locale)}>
            <option value="en">English</option>
            <option value="zh-CN">简体中文</option>
          </select>
        </label>
      </div>
      <article className="ql-print-area" lang={language} style={{ display: 'grid', gap: 16 }}>
        <header>
          <h2 style={{ margin: 0 }}>
            {review.kind === 'weekly' ? r.weekly : r.monthly} · {review.projectKey} · {review.label}
          </h2>
          <p style={subtleText}>
            {r.period}: {review.from} – {review.to} ({review.timeZone}) · {r.generatedAt}:{' '}
            {review.generatedAt} · {r.volume}: {r.created} {review.volume.created}, {r.resolved}{' '}
            {review.volume.resolved} · {r.compositeScore}: {v('points', review.compositeScore)}
          </p>
        </header>
        <CaptionedTable
          caption={r.kpis}
          headers={[r.kpi, r.actual, r.target, r.gap, r.meetsTarget, r.previous, r.change]}
          numeric
        >
          {review.kpis.map((k) => (
            <tr key={k.kpi}>
              <th scope="row" style={cellStyle}>
                {kpiName(r.kpiNames, k.kpi)}
              </th>
              <td style={numStyle}>{v(k.unit, k.actual)}</td>
              <td style={numStyle}>{v(k.unit, k.target)}</td>
              <td style={numStyle}>{v(k.unit, k.gap, true)}</td>
              <td style={numStyle}>{k.meetsTarget === null ? '–' : k.meetsTarget ? r.yes : r.no}</td>
              <td style={numStyle}>{v(k.unit, k.previous)}</td>
              <td style={numStyle}>{v(k.unit, k.change, true)}</td>
            </tr>
          ))}
        </CaptionedTable>
        <CaptionedTable
          caption={`${r.pareto} (${review.pareto.total})`}
          headers={[r.category, r.count, r.share, r.cumulative, r.vitalFew]}
          numeric
          empty={r.none}
          isEmpty={review.pareto.rows.length === 0}
          footer={
            review.pareto.omitted > 0 && <p style={subtleText}>{r.moreCategories(review.pareto.omitted)}</p>
          }
        >
          {review.pareto.rows.map((p) => (
            <tr key={p.name}>
              <th scope="row" style={cellStyle}>
                {p.name}
              </th>
              <td style={numStyle}>{p.count}</td>
              <td style={numStyle}>{(p.share * 100).toFixed(1)}%</td>
              <td style={numStyle}>{(p.cumulativeShare * 100).toFixed(1)}%</td>
              <td style={numStyle}>{p.vitalFew ? r.yes : ''}</td>
            </tr>
          ))}
        </CaptionedTable>
        <CaptionedTable caption={r.improvements}>
          {Object.entries(r.stages).map(([stage, name]) => (
            <tr key={stage}>
              <th scope="row" style={cellStyle}>
                {name}
              </th>
              <td style={numStyle}>{review.improvements.byStage[stage as keyof typeof r.stages] ?? 0}</td>
            </tr>
          ))}
          <tr>
            <th scope="row" style={cellStyle}>
              {r.openedInPeriod}
            </th>
            <td style={numStyle}>{review.improvements.openedInPeriod}</td>
          </tr>
          <tr>
            <th scope="row" style={cellStyle}>
              {r.closedInPeriod}
            </th>
            <td style={numStyle}>{review.improvements.closedInPeriod}</td>
          </tr>
        </CaptionedTable>
        <CaptionedTable
          caption={r.overdue}
          headers={[r.improvement, r.action, r.owner, r.dueDate, r.daysOverdue]}
          empty={r.none}
          isEmpty={review.overdueActions.length === 0}
        >
          {review.overdueActions.map((a) => (
            <tr key={`${a.improvementKey}-${a.actionId}`}>
              <td style={cellStyle}>{a.improvementKey}</td>
              <td style={cellStyle}>{a.what}</td>
              <td style={cellStyle}>{a.owner ?? '–'}</td>
              <td style={cellStyle}>{a.dueDate}</td>
              <td style={numStyle}>{a.daysOverdue}</td>
            </tr>
          ))}
        </CaptionedTable>
        <CaptionedTable
          caption={r.verdicts}
          headers={[r.improvement, r.kpi, r.verdict, r.checkedAt]}
          empty={r.none}
          isEmpty={review.verdicts.length === 0}
        >
          {review.verdicts.map((x) => (
            <tr key={x.improvementKey}>
              <td style={cellStyle}>{x.improvementKey}</td>
              <td style={cellStyle}>{kpiName(r.kpiNames, x.kpi)}</td>
              <td style={cellStyle}>{r.verdictNames[x.verdict]}</td>
              <td style={cellStyle}>{x.checkedAt}</td>
            </tr>
          ))}
        </CaptionedTable>
        {review.unreadable.length > 0 && (
          <p role="alert">
            {r.unreadable}: {review.unreadable.join(', ')}
          </p>
        )}
      </article>
    </div>
  );
}
