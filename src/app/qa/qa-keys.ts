import type { KeyValueStore, StoredEntry } from '../../store/port';
import { PROPERTY_KEYS } from '../install/jira-parts';

/** The issue property holding every QA review of a ticket (indexed for JQL: qlQaPassed, qlQaScore…). */
export const QA_REVIEW_PROPERTY = PROPERTY_KEYS.qaReview;

/**
 * KVS keys of the QA records. Days are UTC calendar days of the ticket's first review, so a
 * period in any zone reads the days around it and filters the exact instants.
 */
export const QA_KEYS = {
  config: 'qa:config',
  scorecard: (id: string) => `qa:scorecard:${id}`,
  scorecardPrefix: 'qa:scorecard:',
  // Zero-padded so versions list in order; a published version is written once and never replaced.
  version: (id: string, version: number) => `qa:scorecard-version:${id}:${String(version).padStart(6, '0')}`,
  sampleRun: (projectKey: string, runId: string) => `qa:sample-run:${projectKey}:${runId}`,
  sampled: (projectKey: string, issueKey: string) => `qa:sampled:${projectKey}:${issueKey}`,
  sampledPrefix: (projectKey: string) => `qa:sampled:${projectKey}:`,
  daily: (projectKey: string, day: string, issueKey: string) => `qa:daily:${projectKey}:${day}:${issueKey}`,
  dailyPrefix: (projectKey: string, day: string) => `qa:daily:${projectKey}:${day}:`,
  byAgent: (agent: string, issueKey: string) => `qa:by-agent:${agent}:${issueKey}`,
  byAgentPrefix: (agent: string) => `qa:by-agent:${agent}:`,
} as const;

/** Every page of a key-prefix listing. */
export async function listAll(store: KeyValueStore, prefix: string): Promise<StoredEntry[]> {
  const all: StoredEntry[] = [];
  let cursor: string | null = null;
  do {
    const page = await store.list(prefix, { limit: 100, cursor });
    all.push(...page.entries);
    cursor = page.cursor;
  } while (cursor !== null);
  return all;
}
