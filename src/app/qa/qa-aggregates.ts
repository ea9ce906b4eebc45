import { z } from 'zod';
import { qaFigures, type QaFigures } from '../../domain/qa/compliance';
import type { Period } from '../../domain/kpi/period';
import {
  bilingualSchema,
  sampleItemSchema,
  sampleKindSchema,
  type QaReview,
  type SampleItem,
} from '../../contract/qa-schema';
import type { KeyValueStore } from '../../store/port';
import { listAll, QA_KEYS } from './qa-keys';

const DAY_MS = 86_400_000;

/**
 * One ticket's counting review (its first) and who else reviewed it, under the UTC day of the first
 * review. One key per ticket (not one record per day), so reviewers submitting at the same moment
 * never overwrite each other's tickets in the aggregate.
 */
const dailyTicketSchema = z.object({
  schemaVersion: z.literal(1),
  reviewedAt: z.string(),
  sampleKind: sampleKindSchema,
  passed: z.boolean(),
  score: z.number().nullable(),
  agent: z.string().nullable(),
  reviewers: z.array(z.string()),
  failedCriteria: z.array(z.object({ id: z.string(), name: bilingualSchema })),
});
export type DailyTicket = z.infer<typeof dailyTicketSchema> & { readonly issueKey: string };

/** A sampled ticket as the queue shows it, written when drawn and updated as reviewers score it. */
export const sampledEntrySchema = z.object({
  schemaVersion: z.literal(1),
  item: sampleItemSchema,
  summary: z.string(),
  resolvedAt: z.string().nullable(),
  drawnAt: z.string(),
  reviewers: z.array(z.string()),
});
export type SampledEntry = z.infer<typeof sampledEntrySchema>;

const agentIndexSchema = z.object({ projectKey: z.string(), reviewedAt: z.string() });

const utcDay = (instant: number) => new Date(instant).toISOString().slice(0, 10);

/**
 * Records a review in the aggregates: the day record of the ticket's first review (a later
 * reviewer is added to its reviewers, the counting review stays the first), the reviewer on the
 * sample entry, and the agent's index of reviewed tickets.
 */
export async function recordReview(
  store: KeyValueStore,
  reviews: readonly QaReview[],
  latest: QaReview,
): Promise<void> {
  await writeDailyTicket(store, reviews.length > 0 ? reviews : [latest]);

  const sampledKey = QA_KEYS.sampled(latest.projectKey, latest.issueKey);
  const sampled = sampledEntrySchema.safeParse(await store.get(sampledKey));
  if (sampled.success && !sampled.data.reviewers.includes(latest.reviewer))
    await store.set(sampledKey, { ...sampled.data, reviewers: [...sampled.data.reviewers, latest.reviewer] });

  if (latest.agent !== null)
    await store.set(QA_KEYS.byAgent(latest.agent, latest.issueKey), {
      projectKey: latest.projectKey,
      reviewedAt: latest.reviewedAt,
    });
}

/** The day record of a ticket: its first review counts, every reviewer listed. Returns its key. */
async function writeDailyTicket(store: KeyValueStore, reviews: readonly QaReview[]): Promise<string> {
  const first = [...reviews].sort((a, b) => Date.parse(a.reviewedAt) - Date.parse(b.reviewedAt))[0];
  if (!first) throw new Error('a QA day record needs at least one review');
  const key = QA_KEYS.daily(first.projectKey, utcDay(Date.parse(first.reviewedAt)), first.issueKey);
  await store.set(key, {
    schemaVersion: 1,
    reviewedAt: first.reviewedAt,
    sampleKind: first.sampleKind,
    passed: first.result.passed,
    score: first.result.score,
    agent: first.agent,
    reviewers: [...new Set(reviews.map((r) => r.reviewer))],
    failedCriteria: first.result.failedCriteria,
  } satisfies z.input<typeof dailyTicketSchema>);
  return key;
}

/**
 * Writes every aggregate record of a ticket from all its reviews (the rebuild from the tickets'
 * properties): the day record, every reviewer on the sample entry, every reviewed agent's index.
 * Returns the day record's key.
 */
