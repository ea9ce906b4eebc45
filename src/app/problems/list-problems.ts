import { z } from 'zod';
import { ok, type Result } from '../../domain/result';
import { dimensionValues } from '../../domain/kpi/dimensions';
import { problemReasons, touchesPeriod } from '../../domain/kpi/problems';
import type { Period } from '../../domain/kpi/period';
import { problemList, type ProblemRow, type ProblemTicket } from '../../domain/problems/problem-list';
import type { TimeZone } from '../../domain/time/zone';
import { flagSchema } from '../../contract/flag-schema';
import type { Settings } from '../../contract/settings-schema';
import type { JiraClient } from '../../jira/client';
import type { AppError } from '../app-error';
import { PROPERTY_KEYS } from '../install/jira-parts';
import { scopeTickets } from '../measure/scope-tickets';
import { resolveKpiConfig } from '../report/resolve-config';

/** Categories of KPI failures nobody flagged, beside the taxonomy's categories. */
export const FAILURE_GROUPS = {
  slaBreached: 'sla-breached',
  notFcr: 'not-fcr',
  lowCsat: 'low-csat',
} as const;

/**
 * The problem list of a period: flagged tickets and KPI failures (breached SLA cycles, tickets not
 * resolved at first contact, low CSAT), grouped by flag category (failures nobody flagged by their
 * kind) or by any dimension, ranked by Pareto.
 */
export async function listProblems(
  jira: JiraClient,
  settings: Settings,
  request: { projectKey: string; period: Period; zone: TimeZone; groupBy: string },
  /** Tickets that failed QA review in the period, with their failed criteria (categories `qa:<criterionId>`). */
  qaFailures: ReadonlyMap<string, readonly QaFailedCriterion[]> = new Map(),
): Promise<Result<{ groupBy: string; total: number; problems: ProblemRow[] }, AppError>> {
  const byCategory = request.groupBy === 'category';
  const scope = { projectKey: request.projectKey, jql: null, dimensions: {} };
  const tickets = await scopeTickets(
    jira,
    scope,
    request.period,
    settings.kpi,
    [PROPERTY_KEYS.flag],
    byCategory ? [] : [request.groupBy],
  );
  if (!tickets.ok) return tickets;
  const options = resolveKpiConfig(settings.kpi).options;
  const problems: ProblemTicket[] = [];
  for (const judged of tickets.value.judged) {
    const issue = tickets.value.issues.get(judged.facts.key);
    const flag = flagSchema.safeParse(withProperties.safeParse(issue).data?.properties?.[PROPERTY_KEYS.flag]);
    const flagged =
      flag.success &&
      (touchesPeriod(judged, request.period) || inWindow(flag.data.flaggedAt, request.period));
    const reasons = problemReasons(judged, request.period, options);
    const failedQa = qaFailures.get(judged.facts.key) ?? [];
    if (!flagged && reasons.length === 0 && failedQa.length === 0) continue;
    const groups = byCategory
      ? [
          ...(flagged && flag.success ? [flag.data.category] : reasons.map((r) => FAILURE_GROUPS[r])),
          ...failedQa.map((c) => qaCategory(c.id)),
        ]
      : [...dimensionValues(judged.facts, request.groupBy, request.zone)];
    problems.push({
      key: judged.facts.key,
      reporterId: judged.facts.reporterId,
      groups,
      reasons,
      flagged,
      ...(failedQa.length > 0 && { qaFailed: true }),
    });
  }
  // A ticket reviewed in the period may have been resolved (and last updated) long before it.
  if (byCategory)
    for (const [key, failed] of qaFailures)
      if (!problems.some((p) => p.key === key) && failed.length > 0)
        problems.push({
          key,
          reporterId: null,
          groups: failed.map((c) => qaCategory(c.id)),
          reasons: [],
          flagged: false,
          qaFailed: true,
        });
  const labels = new Map([...qaFailures.values()].flat().map((c) => [qaCategory(c.id), c.name]));
  const list = problemList(problems);
  return ok({
    groupBy: request.groupBy,
    total: list.total,
    problems: list.problems.map((p) => {
      const label = labels.get(p.name);
      return label ? { ...p, label } : p;
    }),
  });
}

/** A failed QA criterion of a ticket, named in both languages. */
export interface QaFailedCriterion {
  readonly id: string;
  readonly name: { readonly en: string; readonly zhCN: string };
}

/** The Pareto category of a failed QA criterion. */
export const qaCategory = (criterionId: string) => `qa:${criterionId}`;

const withProperties = z.object({ properties: z.record(z.string(), z.unknown()).optional() });

const inWindow = (iso: string, period: Period) => {
  const at = Date.parse(iso);
  return at >= period.from && at < period.to;
};
