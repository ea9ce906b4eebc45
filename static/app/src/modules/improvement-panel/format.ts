import type { ImprovementRecord } from '@contract/improvement-schema';

type Kpi = ImprovementRecord['problem']['kpi'];

/** Whether a KPI is a duration in milliseconds (otherwise it is a rate between 0 and 1). */
export const isDurationKpi = (kpi: Kpi): boolean => kpi.endsWith('Ms');

/** A duration such as `1 h 05 min` or `4 min 30 s`. */
export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const min = Math.floor(s / 60);
  if (min < 60) return `${min} min${s % 60 ? ` ${String(s % 60).padStart(2, '0')} s` : ''}`;
  const h = Math.floor(min / 60);
  if (h < 48) return `${h} h ${String(min % 60).padStart(2, '0')} min`;
  return `${Math.floor(h / 24)} d ${h % 24} h`;
}

/** A KPI value as people read it: durations for `…Ms` KPIs, percentages for rates. */
export function formatKpiValue(kpi: Kpi, value: number | null): string {
  if (value === null) return '—';
  return isDurationKpi(kpi) ? formatDuration(value) : `${(value * 100).toFixed(1)}%`;
}

/** The value a chart plots: minutes for durations, percent for rates. */
export const chartValue = (kpi: Kpi, value: number | null): number | null =>
  value === null ? null : isDurationKpi(kpi) ? value / 60000 : value * 100;

/** An instant or date as a short local date-time. */
export function formatInstant(iso: string, locale: string, timeZone?: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
}

/** An instant as a date only (a bare `YYYY-MM-DD` stays that calendar day). */
export function formatDate(iso: string, locale: string, timeZone?: string): string {
  const d = new Date(iso);
  const zone = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? 'UTC' : timeZone;
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleDateString(locale, { dateStyle: 'medium', timeZone: zone });
}

/** A new id for a cause or an action, unique enough within one record. */
export const newId = (prefix: string): string =>
  `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
