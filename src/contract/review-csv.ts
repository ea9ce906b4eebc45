import type { Locale } from './i18n/locale';
import { REVIEW_MESSAGES } from './i18n/review-messages';
import type { Review } from './review-schema';

/** Byte order mark: Excel reads a CSV as UTF-8 (and shows Chinese) only when the file starts with it. */
export const UTF8_BOM = '\uFEFF';

/** One CSV field by RFC 4180: quoted when it holds a comma, a quote, CR or LF; quotes doubled. */
export function csvField(value: string | number | boolean | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as RFC 4180 text: fields joined by commas, records ended by CRLF, with the UTF-8 BOM first. */
export function toCsv(rows: readonly (readonly (string | number | boolean | null)[])[]): string {
  return UTF8_BOM + rows.map((r) => r.map(csvField).join(',') + '\r\n').join('');
}

/** A KPI value in the unit people read: rates in %, durations in minutes, else as it is (rounded). */
export function reviewValue(unit: string, value: number | null): string | null {
  if (value === null) return null;
  if (unit === 'fraction') return (value * 100).toFixed(1);
  if (unit === 'ms') return (value / 60_000).toFixed(1);
  return String(Number(value.toFixed(2)));
}
const unitSuffix = (unit: string) => (unit === 'fraction' ? ' (%)' : unit === 'ms' ? ' (min)' : '');

/**
 * The review as one CSV of sections (a title row, a header row, data rows, an empty row between), in the
 * reader's language. Rates are percentages (their gap and change percentage points) and durations
 * minutes, marked in the KPI name.
 */
export function reviewCsv(review: Review, locale: Locale): string {
  const m = REVIEW_MESSAGES[locale];
  const kpiName = (kpi: string) =>
    m.kpiNames[kpi] ??
    (kpi.startsWith('sla:') ? `${m.kpiNames.slaCompliance ?? 'SLA'}: ${kpi.slice(4)}` : kpi);
  const rows: (string | number | boolean | null)[][] = [
    [review.kind === 'weekly' ? m.weekly : m.monthly, review.label],
    [m.project, review.projectKey],
    [m.period, `${review.from} – ${review.to}`],
    [m.timeZone, review.timeZone],
    [m.generatedAt, review.generatedAt],
    [m.volume, `${m.created} ${review.volume.created}`, `${m.resolved} ${review.volume.resolved}`],
    [m.compositeScore, reviewValue('points', review.compositeScore)],
    [],
    [m.kpis],
    [m.kpi, m.actual, m.target, m.gap, m.meetsTarget, m.previous, m.change],
    ...review.kpis.map((k) => [
      kpiName(k.kpi) + unitSuffix(k.unit),
      reviewValue(k.unit, k.actual),
      reviewValue(k.unit, k.target),
      reviewValue(k.unit, k.gap),
      k.meetsTarget === null ? null : k.meetsTarget ? m.yes : m.no,
      reviewValue(k.unit, k.previous),
      reviewValue(k.unit, k.change),
    ]),
    [],
    [`${m.pareto} (${review.pareto.groupBy})`],
    [m.category, m.count, `${m.share} (%)`, `${m.cumulative} (%)`, m.vitalFew],
    ...review.pareto.rows.map((r) => [
      r.name,
      r.count,
      (r.share * 100).toFixed(1),
      (r.cumulativeShare * 100).toFixed(1),
      r.vitalFew ? m.yes : m.no,
    ]),
    ...(review.pareto.omitted > 0 ? [[m.moreCategories(review.pareto.omitted)]] : []),
    [],
    [m.improvements],
    [m.stage, m.count],
    ...Object.entries(m.stages).map(([stage, name]) => [
      name,
      review.improvements.byStage[stage as keyof typeof m.stages] ?? 0,
    ]),
    [m.openedInPeriod, review.improvements.openedInPeriod],
    [m.closedInPeriod, review.improvements.closedInPeriod],
    [],
    [m.overdue],
    [m.improvement, m.action, m.owner, m.dueDate, m.daysOverdue],
    ...review.overdueActions.map((a) => [a.improvementKey, a.what, a.owner, a.dueDate, a.daysOverdue]),
    [],
    [m.verdicts],
    [m.improvement, m.kpi, m.verdict, m.checkedAt],
    ...review.verdicts.map((v) => [v.improvementKey, kpiName(v.kpi), m.verdictNames[v.verdict], v.checkedAt]),
  ];
  if (review.unreadable.length > 0) rows.push([], [m.unreadable, ...review.unreadable]);
  return toCsv(rows);
}

/** The download's file name, e.g. `SUP-weekly-2026-W44.csv`. */
export const reviewFileName = (review: Review): string =>
  `${review.projectKey}-${review.kind}-${review.label}.csv`;
