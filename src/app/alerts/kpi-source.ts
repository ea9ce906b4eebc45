import { projectReport, projectTrend } from '../kpi/project-kpis';
import type { AppPorts } from '../ports';

type TrendRequest = Parameters<typeof projectTrend>[2];
type ReportRequest = Parameters<typeof projectReport>[2];
type SettingsArg = Parameters<typeof projectTrend>[1];

/** How monitoring reads KPIs: the project page's own report and trend, nothing computed twice. */
export interface KpiSource {
  trend(settings: SettingsArg, request: TrendRequest): ReturnType<typeof projectTrend>;
  report(settings: SettingsArg, request: ReportRequest): ReturnType<typeof projectReport>;
}

/**
 * The one place that knows what the KPI functions take first (today a Jira client; later perhaps the
 * aggregate store), so that change is one line here.
 */
export const kpiSource = (ports: AppPorts): KpiSource => ({
  trend: (settings, request) => projectTrend(ports.store, settings, request),
  report: (settings, request) => projectReport(ports.store, settings, request),
});
