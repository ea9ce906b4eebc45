import type { Result } from '../../domain/result';
import type { TicketFacts } from '../../domain/ticket';
import type { Settings } from '../../contract/settings-schema';
import type { KeyValueStore } from '../../store/port';
import type { AppError } from '../app-error';
import {
  ingestTickets,
  readMonitorMeta,
  removeTickets,
  resetProjectAggregates,
  type IngestSummary,
  type MonitorMeta,
} from './ingest';

/**
 * The stored aggregates as the backfill and the sync use them: one thin seam over the aggregate
 * store (ingest.ts), so these use cases name only what they need of it.
 */
export interface MonitorAggregates {
  ingest(
    projectKey: string,
    tickets: readonly TicketFacts[],
    settings: Settings,
    options: { npsEnabled: boolean; skippedKeys: readonly string[] },
  ): Promise<Result<IngestSummary, AppError>>;
  remove(projectKey: string, keys: readonly string[]): Promise<Result<IngestSummary, AppError>>;
  reset(projectKey: string): Promise<Result<{ deleted: number }, AppError>>;
  meta(projectKey: string, settings: Settings): Promise<Result<MonitorMeta | null, AppError>>;
}

export const aggregatesOf = (store: KeyValueStore): MonitorAggregates => ({
  ingest: (projectKey, tickets, settings, options) =>
    ingestTickets(store, projectKey, tickets, settings, options),
  remove: (projectKey, keys) => removeTickets(store, projectKey, keys),
  reset: (projectKey) => resetProjectAggregates(store, projectKey),
  meta: (projectKey, settings) => readMonitorMeta(store, projectKey, settings),
});
