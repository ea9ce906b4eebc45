import type { ScorecardRow } from '../../domain/kpi/scorecard';
import type { ReportMessages } from '../../contract/i18n/report-messages';
import { formatDuration, formatNumber, formatPercent, formatPoints, signed } from './format';
import { textTable } from './text-table';

/** The scorecard: each headline KPI with actual, target, gap, previous period and change. */
export function renderScorecard(rows: readonly ScorecardRow[], m: ReportMessages): string {
  return textTable(
    [m.kpi, m.actual, m.target, m.gap, m.previous, m.change],
    rows.map((r) => [
      label(r.kpi, m),
      value(r, r.actual),
      value(r, r.target),
      difference(r, r.gap, m),
      value(r, r.previous),
      difference(r, r.change, m),
    ]),
  );
}

function label(kpi: string, m: ReportMessages): string {
  if (kpi.startsWith('sla:')) return `${m.slaCompliance}: ${kpi.slice(4)}`;
  return kpi in m ? m[kpi as keyof ReportMessages] : kpi;
}

function value(r: ScorecardRow, n: number | null): string {
  switch (r.unit) {
    case 'ms':
      return formatDuration(n);
    case 'fraction':
      return formatPercent(n);
    case 'rating':
      return formatNumber(n, 2);
    case 'points':
      return formatNumber(n, 1);
  }
}

function difference(r: ScorecardRow, n: number | null, m: ReportMessages): string {
  if (n === null) return '-';
  switch (r.unit) {
    case 'ms':
      return (n > 0 ? '+' : '') + formatDuration(n);
    case 'fraction':
      return formatPoints(n, m.percentagePoints);
    case 'rating':
      return signed(n, 2);
    case 'points':
      return signed(n, 1);
  }
}
