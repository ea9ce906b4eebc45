import { buildKpiReport, type KpiReport } from '../../domain/kpi/report';
import { HOUR_OF_DAY } from '../../domain/kpi/dimensions';
import { ok, type Result } from '../../domain/result';
import { parsePeriod } from '../../domain/time/period-text';
import type { KpiConfig } from '../../contract/kpi-config';
import { discoverFields, type TicketFieldMap } from '../../jira/field-map';
import type { JiraField } from '../../jira/schemas/field';
import type { SkippedTicket } from '../../jira/ticket-facts';
import { resolveKpiConfig } from './resolve-config';
import { ticketFactsFromIssues } from './ticket-facts-from-issues';
import { countedReviews } from '../qa/dataset-reviews';

export interface KpiReportRequest {
  readonly from: string;
  readonly to: string;
  /** IANA zone for boundaries without an offset and for hour-of-day; default UTC. */
  readonly timeZone?: string;
  readonly config: KpiConfig;
}

/** The report with what it read: the fields it discovered and the tickets it had to skip. */
export interface KpiReportWithSources extends KpiReport {
  readonly fields: TicketFieldMap;
  readonly skipped: { readonly count: number; readonly tickets: readonly SkippedTicket[] };
}

/** How the command line names the period's boundaries in messages. */
export const CLI_LABELS = { from: '--from', to: '--to' } as const;

/** Computes the KPI report of a period from Jira's field list and issues. */
export function makeKpiReport(
  fields: readonly JiraField[],
  issues: Iterable<unknown>,
  request: KpiReportRequest,
): Result<KpiReportWithSources> {
  const parsed = parsePeriod(request.from, request.to, request.timeZone ?? 'UTC', CLI_LABELS);
  if (!parsed.ok) return parsed;
  const { period, zone } = parsed.value;

  const config = resolveKpiConfig(request.config);
  const fieldDimensions = [...new Set([...config.dimensions, config.paretoDimension])].filter(
    (d) => d !== HOUR_OF_DAY,
  );
  const map = discoverFields(fields, { npsField: config.npsField, dimensions: fieldDimensions });
  if (!map.ok) return map;

  const issueList = [...issues];
  const { tickets, skipped } = ticketFactsFromIssues(issueList, map.value);
  const report = buildKpiReport(tickets, {
    period,
    zone,
    options: config.options,
    targets: config.targets,
    weights: config.weights,
    dimensions: config.dimensions,
    paretoDimension: config.paretoDimension,
    npsEnabled: map.value.nps !== null,
    // QA reviews travel in the issues' `ql.qaReview` property (ql export carries it).
    qaReviews: countedReviews(issueList),
  });
  return ok({ ...report, fields: map.value, skipped: { count: skipped.length, tickets: skipped } });
}
