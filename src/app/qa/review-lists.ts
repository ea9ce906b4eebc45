import { ok, type Result } from '../../domain/result';
import {
  calibrateTicket,
  summariseCalibration,
  type CalibrationCriterion,
} from '../../domain/qa/calibration';
import { qaFigures } from '../../domain/qa/compliance';
import { criteriaOf } from '../../domain/qa/model';
import type { Period } from '../../domain/kpi/period';
import type { CalibrationReport, People, QaReview, QueueItem } from '../../contract/qa-schema';
import type { ResolverOutput } from '../../contract/resolvers';
import type { KeyValueStore } from '../../store/port';
import type { AppError } from '../app-error';
import type { AppPorts, Caller } from '../ports';
import { displayNames } from './people';
import { readAgentIndex, readDailyTickets, readSampled } from './qa-aggregates';
import { readScorecardVersion } from './scorecard-store';
import { readTicketReviews } from './ticket-reviews';

/**
 * The reviewer queue: the project's sampled tickets, oldest draw first; `open` leaves out those the
 * caller has reviewed already (another reviewer's review does not close it: calibration).
 */
export async function reviewQueue(
  ports: AppPorts,
  caller: Caller,
  request: { projectKey: string; show: 'open' | 'all'; kind: 'random' | 'targeted' | 'any' },
): Promise<{ items: QueueItem[]; people: People }> {
  const sampled = await readSampled(ports.store, request.projectKey);
  const items = sampled
    .filter((e) => request.kind === 'any' || e.item.kind === request.kind)
    .filter((e) => request.show === 'all' || !e.reviewers.includes(caller.accountId))
    .map((e) => ({
      ...e.item,
      summary: e.summary,
      resolvedAt: e.resolvedAt,
      drawnAt: e.drawnAt,
      reviewers: e.reviewers,
      reviewed: e.reviewers.length > 0,
    }))
    .sort((a, b) =>
      a.drawnAt < b.drawnAt ? -1 : a.drawnAt > b.drawnAt ? 1 : a.issueKey < b.issueKey ? -1 : 1,
    );
  const people = await displayNames(
    ports.jira,
    items.flatMap((i) => [i.agent, ...i.reviewers]),
  );
  return { items, people };
}

/** The caller's own reviews as the reviewed agent (reviewed in the period), newest first, with their figures. */
export async function myReviews(
  ports: AppPorts,
  caller: Caller,
  request: { projectKey: string; period: Period },
): Promise<Result<ResolverOutput<'qa/my-reviews'>, AppError>> {
  const index = await readAgentIndex(ports.store, caller.accountId);
  const reviews: QaReview[] = [];
  for (const entry of index.filter((e) => e.projectKey === request.projectKey)) {
    const read = await readTicketReviews(ports.jira, entry.issueKey);
    if (!read.ok) {
      // A ticket the agent can no longer see is left out rather than failing the whole list.
      if (read.error.code === 'NOT_FOUND' || read.error.code === 'AUTH.FORBIDDEN') continue;
      return read;
    }
    reviews.push(...read.value.filter((r) => r.agent === caller.accountId));
  }
  const inPeriod = reviews.filter((r) => {
    const at = Date.parse(r.reviewedAt);
    return at >= request.period.from && at < request.period.to;
  });
  inPeriod.sort((a, b) => Date.parse(b.reviewedAt) - Date.parse(a.reviewedAt));
  const figures = qaFigures(
    reviews.map((r) => ({
      issueKey: r.issueKey,
      reviewedAt: Date.parse(r.reviewedAt),
      sampleKind: r.sampleKind,
      passed: r.result.passed,
    })),
    request.period,
  );
  return ok({ reviews: inPeriod, figures });
}

/**
 * Calibration of the period: tickets whose first review is in the period and that two or more
 * reviewers scored, each with agreement per criterion and overall, then pooled.
 */
export async function calibrationReport(
  ports: AppPorts,
  request: { projectKey: string; period: Period },
): Promise<Result<ResolverOutput<'qa/calibration'>, AppError>> {
  const candidates = (await readDailyTickets(ports.store, request.projectKey, request.period)).filter(
    (t) => t.reviewers.length >= 2,
  );
  const criteria = new Map<string, CalibrationCriterion>();
  const seenVersions = new Set<string>();
  const tickets: CalibrationReport['tickets'] = [];
  const calibrated = [];
  for (const candidate of candidates.sort((a, b) => (a.issueKey < b.issueKey ? -1 : 1))) {
    const reviews = await readTicketReviews(ports.jira, candidate.issueKey);
    if (!reviews.ok) return reviews;
    for (const r of reviews.value) {
      const versionKey = `${r.scorecardId}@${r.scorecardVersion}`;
      if (seenVersions.has(versionKey)) continue;
      seenVersions.add(versionKey);
      const version = await readScorecardVersion(ports.store, r.scorecardId, r.scorecardVersion);
      if (!version.ok) return version;
      for (const c of criteriaOf(version.value))
        if (!criteria.has(c.id)) criteria.set(c.id, { name: c.name, scale: c.scale });
    }
    if (reviews.value.length < 2) continue;
    const ticket = calibrateTicket(
      reviews.value.map((r) => ({
        reviewer: r.reviewer,
        version: r.scorecardVersion,
        score: r.result.score,
        passed: r.result.passed,
        answers: r.answers,
      })),
      criteria,
    );
    calibrated.push(ticket);
    tickets.push({
      issueKey: candidate.issueKey,
      reviewers: [...ticket.reviewers],
      criteria: ticket.criteria.map((c) => ({
        criterionId: c.criterionId,
        name: c.name,
        scale: c.scale,
        values: [...c.values],
        agreement: c.agreement,
      })),
      criterionAgreement: ticket.criterionAgreement,
      passAgreement: ticket.passAgreement,
      scoreDifference: ticket.scoreDifference,
    });
  }
  const summary = summariseCalibration(calibrated);
  const people = await displayNames(
    ports.jira,
    tickets.flatMap((t) => t.reviewers.map((r) => r.reviewer)),
  );
  return ok({ tickets, byCriterion: [...summary.byCriterion], overall: summary.overall, people });
}

/** Tickets whose counting review failed in the period (optionally on one criterion): evidence for an improvement. */
export async function failedTickets(
  store: KeyValueStore,
  request: { projectKey: string; period: Period; criterionId?: string | undefined },
): Promise<ResolverOutput<'qa/failed-tickets'>> {
  const failed = (await readDailyTickets(store, request.projectKey, request.period))
    .filter((t) => !t.passed)
    .filter(
      (t) => request.criterionId === undefined || t.failedCriteria.some((c) => c.id === request.criterionId),
    )
    .sort((a, b) => (a.reviewedAt < b.reviewedAt ? -1 : a.reviewedAt > b.reviewedAt ? 1 : 0));
  return {
    tickets: failed.map((t) => ({
      issueKey: t.issueKey,
      reviewedAt: t.reviewedAt,
      score: t.score,
      sampleKind: t.sampleKind,
      failedCriteria: t.failedCriteria,
    })),
  };
}
