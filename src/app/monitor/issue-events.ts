import { z } from 'zod';
import type { KeyValueStore } from '../../store/port';
import { markDirty, readCheckpoint } from './sync-state';

/** What the monitor reads of a Jira issue event (created, updated, commented, deleted). */
const issueEventSchema = z.looseObject({
  eventType: z.string().optional(),
  issue: z.looseObject({
    key: z.string().regex(/^[A-Z][A-Z0-9_]*-\d+$/),
    fields: z.looseObject({ project: z.looseObject({ key: z.string() }).optional() }).optional(),
  }),
});

/**
 * Marks the ticket of an issue event for the next sync, when its project is monitored. The sync
 * reads the `updated` search anyway; the mark also catches what that search can miss (a change
 * stamped before the cursor's overlap, a deletion, which no search finds).
 */
export async function markIssueEvent(
  store: KeyValueStore,
  event: unknown,
  at: number,
): Promise<{ marked: string | null }> {
  const parsed = issueEventSchema.safeParse(event);
  if (!parsed.success) return { marked: null };
  const issueKey = parsed.data.issue.key;
  const projectKey = parsed.data.issue.fields?.project?.key ?? issueKey.slice(0, issueKey.lastIndexOf('-'));
  const checkpoint = await readCheckpoint(store, projectKey);
  if (!checkpoint.ok || !checkpoint.value) return { marked: null };
  await markDirty(store, projectKey, {
    issueKey,
    deleted: parsed.data.eventType === 'avi:jira:deleted:issue',
    at,
  });
  return { marked: issueKey };
}
