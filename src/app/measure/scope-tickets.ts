import { err, ok, type Result } from '../../domain/result';
import { judgeTicket, type JudgedTicket } from '../../domain/kpi/judged-ticket';
import { repeatContactIndex } from '../../domain/kpi/repeat-contact';
import { HOUR_OF_DAY } from '../../domain/kpi/dimensions';
import type { Period } from '../../domain/kpi/period';
import type { Scope } from '../../domain/improvement/improvement';
import type { TicketFacts } from '../../domain/ticket';
import type { KpiConfig } from '../../contract/kpi-config';
import { discoverFields } from '../../jira/field-map';
import type { JiraClient } from '../../jira/client';
import { exportDataset } from '../export/export-dataset';
import { fromJira, type AppError } from '../app-error';
import { resolveKpiConfig } from '../report/resolve-config';
import { ticketFactsFromIssues } from '../report/ticket-facts-from-issues';

const DAY_MS = 86_400_000;

/** The tickets of a scope that can matter to a window, judged under the site's KPI options. */
export interface ScopeTickets {
  readonly judged: readonly JudgedTicket[];
  /** Raw issues by key, for what the facts do not carry (issue properties such as flags). */
  readonly issues: ReadonlyMap<string, Record<string, unknown>>;
  readonly skipped: number;
}

/**
 * Reads every ticket of the scope updated since a day before the window (which includes every
 * ticket created, resolved, breaching or contacting again in it), keeps those with the scope's
 * dimension values, and judges reopen, repeat contact and FCR over all of them.
 */
export async function scopeTickets(
  jira: JiraClient,
  scope: Scope,
  window: Period,
  kpi: KpiConfig,
  properties: readonly string[] = [],
  extraDimensions: readonly string[] = [],
): Promise<Result<ScopeTickets, AppError>> {
  const since = new Date(window.from - DAY_MS).toISOString().slice(0, 10);
  const jql = `project = ${scope.projectKey} AND updated >= "${since}"${scope.jql ? ` AND (${scope.jql})` : ''}`;
  const dataset = await exportDataset(jira, jql, { properties });
  if (!dataset.ok) return err(fromJira(dataset.error, `Reading the tickets of ${scope.projectKey}`));
  const config = resolveKpiConfig(kpi);
  const map = discoverFields(dataset.value.fields, {
    npsField: config.npsField,
    dimensions: [...Object.keys(scope.dimensions), ...extraDimensions].filter((d) => d !== HOUR_OF_DAY),
  });
  if (!map.ok) return map;
  const { tickets, skipped } = ticketFactsFromIssues(dataset.value.issues, map.value);
  const inScope = tickets.filter((t) => matchesDimensions(t, scope.dimensions));
  const repeats = repeatContactIndex(tickets);
  return ok({
    judged: inScope.map((t) => judgeTicket(t, config.options, repeats)),
    issues: new Map(dataset.value.issues.map((i) => [String(i.key), i])),
    skipped: skipped.length,
  });
}

function matchesDimensions(ticket: TicketFacts, dimensions: Readonly<Record<string, string>>): boolean {
  return Object.entries(dimensions).every(([name, value]) => (ticket.dimensions[name] ?? []).includes(value));
}
