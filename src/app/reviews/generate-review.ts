import { err, ok, type Result } from '../../domain/result';
import { buildReview } from '../../domain/reviews/build-review';
import { lastCompletePeriod } from '../../domain/reviews/review-period';
import { parsePeriod } from '../../domain/time/period-text';
import { timeZone } from '../../domain/time/zone';
import { reviewSchema, type Review, type ReviewKind } from '../../contract/review-schema';
import type { Settings } from '../../contract/settings-schema';
import type { AppError } from '../app-error';
import { kpiSource } from '../alerts/kpi-source';
import { listImprovements } from '../improvements/improvement-repository';
import type { AppPorts } from '../ports';
import { listProblems } from '../problems/list-problems';
import { readReview, writeReview } from './review-store';

/** The local day (`YYYY-MM-DD`) of an instant in a zone. */
export function localDay(instant: number, zoneName: string): Result<string, AppError> {
  const zone = timeZone(zoneName);
  if (!zone.ok) return zone;
  return ok(new Date(instant + zone.value.offsetAt(instant)).toISOString().slice(0, 10));
}

/**
 * The review of the last complete week (周复盘) or month (月稽核) before `today` for a project. A review
 * already stored for that period is returned as it is (a generated review never changes), so running
 * this again, on schedule or by hand, is idempotent.
 */
export async function generateReview(
  ports: AppPorts,
  settings: Settings,
  request: { projectKey: string; kind: ReviewKind; today: string; timeZone: string },
): Promise<Result<Review, AppError>> {
  const period = lastCompletePeriod(request.kind, request.today);
  const stored = await readReview(ports.store, request.projectKey, request.kind, period.label);
  if (stored && 'unreadableReason' in stored)
    return err({
      code: 'REVIEWS.UNREADABLE',
      message: `The stored ${request.kind} review ${period.label} of ${request.projectKey} cannot be read (${stored.unreadableReason}); it was kept as it is`,
    });
  if (stored) return ok(stored);

  const window = parsePeriod(period.from, period.to, request.timeZone);
  if (!window.ok) return window;
  const report = await kpiSource(ports).report(settings, { projectKey: request.projectKey, ...window.value });
  if (!report.ok) return report;
  const problems = await listProblems(ports, settings, {
    projectKey: request.projectKey,
    ...window.value,
    groupBy: 'category',
  });
  if (!problems.ok) return problems;
  const improvements = await listImprovements(ports.jira, request.projectKey);
  if (!improvements.ok) return improvements;

  const review = reviewSchema.parse(
    buildReview({
      projectKey: request.projectKey,
      period,
      instants: window.value.period,
      timeZone: window.value.zone.name,
      generatedAt: new Date(ports.now()).toISOString(),
      volume: report.value.volume,
      compositeScore: report.value.composite.score,
      scorecard: report.value.scorecard,
      pareto: { groupBy: problems.value.groupBy, total: problems.value.total, rows: problems.value.problems },
      improvements: improvements.value,
      unreadable: [],
    }),
  );
  await writeReview(ports.store, review);
  return ok(review);
}

/** The reviews due by `today` for each project: the last complete week and month, each generated once. */
export async function runReviews(
  ports: AppPorts,
  settings: Settings,
  request: { projectKeys: readonly string[]; today: string; timeZone: string },
): Promise<{ generated: Review[]; failed: { projectKey: string; kind: ReviewKind; message: string }[] }> {
  const generated: Review[] = [];
  const failed: { projectKey: string; kind: ReviewKind; message: string }[] = [];
  for (const projectKey of request.projectKeys)
    for (const kind of ['weekly', 'monthly'] as const) {
      try {
        const review = await generateReview(ports, settings, { ...request, projectKey, kind });
        if (review.ok) generated.push(review.value);
        else failed.push({ projectKey, kind, message: review.error.message });
      } catch (e) {
        // One project's failure must not stop the others' reviews; the job logs what failed.
        failed.push({ projectKey, kind, message: e instanceof Error ? e.message : String(e) });
      }
    }
  return { generated, failed };
}