export async function restoreTicket(store: KeyValueStore, reviews: readonly QaReview[]): Promise<string> {
  const key = await writeDailyTicket(store, reviews);
  const first = reviews[0];
  if (first) {
    const sampledKey = QA_KEYS.sampled(first.projectKey, first.issueKey);
    const sampled = sampledEntrySchema.safeParse(await store.get(sampledKey));
    const reviewers = [...new Set([...(sampled.data?.reviewers ?? []), ...reviews.map((r) => r.reviewer)])];
    if (sampled.success && reviewers.length !== sampled.data.reviewers.length)
      await store.set(sampledKey, { ...sampled.data, reviewers });
  }
  // The agent index keeps an agent's latest review date of the ticket.
  const latestByAgent = new Map<string, QaReview>();
  for (const r of reviews)
    if (r.agent !== null && (latestByAgent.get(r.agent)?.reviewedAt ?? '') < r.reviewedAt)
      latestByAgent.set(r.agent, r);
  for (const [agent, r] of latestByAgent)
    await store.set(QA_KEYS.byAgent(agent, r.issueKey), {
      projectKey: r.projectKey,
      reviewedAt: r.reviewedAt,
    });
  return key;
}

/** The keys of every day record of a project (what a rebuild replaces). */
export async function dailyKeysOf(store: KeyValueStore, projectKey: string): Promise<string[]> {
  return (await listAll(store, `qa:daily:${projectKey}:`)).map((e) => e.key);
}

/** The counting reviews of a project whose first review is in the period (days read around it). */
export async function readDailyTickets(
  store: KeyValueStore,
  projectKey: string,
  period: Period,
): Promise<DailyTicket[]> {
  const found: DailyTicket[] = [];
  for (let day = period.from - DAY_MS; day < period.to + DAY_MS; day += DAY_MS) {
    const prefix = QA_KEYS.dailyPrefix(projectKey, utcDay(day));
    for (const entry of await listAll(store, prefix)) {
      const parsed = dailyTicketSchema.safeParse(entry.value);
      if (!parsed.success) continue;
      const at = Date.parse(parsed.data.reviewedAt);
      if (at >= period.from && at < period.to)
        found.push({ issueKey: entry.key.slice(prefix.length), ...parsed.data });
    }
  }
  return found;
}

/**
 * QA compliance figures of a project and period, from the per-day aggregates: the function the KPI
 * report calls for its qaCompliance indicator.
 */
export async function readQaFigures(
  store: KeyValueStore,
  projectKey: string,
  period: Period,
): Promise<QaFigures> {
  const tickets = await readDailyTickets(store, projectKey, period);
  return qaFigures(
    tickets.map((t) => ({
      issueKey: t.issueKey,
      reviewedAt: Date.parse(t.reviewedAt),
      sampleKind: t.sampleKind,
      passed: t.passed,
    })),
    period,
  );
}

/** Every sampled ticket of a project, for the queue and for "never the same ticket twice". */
export async function readSampled(store: KeyValueStore, projectKey: string): Promise<SampledEntry[]> {
  const entries = await listAll(store, QA_KEYS.sampledPrefix(projectKey));
  return entries.flatMap((e) => {
    const parsed = sampledEntrySchema.safeParse(e.value);
    return parsed.success ? [parsed.data] : [];
  });
}

export async function readSampledItem(
  store: KeyValueStore,
  projectKey: string,
  issueKey: string,
): Promise<SampleItem | null> {
  const parsed = sampledEntrySchema.safeParse(await store.get(QA_KEYS.sampled(projectKey, issueKey)));
  return parsed.success ? parsed.data.item : null;
}

/** The tickets an agent was reviewed on, with when. */
export async function readAgentIndex(
  store: KeyValueStore,
  agent: string,
): Promise<{ issueKey: string; projectKey: string; reviewedAt: string }[]> {
  const prefix = QA_KEYS.byAgentPrefix(agent);
  return (await listAll(store, prefix)).flatMap((e) => {
    const parsed = agentIndexSchema.safeParse(e.value);
    return parsed.success ? [{ issueKey: e.key.slice(prefix.length), ...parsed.data }] : [];
  });
}
