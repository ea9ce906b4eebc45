import { z } from 'zod';
import { alertHistoryEntrySchema, type AlertHistoryEntry } from '../../contract/monitoring-schema';
import { fnv1a64 } from '../../domain/improvement/fnv1a-64';
import type { KeyValueStore } from '../../store/port';

/**
 * Where the monitoring keeps its records in KVS:
 * - `alerts:history:{project}:{day}:{rule}` one rule's run on one day (sharded by project and day,
 *   listed by month prefix);
 * - `alerts:open:{rule}:{project}[:{dimension hash}]` the improvement a rule opened for a scope, to never
 *   open a second while it is open (a rule moved to another scope starts afresh).
 */
const historyKey = (projectKey: string, day: string, ruleId: string) =>
  `alerts:history:${projectKey}:${day}:${ruleId}`;
/** The scope part of the open-record key: the project, and a hash of the dimension (any characters). */
const openKey = (rule: ScopedRule) =>
  `alerts:open:${rule.id}:${rule.projectKey}${rule.dimension ? `:${fnv1a64(`${rule.dimension.name}=${rule.dimension.value}`)}` : ''}`;

/** What identifies a rule's scope. */
export interface ScopedRule {
  readonly id: string;
  readonly projectKey: string;
  readonly dimension: { readonly name: string; readonly value: string } | null;
}

/** One run's entry; undefined when the rule did not run that day, an error text when it is unreadable. */
export async function readHistoryEntry(
  store: KeyValueStore,
  projectKey: string,
  day: string,
  ruleId: string,
): Promise<AlertHistoryEntry | undefined | { unreadable: string }> {
  const stored = await store.get(historyKey(projectKey, day, ruleId));
  if (stored === undefined) return undefined;
  const parsed = alertHistoryEntrySchema.safeParse(stored);
  return parsed.success ? parsed.data : { unreadable: parsed.error.issues[0]?.message ?? 'unreadable' };
}

export const writeHistoryEntry = (store: KeyValueStore, entry: AlertHistoryEntry): Promise<void> =>
  store.set(historyKey(entry.projectKey, entry.day, entry.ruleId), entry);

/** The entries of a project whose day starts with `dayPrefix` (e.g. `2026-11`), newest day first. */
export async function listHistory(
  store: KeyValueStore,
  projectKey: string,
  dayPrefix: string,
): Promise<{ entries: AlertHistoryEntry[]; unreadable: string[] }> {
  const entries: AlertHistoryEntry[] = [];
  const unreadable: string[] = [];
  let cursor: string | null = null;
  do {
    const page = await store.list(`alerts:history:${projectKey}:${dayPrefix}`, { cursor });
    for (const e of page.entries) {
      const parsed = alertHistoryEntrySchema.safeParse(e.value);
      if (parsed.success) entries.push(parsed.data);
      else unreadable.push(e.key);
    }
    cursor = page.cursor;
  } while (cursor !== null);
  entries.sort((a, b) => (a.day === b.day ? a.ruleId.localeCompare(b.ruleId) : b.day.localeCompare(a.day)));
  return { entries, unreadable };
}

const openRecordSchema = z.object({
  schemaVersion: z.literal(1),
  improvementKey: z.string(),
  openedOn: z.string(),
});
export type OpenRecord = z.infer<typeof openRecordSchema>;

/** The improvement a rule last opened for the project, if a readable record says so. */
export async function readOpenRecord(store: KeyValueStore, rule: ScopedRule): Promise<OpenRecord | null> {
  const parsed = openRecordSchema.safeParse(await store.get(openKey(rule)));
  return parsed.success ? parsed.data : null;
}

export const writeOpenRecord = (
  store: KeyValueStore,
  rule: ScopedRule,
  improvementKey: string,
  openedOn: string,
): Promise<void> =>
  store.set(openKey(rule), { schemaVersion: 1, improvementKey, openedOn } satisfies OpenRecord);
