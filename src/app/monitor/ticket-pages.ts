import { HOUR_OF_DAY } from '../../domain/kpi/dimensions';
import { monitoredDimensions } from '../../domain/monitor/aggregate-config';
import { err, ok, type Result } from '../../domain/result';
import type { TicketFacts } from '../../domain/ticket';
import type { Settings } from '../../contract/settings-schema';
import type { JiraClient } from '../../jira/client';
import { getFields } from '../../jira/endpoints';
import { discoverFields, type TicketFieldMap } from '../../jira/field-map';
import { completeChangelogs, issuePages } from '../../jira/issue-pages';
import { fromJira, type AppError } from '../app-error';
import { resolveKpiConfig } from '../report/resolve-config';
import { ticketFactsFromIssues } from '../report/ticket-facts-from-issues';

/**
 * The largest page enhanced search gives when fields are asked for (Jira caps `maxResults` at 100
 * then; 5000 holds only for id/key-only searches). Fewer, fuller pages mean fewer requests.
 */
export const SEARCH_PAGE_SIZE = 100;

/** What the monitor reads of each ticket: the fields the KPI definitions need, nothing more. */
export interface TicketReading {
  readonly map: TicketFieldMap;
  readonly fields: readonly string[];
  readonly npsEnabled: boolean;
}

/**
 * Discovers the field ids the settings need (SLA, satisfaction, request type, NPS, dimensions) with
 * one `GET /rest/api/3/field`, and lists the fields a search must return for them.
 */
export async function ticketReading(
  jira: JiraClient,
  settings: Settings,
): Promise<Result<TicketReading, AppError>> {
  const fieldList = await getFields(jira);
  if (!fieldList.ok) return err(fromJira(fieldList.error, 'Reading the field list'));
  const config = resolveKpiConfig(settings.kpi);
  // The dimensions the aggregates are kept for, so every breakdown a screen offers has its values.
  const dimensions = monitoredDimensions(config).filter((d) => d !== HOUR_OF_DAY);
  const map = discoverFields(fieldList.value, { npsField: config.npsField, dimensions });
  if (!map.ok) return map;
  const m = map.value;
  const fields = [
    ...new Set([
      'project',
      'created',
      'updated',
      'resolutiondate',
      'reporter',
      'comment',
      ...m.sla.map((s) => s.id),
      ...(m.csat ? [m.csat] : []),
      ...(m.requestType ? [m.requestType] : []),
      ...(m.nps ? [m.nps.id] : []),
      ...m.dimensions.map((d) => d.fieldId),
    ]),
  ];
  return ok({ map: m, fields, npsEnabled: m.nps !== null });
}

/** One page of tickets read into facts, with where the search stands. */
export interface TicketPage {
  readonly tickets: TicketFacts[];
  /** Keys of the issues that could not be read into facts (kept apart in the aggregates' meta). */
  readonly skippedKeys: string[];
  /** Keys of every issue the page held (read or skipped), in the search's order. */
  readonly keys: string[];
  readonly last: boolean;
}

/**
 * Streams the tickets a JQL query finds, a page at a time, with every comment and history the
 * KPIs read: what the search truncated is completed through the comment and bulk-changelog
 * endpoints (one request per 1000 truncated changelogs of the page).
 */
export async function* ticketPages(
  jira: JiraClient,
  reading: TicketReading,
  jql: string,
): AsyncGenerator<Result<TicketPage, AppError>, void, undefined> {
  for await (const page of issuePages(jira, { jql, fields: reading.fields, maxResults: SEARCH_PAGE_SIZE })) {
    if (!page.ok) {
      yield err(fromJira(page.error.jiraError, page.error.doing));
      return;
    }
    const completed = await completeChangelogs(jira, page.value.truncatedChangelogs);
    if (!completed.ok) {
      yield err(fromJira(completed.error.jiraError, completed.error.doing));
      return;
    }
    const { tickets, skipped } = ticketFactsFromIssues(page.value.issues, reading.map);
    yield ok({
      tickets,
      skippedKeys: skipped.map((s) => s.key),
      keys: page.value.keys,
      last: page.value.last,
    });
  }
}

/**
 * When each ticket's ongoing SLA cycles will breach, for those not breached yet: Jira changes no
 * `updated` when a clock runs out, so the sync re-reads these tickets once the instant has passed.
 */
export function pendingBreaches(tickets: readonly TicketFacts[], after: number): Map<string, number> {
  const due = new Map<string, number>();
  for (const t of tickets) {
    for (const sla of t.sla) {
      const cycle = sla.ongoingCycle;
      if (!cycle || cycle.breached || cycle.breachTime === null || cycle.breachTime < after) continue;
      due.set(t.key, Math.min(due.get(t.key) ?? Infinity, cycle.breachTime));
    }
  }
  return due;
}
