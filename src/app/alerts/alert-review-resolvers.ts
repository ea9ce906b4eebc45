import { ok, err } from '../../domain/result';
import { define } from '../resolvers/define';
import { localDay, generateReview } from '../reviews/generate-review';
import { listReviews, readReview, reviewSummaryOf } from '../reviews/review-store';
import { listHistory } from './alert-records';
import { readMonitoring, writeMonitoring } from './monitoring-store';
import { readDailyContext, runDailyMonitoring } from './run-daily';

const inProject = { permission: 'BROWSE_PROJECTS' as const, on: (i: { projectKey: string }) => i };

/** Resolvers of daily monitoring and of the reviews: thin adapters to the use cases. */
export const ALERT_REVIEW_RESOLVER_TABLE = {
  'alerts/settings/get': define('alerts/settings/get', null, ({ ports }) => readMonitoring(ports.store)),
  'alerts/settings/save': define('alerts/settings/save', { permission: 'ADMINISTER' }, ({ input, ports }) =>
    writeMonitoring(ports.store, input.monitoring),
  ),
  'alerts/history': define('alerts/history', inProject, async ({ input, ports }) => {
    const monitoring = await readMonitoring(ports.store);
    if (!monitoring.ok) return monitoring;
    const today = localDay(ports.now(), monitoring.value.timeZone);
    if (!today.ok) return today;
    const month = input.month ?? today.value.slice(0, 7);
    return ok({ month, ...(await listHistory(ports.store, input.projectKey, month)) });
  }),
  // By hand (admin): the same run as the daily job, as the app, without the sync (a resolver has 25 s).
  'alerts/run-daily': define('alerts/run-daily', { permission: 'ADMINISTER' }, async ({ ports }) => {
    const outcome = await runDailyMonitoring({ ...ports, jira: ports.jiraAsApp });
    if (!outcome.ok) return outcome;
    return ok({
      ...outcome.value,
      reviews: outcome.value.reviews.map(reviewSummaryOf),
    });
  }),
  'reviews/list': define('reviews/list', inProject, async ({ input, ports }) =>
    ok(await listReviews(ports.store, input.projectKey)),
  ),
  'reviews/get': define('reviews/get', inProject, async ({ input, ports }) => {
    const review = await readReview(ports.store, input.projectKey, input.kind, input.label);
    if (review === undefined)
      return err({
        code: 'REVIEWS.NOT_FOUND',
        message: `There is no ${input.kind} review ${input.label} of ${input.projectKey}`,
      });
    if ('unreadableReason' in review)
      return err({
        code: 'REVIEWS.UNREADABLE',
        message: `The ${input.kind} review ${input.label} of ${input.projectKey} cannot be read (${review.unreadableReason})`,
      });
    return ok(review);
  }),
  'reviews/generate': define('reviews/generate', inProject, async ({ input, ports }) => {
    const context = await readDailyContext(ports);
    if (!context.ok) return context;
    const { settings, monitoring, today } = context.value;
    return generateReview(ports, settings, {
      projectKey: input.projectKey,
      kind: input.kind,
      today,
      timeZone: monitoring.timeZone,
    });
  }),
} as const;
