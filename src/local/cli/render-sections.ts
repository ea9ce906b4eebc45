import type { CompositeScore } from '../../domain/kpi/composite';
import type { KpiFigures } from '../../domain/kpi/figures';
import type { BreakdownRow, ProblemPareto } from '../../domain/kpi/report';
import type { ReportMessages } from '../../contract/i18n/report-messages';
import { formatDuration, formatNumber, formatPercent } from './format';
import { textTable } from './text-table';

/** The composite index with each dimension's score and used weight, and what was left out. */
export function renderComposite(c: CompositeScore, m: ReportMessages): string {
  const lines = [`${m.composite}: ${formatNumber(c.score, 2)}`];
  for (const [d, { score, weight }] of Object.entries(c.dimensions)) {
    lines.push(`  ${m[d as 'efficiency']} ${formatPercent(weight)}: ${formatNumber(score, 2)}`);
  }
  if (c.omitted.length > 0) {
    const reasons = { 'no data': m.noData, 'no target': m.noTarget, 'zero weight': m.zeroWeight };
    const items = c.omitted.map((k) => `${m[k]} (${reasons[c.omittedReasons[k] ?? 'no data']})`);
    lines.push(`  ${m.omitted}: ${items.join(', ')}`);
  }
  return lines.join('\n');
}

/** Volume, time distributions, SLA cycles, CSAT and NPS in detail. */
export function renderDetails(f: KpiFigures, m: ReportMessages): string {
  const d = (s: { count: number; mean: number | null; median: number | null; p90: number | null }) =>
    `${m.count} ${s.count}, ${m.mean} ${formatDuration(s.mean)}, ${m.median} ${formatDuration(s.median)}, p90 ${formatDuration(s.p90)}`;
  const lines = [
    `${m.volume}: ${m.created} ${f.volume.created}, ${m.resolved} ${f.volume.resolved}`,
    `${m.frtMedianMs.replace(/ ?[(（].*$/, '')}: ${d(f.frt)}, ${m.noResponse} ${f.frt.noResponse}`,
    `${m.resolutionMedianMs.replace(/ ?[(（].*$/, '')}: ${d(f.resolutionTime)}`,
  ];
  for (const [name, s] of Object.entries(f.sla)) {
    lines.push(
      `${m.slaCompliance} ${name}: ${formatPercent(s.compliance)} (${m.met} ${s.met}, ${m.breached} ${s.breached})`,
    );
  }
  lines.push(
    `CSAT: ${m.responses} ${f.csat.responses}, ${m.average} ${formatNumber(f.csat.avg, 2)}, top-2-box ${formatPercent(f.csat.top2box)}, ${m.responseRate} ${formatPercent(f.csat.responseRate)}`,
  );
  if (f.nps) lines.push(`NPS: ${m.responses} ${f.nps.responses}, ${formatNumber(f.nps.score, 1)}`);
  return lines.join('\n');
}

/** One table per breakdown dimension. */
export function renderBreakdown(dimension: string, rows: readonly BreakdownRow[], m: ReportMessages): string {
  return `${m.breakdownBy} ${dimension}\n${textTable(
    [
      m.value,
      m.created,
      m.resolved,
      'FRT p50',
      m.resolutionMedianMs.replace(/ ?[(（].*$/, ''),
      'FCR',
      m.reopenRate,
      'CSAT ≥4',
      m.composite,
    ],
    rows.map((r) => [
      r.value,
      String(r.volume.created),
      String(r.volume.resolved),
      formatDuration(r.frt.median),
      formatDuration(r.resolutionTime.median),
      formatPercent(r.fcrRate),
      formatPercent(r.reopenRate),
      formatPercent(r.csat.top2box),
      formatNumber(r.compositeScore, 1),
    ]),
  )}`;
}

/** The Pareto of problem tickets, vital few marked, and the same problems by reason. */
export function renderPareto(p: ProblemPareto, m: ReportMessages): string {
  const table = textTable(
    ['#', m.category, m.count, m.share, m.cumulative, m.customers, ''],
    p.categories.map((c, i) => [
      String(i + 1),
      c.name,
      String(c.count),
      formatPercent(c.share),
      formatPercent(c.cumulativeShare),
      String(c.affectedCustomers),
      c.vitalFew ? `★ ${m.vitalFew}` : '',
    ]),
    [1, 6],
  );
  const reasons = p.byReason.map((r) => `${m[r.name as 'notFcr']} ${r.count}`).join(', ');
  return `${m.problemPareto} ${p.dimension} (${p.total})\n${table}\n${m.problemsByReason}: ${reasons || '-'}`;
}
