import { ok, type Result } from '../../domain/result';
import { qaConfigSchema, type QaConfig } from '../../contract/qa-schema';
import type { KeyValueStore } from '../../store/port';
import type { AppError } from '../app-error';
import { QA_KEYS } from './qa-keys';

/** The QA settings before an admin saves any: 3% a day, one per agent, no reviewer group. */
export const DEFAULT_QA_CONFIG: QaConfig = qaConfigSchema.parse({ schemaVersion: 1 });

/** The stored QA settings, or the defaults; an unreadable record is an error, not the defaults. */
export async function readQaConfig(store: KeyValueStore): Promise<Result<QaConfig, AppError>> {
  const stored = await store.get(QA_KEYS.config);
  if (stored === undefined || stored === null) return ok(DEFAULT_QA_CONFIG);
  const parsed = qaConfigSchema.safeParse(stored);
  if (!parsed.success)
    return {
      ok: false,
      error: {
        code: 'QA.CONFIG_UNREADABLE',
        message: 'The stored QA settings cannot be read; save them again on the QA settings page',
      },
    };
  return ok(parsed.data);
}

export async function writeQaConfig(store: KeyValueStore, config: QaConfig): Promise<QaConfig> {
  await store.set(QA_KEYS.config, config);
  return config;
}
