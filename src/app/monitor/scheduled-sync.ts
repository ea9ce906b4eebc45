import type { Result } from '../../domain/result';
import type { AppError } from '../app-error';
import type { AppPorts } from '../ports';
import { readSettings } from '../settings/settings-store';
import { listCheckpoints } from './sync-state';
import { syncProject, type SyncSummary } from './sync';

/** One project's outcome of a scheduled run. */
export interface ProjectSyncOutcome {
  readonly projectKey: string;
  readonly result: Result<SyncSummary, AppError>;
}

/**
 * The hourly job: syncs every project whose backfill is done, one after the other; a project that
 * fails keeps its cursor (its error is recorded in its sync state) and does not stop the others.
 */
export async function syncAllProjects(ports: AppPorts): Promise<Result<ProjectSyncOutcome[], AppError>> {
  const settings = await readSettings(ports.store);
  if (!settings.ok) return settings;
  const outcomes: ProjectSyncOutcome[] = [];
  for (const checkpoint of await listCheckpoints(ports.store)) {
    if (!checkpoint.ok || checkpoint.value.status !== 'done') continue;
    const projectKey = checkpoint.value.projectKey;
    outcomes.push({ projectKey, result: await syncProject(ports, settings.value, projectKey) });
  }
  return { ok: true, value: outcomes };
}
