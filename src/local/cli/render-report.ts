import type { KpiReportWithSources } from '../../app/report/make-kpi-report';
import type { KpiOptions } from '../../domain/kpi/options';
import type { Locale } from '../../contract/i18n/locale';
import { reportMessages, type ReportMessages } from '../../contract/i18n/report-messages';
import { renderScorecard } from './render-scorecard';
import { renderBreakdown, renderComposite, renderDetails, renderPareto } from './render-sections';

/** The whole report as readable text in English or Chinese. */
export function renderReport(report: KpiReportWithSources, locale: Locale): string {
  const m = reportMessages[locale];
  const read = report.volume;
  const sections = [
    `${m.title}: ${report.period.from} → ${report.period.to} (${report.period.timeZone}); ${m.previousPeriod} ${report.previousPeriod.from} → ${report.previousPeriod.to}`,
    `${m.created} ${read.created}, ${m.resolved} ${read.resolved}; ${m.ticketsSkipped} ${report.skipped.count}`,
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
