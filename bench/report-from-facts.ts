import { DEFAULT_COMPOSITE_WEIGHTS } from '../src/domain/kpi/composite';
import { DEFAULT_KPI_OPTIONS } from '../src/domain/kpi/options';
import { buildKpiReport } from '../src/domain/kpi/report';
import { DEFAULT_TARGETS } from '../src/domain/kpi/targets';
import { timeZone } from '../src/domain/time/zone';
import type { TicketFacts } from '../src/domain/ticket';

/** The full report (previous period, breakdowns by four dimensions and hour of day, Pareto) of the last 30 days. */
export function makeReportFromFacts(facts: readonly TicketFacts[], end: string, days: number) {
  const zone = timeZone('Asia/Shanghai');
  if (!zone.ok) throw new Error(zone.error.message);
  const to = Date.parse(end);
  const length = Math.min(30, Math.floor(days / 2)) * 86_400_000;
  return buildKpiReport(facts, {
    period: { from: to - length, to },
    zone: zone.value,
    options: DEFAULT_KPI_OPTIONS,
    targets: { ...DEFAULT_TARGETS, resolutionMedianMs: 8 * 3_600_000, repeatContactRate: 0.05 },
    weights: DEFAULT_COMPOSITE_WEIGHTS,
    dimensions: ['requestType', 'Channel', 'Team', 'assignee', 'hourOfDay'],
    paretoDimension: 'requestType',
    npsEnabled: true,
  });
}
