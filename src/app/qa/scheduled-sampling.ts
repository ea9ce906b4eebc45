import type { Result } from '../../domain/result';
import type { AppError } from '../app-error';
import type { AppPorts } from '../ports';
import { readSettings } from '../settings/settings-store';
import { readQaConfig } from './qa-config-store';
import { runScheduledSampling } from './sampling-run';

/** The `qa-sampling` scheduled trigger's use case: the settings, then the draw of every configured project. */
export async function scheduledQaSampling(
  ports: AppPorts,
): Promise<Result<{ projectKey: string; drawn: number; error: string | null }[], AppError>> {
  const settings = await readSettings(ports.store);
  if (!settings.ok) return settings;
  const config = await readQaConfig(ports.store);
  if (!config.ok) return config;
  return runScheduledSampling(ports, settings.value, config.value);
}
