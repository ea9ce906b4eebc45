import type { KpiReportWithSources } from '../../app/report/make-kpi-report';
import type { KpiOptions } from '../../domain/kpi/options';
import type { Locale } from '../../contract/i18n/locale';
import { reportMessages, type ReportMessages } from '../../contract/i18n/report-messages';
import { formatLocalDateTime } from '../../domain/time/local-date-time';
import { timeZone } from '../../domain/time/zone';
import { renderScorecard } from './render-scorecard';
import { renderBreakdown, renderComposite, renderDetails, renderPareto } from './render-sections';

/** The whole report as readable text in English or Chinese. */
export function renderReport(report: KpiReportWithSources, locale: Locale): string {
  const m = reportMessages[locale];
  const zone = timeZone(report.period.timeZone);
  const local = (iso: string) => (zone.ok ? formatLocalDateTime(Date.parse(iso), zone.value) : iso);
  const span = (p: { from: string; to: string }) => `${local(p.from)} → ${local(p.to)}`;
  const sections = [
    `${m.title}: ${span(report.period)} (${report.period.timeZone}); ${m.previousPeriod} ${span(report.previousPeriod)}`,
    `${m.volume}: ${m.created} ${report.volume.created}, ${m.resolved} ${report.volume.resolved}; ${m.ticketsSkipped} ${report.skipped.count}`,
    `${m.parameters}: ${renderParameters(report.parameters, m)}`,
    renderScorecard(report.scorecard, m),
    renderComposite(report.composite, m),
    renderDetails(report, m),
    ...Object.entries(report.breakdown).map(([d, rows]) => renderBreakdown(d, rows, m)),
    renderPareto(report.pareto, m),
  ];
  if (report.skipped.count > 0) {
    sections.push(
      `${m.skippedTickets}:\n${report.skipped.tickets.map((s) => `  ${s.key}: ${s.reason}`).join('\n')}`,
    );
  }
  return sections.join('\n\n') + '\n';
}

function renderParameters(o: KpiOptions, m: ReportMessages): string {
  const yesNo = (b: boolean) => (b ? m.yes : m.no);
  return [
    `${m.reopenWindowDays} ${o.reopenWindowDays}`,
    `${m.repeatWindowHours} ${o.repeatWindowHours}`,
    `${m.repeatSameRequestType} ${yesNo(o.repeatSameRequestType)}`,
    `${m.fcrMaxAgentReplies} ${o.fcrMaxAgentReplies ?? m.noLimit}`,
    `${m.fcrExcludeReopened} ${yesNo(o.fcrExcludeReopened)}`,
    `${m.fcrExcludeRepeat} ${yesNo(o.fcrExcludeRepeat)}`,
    `${m.lowCsatMaxRating} ${o.lowCsatMaxRating}`,
  ].join('; ');
}
