import { err, ok, type Result } from '../../domain/result';
import { monitoredDimensions } from '../../domain/monitor/aggregate-config';
import type { Settings } from '../../contract/settings-schema';
import type { AppError } from '../app-error';
import type { AppPorts } from '../ports';
import { resolveKpiConfig } from '../report/resolve-config';
import { ingestTickets, resetProjectAggregates, type IngestSummary } from './ingest';
import { checkProjectKey } from './project-key';
import { ticketPages, ticketReading } from './ticket-pages';

/**
 * Rebuilds a project's KPI aggregates from Jira in one go: resets them, then reads every ticket page
 * by page (as the app) and ingests each page as it comes, so no more than a page is held at once.
 * For the local host and tests; production rebuilds through the checkpointed backfill.
 */
export async function rebuildProject(
  ports: AppPorts,
  settings: Settings,
  projectKey: string,
): Promise<Result<{ tickets: number; skipped: number; pages: number }, AppError>> {
  const key = checkProjectKey(projectKey);
  if (!key.ok) return key;
  // Read every dimension the aggregates keep, not only the configured ones.
  const config = resolveKpiConfig(settings.kpi);
  const reading = await ticketReading(ports.jiraAsApp, {
    ...settings,
    kpi: { ...settings.kpi, dimensions: monitoredDimensions(config) },
  });
  if (!reading.ok) return reading;
  await resetProjectAggregates(ports.store, projectKey);
  let tickets = 0;
  let skipped = 0;
  let pages = 0;
  for await (const page of ticketPages(
    ports.jiraAsApp,
    reading.value,
    `project = ${projectKey} ORDER BY key ASC`,
  )) {
    if (!page.ok) return page;
    const ingested: Result<IngestSummary, AppError> = await ingestTickets(
      ports.store,
      projectKey,
      page.value.tickets,
      settings,
      { npsEnabled: reading.value.npsEnabled, skippedKeys: page.value.skippedKeys },
    );
    if (!ingested.ok) return err(ingested.error);
    tickets += page.value.tickets.length;
    skipped += page.value.skippedKeys.length;
    pages++;
  }
  return ok({ tickets, skipped, pages });
}
