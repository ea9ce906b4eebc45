import { reviewSchema, type Review, type ReviewKind, type ReviewSummary } from '../../contract/review-schema';
import type { KeyValueStore } from '../../store/port';

/**
 * Reviews in KVS, one record per project, kind and period (`reviews:SUP:weekly:2026-W44`): sharded by
 * period, so each stays far under the 240 KiB limit, and listed in period order by key prefix.
 */
const reviewKey = (projectKey: string, kind: ReviewKind, label: string) =>
  `reviews:${projectKey}:${kind}:${label}`;

export async function readReview(
  store: KeyValueStore,
  projectKey: string,
  kind: ReviewKind,
  label: string,
): Promise<Review | undefined | { unreadableReason: string }> {
  const stored = await store.get(reviewKey(projectKey, kind, label));
  if (stored === undefined) return undefined;
  const parsed = reviewSchema.safeParse(stored);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  return { unreadableReason: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'unreadable'}` };
}

export const writeReview = (store: KeyValueStore, review: Review): Promise<void> =>
  store.set(reviewKey(review.projectKey, review.kind, review.label), review);

/** A review as its line of the history names it. */
export const reviewSummaryOf = (r: Review): ReviewSummary => ({
  kind: r.kind,
  projectKey: r.projectKey,
  label: r.label,
  from: r.from,
  to: r.to,
  generatedAt: r.generatedAt,
  compositeScore: r.compositeScore,
});

/** The project's reviews, newest period first; unreadable records are named, never dropped silently. */
export async function listReviews(
  store: KeyValueStore,
  projectKey: string,
): Promise<{ reviews: ReviewSummary[]; unreadable: string[] }> {
  const reviews: ReviewSummary[] = [];
  const unreadable: string[] = [];
  let cursor: string | null = null;
  do {
    const page = await store.list(`reviews:${projectKey}:`, { cursor });
    for (const e of page.entries) {
      const parsed = reviewSchema.safeParse(e.value);
      if (!parsed.success) {
        unreadable.push(e.key);
        continue;
      }
      reviews.push(reviewSummaryOf(parsed.data));
    }
    cursor = page.cursor;
  } while (cursor !== null);
  reviews.sort((a, b) => b.from.localeCompare(a.from) || a.kind.localeCompare(b.kind));
  return { reviews, unreadable };
}
