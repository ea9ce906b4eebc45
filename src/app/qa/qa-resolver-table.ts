import { err, ok, type Result } from '../../domain/result';
import { parsePeriod } from '../../domain/time/period-text';
import { timeZone } from '../../domain/time/zone';
import type { Period } from '../../domain/kpi/period';
import type { TimeZone } from '../../domain/time/zone';
import type { QaConfig } from '../../contract/qa-schema';
import type { AppError } from '../app-error';
import type { AppPorts, Caller } from '../ports';
import { define, type ResolverFunction } from '../resolvers/define';
import { readSettings } from '../settings/settings-store';
import { readQaConfig, writeQaConfig } from './qa-config-store';
import { readQaFigures } from './qa-aggregates';
import { respondToReview } from './respond-review';
import { calibrationReport, failedTickets, myReviews, reviewQueue } from './review-lists';
import { rebuildQaAggregates } from './rebuild-aggregates';
import { reviewPanel } from './review-panel';
import { requireReviewer } from './reviewers';
import { runSampling } from './sampling-run';
import {
  activeScorecardVersion,
  listScorecards,
  publishScorecard,
  readScorecardVersion,
  saveScorecardDraft,
} from './scorecard-store';
import { submitReview } from './submit-review';

const onIssue = (input: { issueKey: string }) => ({ issueKey: input.issueKey });
const onProject = (input: { projectKey: string }) => ({ projectKey: input.projectKey });
const BROWSE_ISSUE = { permission: 'BROWSE_PROJECTS' as const, on: onIssue };
const BROWSE_PROJECT = { permission: 'BROWSE_PROJECTS' as const, on: onProject };

const isoNow = (ports: AppPorts) => new Date(ports.now()).toISOString();

/** Parses the period of a read resolver, then runs it. */
async function withPeriod<T>(
  input: { from: string; to: string; timeZone: string },
  run: (period: { period: Period; zone: TimeZone }) => Promise<Result<T, AppError>>,
): Promise<Result<T, AppError>> {
  const parsed = parsePeriod(input.from, input.to, input.timeZone);
  if (!parsed.ok) return parsed;
  return run(parsed.value);
}

/** Reads the QA settings and checks the caller reviews the project before running a reviewer's use case. */
async function asReviewer<T>(
  ports: AppPorts,
  caller: Caller,
  projectKey: string,
  run: (config: QaConfig) => Promise<Result<T, AppError>>,
): Promise<Result<T, AppError>> {
  const config = await readQaConfig(ports.store);
  if (!config.ok) return config;
  const allowed = await requireReviewer(ports, caller, projectKey, config.value);
  if (!allowed.ok) return allowed;
  return run(config.value);
}

/** QA settings are checked beyond their schema: a real zone, and an active scorecard that is published. */
async function saveQaConfig(ports: AppPorts, config: QaConfig): Promise<Result<QaConfig, AppError>> {
  const zone = timeZone(config.timeZone);
  if (!zone.ok)
    return err({ code: 'VALIDATION.INVALID_INPUT', message: `config.timeZone: ${zone.error.message}` });
  if (config.activeScorecardId !== null) {
    const active = await activeScorecardVersion(ports.store, config.activeScorecardId);
    if (!active.ok) return active;
    if (active.value === null)
      return err({
        code: 'QA.SCORECARD_NOT_PUBLISHED',
        message: `Scorecard "${config.activeScorecardId}" has no published version; publish it before making it active`,
      });
  }
  return ok(await writeQaConfig(ports.store, config));
}

/** The QA resolvers (质检): scorecards, sampling, the review queue and panel, agents' answers, calibration. */
export const QA_RESOLVER_TABLE = {
  'qa/config/get': define('qa/config/get', null, ({ ports }) => readQaConfig(ports.store)),
  'qa/config/save': define('qa/config/save', { permission: 'ADMINISTER' }, ({ input, ports }) =>
    saveQaConfig(ports, input.config),
  ),
  'qa/scorecards': define('qa/scorecards', null, ({ ports }) => listScorecards(ports.store)),
  'qa/scorecard/save': define('qa/scorecard/save', { permission: 'ADMINISTER' }, ({ input, ports }) =>
    saveScorecardDraft(ports.store, input.id, input.definition, isoNow(ports)),
  ),
  'qa/scorecard/publish': define(
    'qa/scorecard/publish',
    { permission: 'ADMINISTER' },
    ({ input, caller, ports }) => publishScorecard(ports.store, input.id, caller.accountId, isoNow(ports)),
  ),
  'qa/scorecard/version': define('qa/scorecard/version', null, ({ input, ports }) =>
    readScorecardVersion(ports.store, input.id, input.version),
  ),
  'qa/sample/run': define('qa/sample/run', BROWSE_PROJECT, ({ input, caller, ports }) =>
    asReviewer(ports, caller, input.projectKey, (config) =>
      withPeriod(input, async (period) => {
        const settings = await readSettings(ports.store);
        if (!settings.ok) return settings;
        return runSampling(ports, settings.value, config, {
          projectKey: input.projectKey,
          ...period,
          seed: input.seed,
          by: caller.accountId,
        });
      }),
    ),
  ),
  'qa/queue': define('qa/queue', BROWSE_PROJECT, ({ input, caller, ports }) =>
    asReviewer(ports, caller, input.projectKey, async () => ok(await reviewQueue(ports, caller, input))),
  ),
  'qa/review/get': define('qa/review/get', BROWSE_ISSUE, ({ input, caller, ports }) =>
    reviewPanel(ports, caller, input.issueKey),
  ),
  'qa/review/submit': define('qa/review/submit', BROWSE_ISSUE, ({ input, caller, ports }) =>
    submitReview(ports, caller, input),
  ),
  'qa/review/acknowledge': define('qa/review/acknowledge', BROWSE_ISSUE, ({ input, caller, ports }) =>
    respondToReview(ports, caller, input, 'acknowledged'),
  ),
  'qa/review/dispute': define('qa/review/dispute', BROWSE_ISSUE, ({ input, caller, ports }) =>
    respondToReview(ports, caller, input, 'disputed'),
  ),
  'qa/my-reviews': define('qa/my-reviews', BROWSE_PROJECT, ({ input, caller, ports }) =>
    withPeriod(input, ({ period }) => myReviews(ports, caller, { projectKey: input.projectKey, period })),
  ),
  'qa/calibration': define('qa/calibration', BROWSE_PROJECT, ({ input, caller, ports }) =>
    asReviewer(ports, caller, input.projectKey, () =>
      withPeriod(input, ({ period }) => calibrationReport(ports, { projectKey: input.projectKey, period })),
    ),
  ),
  'qa/figures': define('qa/figures', BROWSE_PROJECT, ({ input, ports }) =>
    withPeriod(input, async ({ period }) => ok(await readQaFigures(ports.store, input.projectKey, period))),
  ),
  'qa/aggregates/rebuild': define('qa/aggregates/rebuild', { permission: 'ADMINISTER' }, ({ input, ports }) =>
    rebuildQaAggregates(ports, input.projectKey),
  ),
  // Reviewers only: which tickets failed, and on what, is the reviewed agents' business and the quality staff's.
  'qa/failed-tickets': define('qa/failed-tickets', BROWSE_PROJECT, ({ input, caller, ports }) =>
    asReviewer(ports, caller, input.projectKey, () =>
      withPeriod(input, async ({ period }) =>
        ok(
          await failedTickets(ports.store, {
            projectKey: input.projectKey,
            period,
            criterionId: input.criterionId,
          }),
        ),
      ),
    ),
  ),
} satisfies Record<string, ResolverFunction>;
