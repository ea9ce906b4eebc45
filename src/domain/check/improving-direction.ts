import type { ImprovableKpi } from '../improvement/improvement';
import type { Direction } from '../stats/one-sided';

/** Which way each improvable KPI moves when it gets better. */
export const IMPROVING_DIRECTION: Readonly<Record<ImprovableKpi, Direction>> = {
  fcrRate: 'increase',
  csatTop2box: 'increase',
  slaCompliance: 'increase',
  reopenRate: 'decrease',
  repeatContactRate: 'decrease',
  frtMedianMs: 'decrease',
  resolutionMedianMs: 'decrease',
};

/** The KPIs measured as durations (a median); the others are rates. */
export const DURATION_KPIS: readonly ImprovableKpi[] = ['frtMedianMs', 'resolutionMedianMs'];

/** Whether a KPI is a duration median rather than a rate. */
export const isDurationKpi = (kpi: ImprovableKpi): boolean => DURATION_KPIS.includes(kpi);
