import { err, ok, type Result } from '../../domain/result';
import { dimensionValues } from '../../domain/kpi/dimensions';
import type { JudgedTicket } from '../../domain/kpi/judged-ticket';
import { problemReasons, touchesPeriod } from '../../domain/kpi/problems';
import type { Period } from '../../domain/kpi/period';
import { periodSlots } from '../../domain/monitor/slots';
import { problemList, type ProblemRow, type ProblemTicket } from '../../domain/problems/problem-list';
import type { TimeZone } from '../../domain/time/zone';
import type { Settings } from '../../contract/settings-schema';
import type { AppError } from '../app-error';
import { readyMeta } from '../kpi/project-kpis';
import type { AppPorts } from '../ports';
import { resolveKpiConfig } from '../report/resolve-config';
import { flaggedTickets } from './flagged-tickets';
import { storedFailureCandidates, storedTicketsByKey } from './stored-tickets';

/** Categories of KPI failures nobody flagged, beside the taxonomy's categories. */
export const FAILURE_GROUPS = {
  slaBreached: 'sla-breached',
  notFcr: 'not-fcr',
  lowCsat: 'low-csat',
} as const;

/**
 * The problem list of a period: flagged tickets and KPI failures (breached SLA cycles, tickets not
 * resolved at first contact, low CSAT), grouped by flag category (failures nobody flagged by their
 * kind) or by any kept dimension, ranked by Pareto. The tickets' facts and judgement are read from
 * the stored KPI aggregates (rows); Jira is asked only for the flags, in one search over the indexed
 * flag property.
 */
export async function listProblems(
  ports: Pick<AppPorts, 'jira' | 'store'>,
  settings: Settings,
  request: { projectKey: string; period: Period; zone: TimeZone; groupBy: string },
  /** Tickets that failed QA review in the period, with their failed criteria (categories `qa:<criterionId>`). */
  qaFailures: ReadonlyMap<string, readonly QaFailedCriterion[]> = new Map(),
): Promise<Result<{ groupBy: string; total: number; problems: ProblemRow[] }, AppError>> {
  const byCategory = request.groupBy === 'category';
  // The tickets' facts and judgement come from the stored aggregates, never from a live search.
  const meta = await readyMeta(ports.store, request.projectKey, settings);
  if (!meta.ok) return meta;
  if (!byCategory && !meta.value.dimensions.includes(request.groupBy))
    return err({
      code: 'VALIDATION.INVALID_INPUT',
      message: `problems of ${request.projectKey} cannot be grouped by "${request.groupBy}": choose category or one of ${meta.value.dimensions.join(', ')}, or add it to the KPI dimensions and rebuild`,
    });
  const slots = periodSlots(request.period);
  if (!slots.ok) return slots;
  const failing = await storedFailureCandidates(ports.store, request.projectKey, request.period, slots.value);
  if (!failing.ok) return failing;
  const flags = await flaggedTickets(ports.jira, request.projectKey);
  if (!flags.ok) return flags;
  const candidates = new Map<string, JudgedTicket>(failing.value.map((t) => [t.facts.key, t]));
  const missing = [...flags.value.keys(), ...qaFailures.keys()].filter((k) => !candidates.has(k));
  const others = await storedTicketsByKey(ports.store, request.projectKey, missing);
  if (!others.ok) return others;
  for (const [key, judged] of others.value) candidates.set(key, judged);

  const options = resolveKpiConfig(settings.kpi).options;
  const problems: ProblemTicket[] = [];
  for (const judged of [...candidates.values()].sort((a, b) => a.facts.createdAt - b.facts.createdAt)) {
    const flag = flags.value.get(judged.facts.key);
    const flagged =
      flag !== undefined &&
      (touchesPeriod(judged, request.period) || inWindow(flag.flaggedAt, request.period));
    const reasons = problemReasons(judged, request.period, options);
    const failedQa = qaFailures.get(judged.facts.key) ?? [];
    if (!flagged && reasons.length === 0 && failedQa.length === 0) continue;
    const groups = byCategory
      ? [
          ...(flagged ? [flag.category] : reasons.map((r) => FAILURE_GROUPS[r])),
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

const inWindow = (iso: string, period: Period) => {
  const at = Date.parse(iso);
  return at >= period.from && at < period.to;
};
