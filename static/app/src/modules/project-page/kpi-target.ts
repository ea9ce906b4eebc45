import { improvableKpiSchema } from '@contract/improvement-schema';
import type { z } from 'zod';

/** A KPI an improvement can target. */
export type ImprovableKpi = z.infer<typeof improvableKpiSchema>;
export const IMPROVABLE_KPIS: readonly ImprovableKpi[] = improvableKpiSchema.options;

/** The KPI a problem category most likely moves (the built-in reasons map to their own KPI). */
export const kpiForCategory = (name: string): ImprovableKpi =>
  name === 'sla-breached' ? 'slaCompliance' : name === 'low-csat' ? 'csatTop2box' : 'fcrRate';

/** Durations are entered in minutes, rates in percent; the contract stores ms and fractions. */
export const targetUnit = (kpi: ImprovableKpi): 'minutes' | 'percent' =>
  kpi.endsWith('Ms') ? 'minutes' : 'percent';

/** A typed target in its display unit, as the stored value; null when not a number. */
export function toStoredTarget(kpi: ImprovableKpi, typed: string): number | null {
  const n = Number(typed.replace(',', '.'));
  if (typed.trim() === '' || !Number.isFinite(n) || n < 0) return null;
  return targetUnit(kpi) === 'minutes' ? n * 60_000 : n / 100;
}

/** A sensible starting target for a KPI (the defaults of KPI_DEFINITIONS where there is one). */
export const defaultTarget = (kpi: ImprovableKpi): string =>
  ({
    frtMedianMs: '1',
    resolutionMedianMs: '480',
    fcrRate: '80',
    reopenRate: '5',
    repeatContactRate: '10',
    csatTop2box: '85',
    slaCompliance: '95',
  })[kpi];
