import { err, ok, type Result } from '../../domain/result';
import { DEFAULT_CATEGORIES, settingsSchema, type Settings } from '../../contract/settings-schema';
import type { KeyValueStore } from '../../store/port';
import type { AppError } from '../app-error';

const KEY = 'settings';

/** Settings of a site that has none saved yet. */
export const DEFAULT_SETTINGS: Settings = {
  schemaVersion: 1,
  categories: DEFAULT_CATEGORIES,
  approvers: { users: [], group: null, projectRole: 'Administrators', policy: { kind: 'any' } },
  kpi: {},
};

/** Reads the settings through their schema; an unreadable record is reported, never silently replaced. */
export async function readSettings(store: KeyValueStore): Promise<Result<Settings, AppError>> {
  const stored = await store.get(KEY);
  if (stored === undefined) return ok(DEFAULT_SETTINGS);
  const parsed = settingsSchema.safeParse(stored);
  if (!parsed.success) {
    return err({
      code: 'SETTINGS.UNREADABLE',
      message: `the stored settings cannot be read (${parsed.error.issues[0]?.path.join('.') ?? ''}: ${parsed.error.issues[0]?.message ?? ''}); an admin must save them again`,
    });
  }
  return ok(parsed.data);
}

/** Saves validated settings whole. */
export async function writeSettings(store: KeyValueStore, settings: Settings): Promise<Settings> {
  await store.set(KEY, settings);
  return settings;
}
