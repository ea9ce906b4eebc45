import { DEFAULT_QA_CONFIG, writeQaConfig } from '../../app/qa/qa-config-store';
import { DEFAULT_SCORECARD } from '../../app/qa/default-scorecard';
import { listAll } from '../../app/qa/qa-keys';
import { runSampling } from '../../app/qa/sampling-run';
import { publishScorecard, saveScorecardDraft } from '../../app/qa/scorecard-store';
import { submitReview } from '../../app/qa/submit-review';
import type { AppPorts } from '../../app/ports';
import { readSettings } from '../../app/settings/settings-store';
import { criteriaOf } from '../../domain/qa/model';
import { mulberry32 } from '../../domain/qa/prng';
import { seedFromText } from '../../domain/qa/sampling-period';
import { err, ok, type Result } from '../../domain/result';
import { timeZone } from '../../domain/time/zone';
import type { QaAnswer } from '../../contract/qa-schema';
import { makeJiraClient } from '../../jira/client';
import { checkedStore } from '../../store/checked-store';
import type { KeyValueStore } from '../../store/port';
import { sqliteStore } from '../app-store/sqlite-store';
import { inProcessTransport } from '../jira-host/http/in-process-transport';
import type { JiraSite } from '../jira-host/site/jira-site';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const SCORECARD_ID = 'standard';

/**
 * Seeds QA on the sample site through the app's own use cases: the QA settings (quality managers
 * review), the default scorecard published, two weekly samples drawn for each project, and a review
 * of every sampled ticket by a quality manager (every eighth also by a second one, for calibration),
 * with answers drawn from the seed so most pass. Replaces any QA records the store held before.
 */
export async function seedQa(
  site: JiraSite,
  inner: KeyValueStore,
  options: { readonly projectKeys: readonly string[]; readonly end: number; readonly seed: string },
): Promise<Result<{ sampled: number; reviews: number }>> {
  const store = checkedStore(inner);
  for (const old of await listAll(store, 'qa:')) await store.delete(old.key);
  const accounts = site.accounts.all();
  const admin = accounts.find((a) => a.role === 'admin');
  const managers = accounts.filter((a) => a.role === 'qualityManager');
  if (!admin || managers.length === 0)
    return err({
      code: 'SEED.QA',
      message: 'the site has no admin or quality manager to seed QA reviews with',
    });
  const client = (accountId: string) => makeJiraClient(inProcessTransport(site, accountId));
  const portsAs = (accountId: string, at: number): AppPorts => ({
    jira: client(accountId),
    jiraAsApp: client(admin.accountId),
    store,
    now: () => at,
  });
  const callerOf = (accountId: string) => ({ accountId, locale: 'en_US', timeZone: 'UTC' });

  const config = await writeQaConfig(store, {
    ...DEFAULT_QA_CONFIG,
    cadence: 'weekly',
    projects: [...options.projectKeys],
    reviewerGroup: 'quality-managers',
  });
  const draft = await saveScorecardDraft(
    store,
    SCORECARD_ID,
    DEFAULT_SCORECARD,
    iso(options.end - 15 * DAY_MS),
  );
  if (!draft.ok) return draft;
  const version = await publishScorecard(
    store,
    SCORECARD_ID,
    admin.accountId,
    iso(options.end - 15 * DAY_MS),
  );
  if (!version.ok) return version;
  const settings = await readSettings(store);
  if (!settings.ok) return settings;
  const utc = timeZone('UTC');
  if (!utc.ok) return utc;

  const random = mulberry32(seedFromText(`${options.seed}|qa`));
  let sampled = 0;
  let reviews = 0;
  for (const projectKey of options.projectKeys) {
    for (const weeksBack of [2, 1]) {
      const period = {
        from: options.end - weeksBack * 7 * DAY_MS,
        to: options.end - (weeksBack - 1) * 7 * DAY_MS,
      };
      const run = await runSampling(
        portsAs(managers[0]?.accountId ?? '', period.to),
        settings.value,
        config,
        {
          projectKey,
          period,
          zone: utc.value,
          by: managers[0]?.accountId ?? '',
        },
      );
      if (!run.ok) return run;
      sampled += run.value.items.length;
      for (const [i, item] of run.value.items.entries()) {
        const reviewers = managers.filter((m) => m.accountId !== item.agent);
        const count = i % 8 === 0 ? Math.min(2, reviewers.length) : Math.min(1, reviewers.length);
        for (let r = 0; r < count; r++) {
          const reviewer = reviewers[(i + r) % reviewers.length];
          if (!reviewer) continue;
          // Reviewed within days of the draw, the second reviewer a few hours after the first.
          const at = Math.min(period.to + (i % 96) * HOUR_MS + r * 3 * HOUR_MS, options.end + 23 * HOUR_MS);
          const review = await submitReview(portsAs(reviewer.accountId, at), callerOf(reviewer.accountId), {
            issueKey: item.issueKey,
            scorecardId: SCORECARD_ID,
            scorecardVersion: version.value.version,
            answers: seededAnswers(random),
            comment: '',
          });
          if (!review.ok)
            return err({ code: review.error.code, message: `${item.issueKey}: ${review.error.message}` });
          reviews++;
        }
      }
    }
  }
  return ok({ sampled, reviews });
}

/** Answers mostly good: yes 93% of the time; ratings 5 (50%), 4 (30%), 3 (12%), 2 (6%), 1 (2%); empathy N/A 5%. */
function seededAnswers(random: () => number): QaAnswer[] {
  return criteriaOf(DEFAULT_SCORECARD).map((c) => {
    if (c.allowNa && random() < 0.05) return { criterionId: c.id, value: null, note: '' };
    if (c.scale === 'yesNo') return { criterionId: c.id, value: random() < 0.93 ? 1 : 0, note: '' };
    const x = random();
    const value = x < 0.5 ? 5 : x < 0.8 ? 4 : x < 0.92 ? 3 : x < 0.98 ? 2 : 1;
    return { criterionId: c.id, value, note: '' };
  });
}

const iso = (instant: number) => new Date(instant).toISOString();

/**
 * QA seeded into the app's store file beside the database, as `ql seed` does: what `ql serve` runs
 * on the first start of a new database, so the sample site shows a QA figure and a queue.
 */
export async function seedQaIntoStoreFile(
  site: JiraSite,
  storeFile: string,
  options: { readonly projectKeys: readonly string[]; readonly end: number; readonly seed: string },
): Promise<Result<{ sampled: number; reviews: number }>> {
  const store = sqliteStore(storeFile);
  try {
    return await seedQa(site, store, options);
  } finally {
    store.close();
  }
}

/** The line `ql seed` and `ql serve` print about the QA they seeded. */
export const seededQaLine = (qa: { sampled: number; reviews: number }): string =>
  `seeded QA: scorecard "${SCORECARD_ID}" v1, ${qa.sampled} tickets sampled, ${qa.reviews} reviews`;
