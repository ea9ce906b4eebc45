import { z } from 'zod';
import { err, ok, type Result } from '../../domain/result';
import { addDays } from '../../domain/alerts/calendar-day';
import type { DayValue } from '../../domain/alerts/alert-rule';
import { parsePeriod } from '../../domain/time/period-text';
import type { AlertKpi } from '../../contract/monitoring-schema';
import type { Settings } from '../../contract/settings-schema';
import type { AppError } from '../app-error';
import type { AppPorts } from '../ports';
import { resolveKpiConfig } from '../report/resolve-config';
import { kpiSource } from './kpi-source';

/** The figures of one dimension value as the report's breakdown rows carry them. */
const breakdownFigures = z.looseObject({
  value: z.string(),
  compositeScore: z.number().nullable(),
  frt: z.looseObject({ median: z.number().nullable() }),
  resolutionTime: z.looseObject({ median: z.number().nullable() }),
  fcrRate: z.number().nullable(),
  reopenRate: z.number().nullable(),
  repeatContactRate: z.number().nullable(),
  csat: z.looseObject({ avg: z.number().nullable(), top2box: z.number().nullable() }),
  nps: z.looseObject({ score: z.number().nullable() }).nullable().optional(),
});
type BreakdownFigures = z.infer<typeof breakdownFigures>;

/** A scorecard KPI read from a breakdown row, as the scorecard reads it from the whole project. */
const READ: Readonly<Record<AlertKpi, (f: BreakdownFigures) => number | null>> = {
  frtMedianMs: (f) => f.frt.median,
  resolutionMedianMs: (f) => f.resolutionTime.median,
  fcrRate: (f) => f.fcrRate,
  reopenRate: (f) => f.reopenRate,
  repeatContactRate: (f) => f.repeatContactRate,
  csatAvg: (f) => f.csat.avg,
  csatTop2box: (f) => f.csat.top2box,
  nps: (f) => f.nps?.score ?? null,
  compositeIndex: (f) => f.compositeScore,
};

/**
 * A KPI's value on each local day of `[from, to)` and its target: for the whole project from the
 * trend, for one dimension value from the day's report broken down by that dimension (a day without
 * tickets of that value has no data).
 */
export async function kpiSeries(
  ports: AppPorts,
  settings: Settings,
  request: {
    projectKey: string;
    kpi: AlertKpi;
    dimension: { name: string; value: string } | null;
    from: string;
    to: string;
    timeZone: string;
  },
): Promise<Result<{ points: DayValue[]; target: number | null }, AppError>> {
  const source = kpiSource(ports);
  if (request.dimension === null) {
    const period = parsePeriod(request.from, request.to, request.timeZone);
    if (!period.ok) return period;
    const trend = await source.trend(settings, {
      projectKey: request.projectKey,
      kpi: request.kpi,
      ...period.value,
    });
    return trend.ok ? ok({ points: trend.value.points, target: trend.value.target }) : trend;
  }
  const points: DayValue[] = [];
  for (let day = request.from; day < request.to; day = addDays(day, 1)) {
    const period = parsePeriod(day, addDays(day, 1), request.timeZone);
    if (!period.ok) return period;
    const report = await source.report(settings, {
      projectKey: request.projectKey,
      ...period.value,
      breakdownBy: request.dimension.name,
    });
    if (!report.ok) return report;
    const row = report.value.breakdown.find((r) => r.value === request.dimension?.value);
    const figures = row === undefined ? null : breakdownFigures.safeParse(row);
    if (figures && !figures.success)
      return err({
        code: 'KPI.UNREADABLE',
        message: `the figures of ${request.dimension.name} = ${request.dimension.value} on ${day} cannot be read`,
      });
    points.push({ day, value: figures?.success ? READ[request.kpi](figures.data) : null });
  }
  const target = Object.entries(resolveKpiConfig(settings.kpi).targets).find(([k]) => k === request.kpi)?.[1];
  return ok({ points, target: target ?? null });
}
