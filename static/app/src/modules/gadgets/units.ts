import type { KpiUnit } from '../project-page/format';

/** The unit of a KPI key, known without asking the backend (the trend answer does not state it). */
export function unitOfKpi(kpi: string): KpiUnit {
  if (kpi.endsWith('Ms')) return 'ms';
  if (kpi === 'csatAvg') return 'rating';
  if (kpi === 'nps' || kpi === 'compositeIndex') return 'points';
  return 'fraction';
}
