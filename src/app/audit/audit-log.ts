import { z } from 'zod';
import type { KeyValueStore } from '../../store/port';

/** One recorded change: who, when, what, and the value before and after. */
export const auditEntrySchema = z.object({
  at: z.string(),
  by: z.string(),
  field: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

const keyOf = (issueKey: string, version: number) => `audit:${issueKey}:${String(version).padStart(8, '0')}`;

/**
 * Appends the entries of one version of an improvement. Each version has its own key, so nothing
 * written before is ever rewritten; writing the same version twice (a retried trigger) keeps the first.
 */
export async function appendAudit(
  store: KeyValueStore,
  issueKey: string,
  version: number,
  entries: readonly AuditEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  const key = keyOf(issueKey, version);
  if ((await store.get(key)) !== undefined) return;
  await store.set(key, { schemaVersion: 1, entries });
}

/** The whole trail of an improvement, oldest first; an unreadable entry is reported as such, not dropped. */
export async function readAudit(store: KeyValueStore, issueKey: string): Promise<AuditEntry[]> {
  const entries: AuditEntry[] = [];
  let cursor: string | null = null;
  do {
    const page = await store.list(`audit:${issueKey}:`, { cursor });
    for (const stored of page.entries) {
      const parsed = z.object({ entries: z.array(auditEntrySchema) }).safeParse(stored.value);
      if (parsed.success) entries.push(...parsed.data.entries);
      else
        entries.push({
          at: '',
          by: 'quality-loop',
          field: 'unreadable audit record',
          before: stored.key,
          after: null,
        });
    }
    cursor = page.cursor;
  } while (cursor !== null);
  return entries;
}
