import { err, ok, type Result } from '../../domain/result';
import { buildKpiReport } from '../../domain/kpi/report';
import { previousPeriod, type Period } from '../../domain/kpi/period';
import { HOUR_OF_DAY } from '../../domain/kpi/dimensions';
import type { TimeZone } from '../../domain/time/zone';
import type { TicketFacts } from '../../domain/ticket';
import type { Settings } from '../../contract/settings-schema';
import type { ResolverOutput } from '../../contract/resolvers';
import { discoverFields } from '../../jira/field-map';
import type { JiraClient } from '../../jira/client';
import { fromJira, type AppError } from '../app-error';
import { exportDataset } from '../export/export-dataset';
import { resolveKpiConfig, type ResolvedKpiConfig } from '../report/resolve-config';
import { ticketFactsFromIssues } from '../report/ticket-facts-from-issues';

const DAY_MS = 86_400_000;

/** The facts of every ticket of a project that a report of the period can need (it and the one before). */
async function projectFacts(
  jira: JiraClient,
  projectKey: string,
  period: Period,
  config: ResolvedKpiConfig,
  extraDimensions: readonly string[],
): Promise<Result<{ tickets: TicketFacts[]; skipped: number; npsEnabled: boolean }, AppError>> {
  const since = new Date(previousPeriod(period).from - DAY_MS).toISOString().slice(0, 10);
  const dataset = await exportDataset(jira, `project = ${projectKey} AND updated >= "${since}"`);
  if (!dataset.ok) return err(fromJira(dataset.error, `Reading the tickets of ${projectKey}`));
  const dimensions = [...new Set([...config.dimensions, config.paretoDimension, ...extraDimensions])].filter(
    (d) => d !== HOUR_OF_DAY,
  );
  const map = discoverFields(dataset.value.fields, { npsField: config.npsField, dimensions });
  if (!map.ok) return map;
  const { tickets, skipped } = ticketFactsFromIssues(dataset.value.issues, map.value);
  return ok({ tickets, skipped: skipped.length, npsEnabled: map.value.nps !== null });
}

const parameters = (
  config: ResolvedKpiConfig,
  period: Period,
  zone: TimeZone,
  npsEnabled: boolean,
  dimensions: readonly string[],
) => ({
  period,
  zone,
  options: config.options,
  targets: config.targets,
  weights: config.weights,
  dimensions,
  paretoDimension: config.paretoDimension,
  npsEnabled,
});

/** The project's KPI report for the scorecard: headline KPIs with targets and change, the index, one breakdown. */
export async function projectReport(
  jira: JiraClient,
  settings: Settings,
  request: { projectKey: string; period: Period; zone: TimeZone; breakdownBy?: string | undefined },
): Promise<Result<ResolverOutput<'kpi/report'>, AppError>> {
  const config = resolveKpiConfig(settings.kpi);
  const breakdownBy = request.breakdownBy ?? 'requestType';
  const facts = await projectFacts(jira, request.projectKey, request.period, config, [breakdownBy]);
  if (!facts.ok) return facts;
  const report = buildKpiReport(
    facts.value.tickets,
    parameters(config, request.period, request.zone, facts.value.npsEnabled, [breakdownBy]),
  );
  return ok({
    period: report.period,
    volume: report.volume,
    scorecard: [...report.scorecard],
    composite: {
      score: report.composite.score,
      dimensions: report.composite.dimensions,
      omitted: [...report.composite.omitted],
    },
    breakdown: (report.breakdown[breakdownBy] ?? []).map((row) => ({ ...row })),
    skipped: facts.value.skipped,
  });
}

/** One headline KPI day by day over the period (local days of the zone), with its target. */
export async function projectTrend(
  jira: JiraClient,
  settings: Settings,
  request: { projectKey: string; kpi: string; period: Period; zone: TimeZone },
): Promise<Result<ResolverOutput<'kpi/trend'>, AppError>> {
  const config = resolveKpiConfig(settings.kpi);
  const facts = await projectFacts(jira, request.projectKey, request.period, config, []);
  if (!facts.ok) return facts;
  const points: { day: string; value: number | null }[] = [];
  for (let from = request.period.from; from < request.period.to; from += DAY_MS) {
    const day = { from, to: Math.min(from + DAY_MS, request.period.to) };
    const report = buildKpiReport(
      facts.value.tickets,
      parameters(config, day, request.zone, facts.value.npsEnabled, []),
    );
    const row = report.scorecard.find((r) => r.kpi === request.kpi);
    if (!row)
      return err({
        code: 'VALIDATION.INVALID_INPUT',
        message: `"${request.kpi}" is not a KPI of the scorecard (${report.scorecard.map((r) => r.kpi).join(', ')})`,
      });
    points.push({
      day: new Date(from + request.zone.offsetAt(from)).toISOString().slice(0, 10),
      value: row.actual,
    });
  }
  const target = Object.entries(config.targets).find(([kpi]) => kpi === request.kpi)?.[1] ?? null;
  return ok({ kpi: request.kpi, target, points });
}
