import { err, ok, type Result } from '../../domain/result';
import {
  DEFAULT_MONITORING,
  monitoringSettingsSchema,
  type MonitoringSettings,
} from '../../contract/monitoring-schema';
import { timeZone } from '../../domain/time/zone';
import type { KeyValueStore } from '../../store/port';
import type { AppError } from '../app-error';

const KEY = 'monitoring:settings';

/** The monitoring settings (alert rules, time zone, review projects); defaults when none are saved. */
export async function readMonitoring(store: KeyValueStore): Promise<Result<MonitoringSettings, AppError>> {
  const stored = await store.get(KEY);
  if (stored === undefined) return ok(DEFAULT_MONITORING);
  const parsed = monitoringSettingsSchema.safeParse(stored);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return err({
      code: 'SETTINGS.UNREADABLE',
      message: `the stored alert rules cannot be read (${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}); an admin must save them again`,
    });
  }
  return ok(parsed.data);
}

/** Saves validated monitoring settings whole, after checking what the schema cannot (the zone exists). */
export async function writeMonitoring(
  store: KeyValueStore,
  settings: MonitoringSettings,
): Promise<Result<MonitoringSettings, AppError>> {
  const zone = timeZone(settings.timeZone);
  if (!zone.ok) return err({ code: 'VALIDATION.INVALID_INPUT', message: `timeZone: ${zone.error.message}` });
  await store.set(KEY, settings);
  return ok(settings);
}
