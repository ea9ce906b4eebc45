import { z } from 'zod';
import { err, ok, type Result } from '../../domain/result';
import { checkDefinition, nextVersion } from '../../domain/qa/scorecard-versions';
import {
  bilingualSchema,
  scorecardDefinitionSchema,
  scorecardVersionSchema,
  type ScorecardDefinition,
  type ScorecardSummary,
  type ScorecardVersion,
} from '../../contract/qa-schema';
import type { KeyValueStore } from '../../store/port';
import type { AppError } from '../app-error';
import { readQaConfig, writeQaConfig } from './qa-config-store';
import { listAll, QA_KEYS } from './qa-keys';

/** A scorecard's head record: its draft and the list of its published versions (stored apart). */
const scorecardHeadSchema = z.object({
  schemaVersion: z.literal(1),
  id: z.string(),
  name: bilingualSchema,
  draft: scorecardDefinitionSchema.nullable(),
  draftUpdatedAt: z.string().nullable(),
  versions: z.array(
    z.object({
      version: z.number().int(),
      publishedAt: z.string(),
      publishedBy: z.string(),
      passMark: z.number(),
    }),
  ),
});
type ScorecardHead = z.infer<typeof scorecardHeadSchema>;

const unreadable = (what: string): AppError => ({
  code: 'QA.SCORECARD_UNREADABLE',
  message: `The stored ${what} cannot be read; save the scorecard again to replace its draft`,
});

async function readHead(store: KeyValueStore, id: string): Promise<Result<ScorecardHead | null, AppError>> {
  const stored = await store.get(QA_KEYS.scorecard(id));
  if (stored === undefined || stored === null) return ok(null);
  const head = scorecardHeadSchema.safeParse(stored);
  return head.success ? ok(head.data) : err(unreadable(`scorecard "${id}"`));
}

/** One published version; versions are immutable, so what a review was scored on is always readable. */
export async function readScorecardVersion(
  store: KeyValueStore,
  id: string,
  version: number,
): Promise<Result<ScorecardVersion, AppError>> {
  const stored = await store.get(QA_KEYS.version(id, version));
  if (stored === undefined || stored === null)
    return err({
      code: 'QA.SCORECARD_NOT_FOUND',
      message: `Scorecard "${id}" has no published version ${version}`,
    });
  const parsed = scorecardVersionSchema.safeParse(stored);
  return parsed.success ? ok(parsed.data) : err(unreadable(`version ${version} of "${id}"`));
}

async function summarise(
  store: KeyValueStore,
  head: ScorecardHead,
  activeId: string | null,
): Promise<Result<ScorecardSummary, AppError>> {
  const last = head.versions.at(-1);
  let latest: ScorecardVersion | null = null;
  if (last) {
    const read = await readScorecardVersion(store, head.id, last.version);
    if (!read.ok) return read;
    latest = read.value;
  }
  return ok({
    id: head.id,
    name: head.name,
    draft: head.draft,
    draftUpdatedAt: head.draftUpdatedAt,
    versions: head.versions,
    latest,
    active: head.id === activeId,
  });
}

/** Every scorecard with its draft and versions, for the admin editor. */
export async function listScorecards(store: KeyValueStore): Promise<Result<ScorecardSummary[], AppError>> {
  const config = await readQaConfig(store);
  if (!config.ok) return config;
  const summaries: ScorecardSummary[] = [];
  for (const entry of await listAll(store, QA_KEYS.scorecardPrefix)) {
    const head = scorecardHeadSchema.safeParse(entry.value);
    if (!head.success) return err(unreadable(`scorecard at ${entry.key}`));
    const summary = await summarise(store, head.data, config.value.activeScorecardId);
    if (!summary.ok) return summary;
    summaries.push(summary.value);
  }
  return ok(summaries);
}

/** Saves a scorecard's draft (creating the scorecard if new); published versions are untouched. */
export async function saveScorecardDraft(
  store: KeyValueStore,
  id: string,
  definition: ScorecardDefinition,
  nowIso: string,
): Promise<Result<ScorecardSummary, AppError>> {
  const checked = checkDefinition(definition);
  if (!checked.ok) return checked;
  const head = await readHead(store, id);
  if (!head.ok) return head;
  const next: ScorecardHead = {
    schemaVersion: 1,
    id,
    name: definition.name,
    draft: definition,
    draftUpdatedAt: nowIso,
    versions: head.value?.versions ?? [],
  };
  await store.set(QA_KEYS.scorecard(id), next);
  const config = await readQaConfig(store);
  if (!config.ok) return config;
  return summarise(store, next, config.value.activeScorecardId);
}

/**
 * Publishes the draft as the next version. The version record is written before the head, so a
 * failure in between leaves an orphan version nobody points at rather than a head pointing nowhere.
 * The first published scorecard of a site becomes the active one.
 */
export async function publishScorecard(
  store: KeyValueStore,
  id: string,
  by: string,
  nowIso: string,
): Promise<Result<ScorecardVersion, AppError>> {
  const head = await readHead(store, id);
  if (!head.ok) return head;
  if (!head.value) return err({ code: 'QA.SCORECARD_NOT_FOUND', message: `There is no scorecard "${id}"` });
  const draft = head.value.draft;
  if (!draft)
    return err({
      code: 'QA.NOTHING_TO_PUBLISH',
      message: `Scorecard "${id}" has no draft: edit it and save before publishing a new version`,
    });
  const version = nextVersion(head.value.versions.map((v) => v.version));
  const record: ScorecardVersion = {
    ...draft,
    schemaVersion: 1,
    scorecardId: id,
    version,
    publishedAt: nowIso,
    publishedBy: by,
  };
  await store.set(QA_KEYS.version(id, version), record);
  await store.set(QA_KEYS.scorecard(id), {
    ...head.value,
    draft: null,
    draftUpdatedAt: null,
    versions: [
      ...head.value.versions,
      { version, publishedAt: nowIso, publishedBy: by, passMark: draft.passMark },
    ],
  });
  const config = await readQaConfig(store);
  if (!config.ok) return config;
  if (config.value.activeScorecardId === null)
    await writeQaConfig(store, { ...config.value, activeScorecardId: id });
  return ok(record);
}

/** The version new reviews are scored on: the active scorecard's latest, or null when none is published. */
export async function activeScorecardVersion(
  store: KeyValueStore,
  activeId: string | null,
): Promise<Result<ScorecardVersion | null, AppError>> {
  if (activeId === null) return ok(null);
  const head = await readHead(store, activeId);
  if (!head.ok) return head;
  const last = head.value?.versions.at(-1);
  if (!last) return ok(null);
  return readScorecardVersion(store, activeId, last.version);
}
