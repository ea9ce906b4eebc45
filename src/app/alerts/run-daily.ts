import { ok, type Result } from '../../domain/result';
import type { AlertHistoryEntry, MonitoringSettings } from '../../contract/monitoring-schema';
import type { Settings } from '../../contract/settings-schema';
import type { Review, ReviewKind } from '../../contract/review-schema';
import type { AppError } from '../app-error';
import type { AppPorts } from '../ports';
import { localDay, runReviews } from '../reviews/generate-review';
import { readSettings } from '../settings/settings-store';
import { readMonitoring } from './monitoring-store';
import { runAlerts } from './run-alerts';

/** What the daily run did. */
export interface DailyOutcome {
  readonly today: string;
  /** The sync's failure, if it failed (the alerts then read what the last sync left). */
  readonly syncError: string | null;
  readonly alerts: readonly AlertHistoryEntry[];
  readonly reviews: readonly Review[];
  readonly reviewFailures: readonly { projectKey: string; kind: ReviewKind; message: string }[];
}

/** What a daily run reads before anything else: both settings, and today in the monitoring time zone. */
export interface DailyContext {
  readonly settings: Settings;
  readonly monitoring: MonitoringSettings;
  /** The local day (`YYYY-MM-DD`) of the monitoring time zone. */
  readonly today: string;
}

export async function readDailyContext(
  ports: Pick<AppPorts, 'store' | 'now'>,
): Promise<Result<DailyContext, AppError>> {
  const settings = await readSettings(ports.store);
  if (!settings.ok) return settings;
  const monitoring = await readMonitoring(ports.store);
  if (!monitoring.ok) return monitoring;
  const today = localDay(ports.now(), monitoring.value.timeZone);
  if (!today.ok) return today;
  return ok({ settings: settings.value, monitoring: monitoring.value, today: today.value });
}

/**
 * The daily monitoring job (日监控), in order: bring the KPI data up to date (`sync`, given by the
 * composition root: the monitor's sync), evaluate the alert rules for the complete days before today,
 * then generate the reviews due (last complete week 周复盘 and month 月稽核) of every watched project.
 * "Today" is the local day of the monitoring time zone. Every step is idempotent, so running it twice
 * the same day (or by hand) opens, posts and stores nothing twice.
 */
export async function runDailyMonitoring(
  ports: AppPorts,
  hooks: { readonly sync?: (ports: AppPorts) => Promise<Result<unknown, AppError>> } = {},
): Promise<Result<DailyOutcome, AppError>> {
  const context = await readDailyContext(ports);
  if (!context.ok) return context;
  const { settings, monitoring, today } = context.value;

  const synced = hooks.sync ? await hooks.sync(ports) : ok(null);
  const alerts = await runAlerts(ports, { settings, monitoring }, { today });
  if (!alerts.ok) return alerts;
  const projectKeys = [
    ...new Set([...monitoring.rules.map((r) => r.projectKey), ...monitoring.reviewProjects]),
  ].sort();
  const reviews = await runReviews(ports, settings, {
    projectKeys,
    today,
    timeZone: monitoring.timeZone,
  });
  return ok({
    today,
    syncError: synced.ok ? null : synced.error.message,
    alerts: alerts.value,
    reviews: reviews.generated,
    reviewFailures: reviews.failed,
  });
}
