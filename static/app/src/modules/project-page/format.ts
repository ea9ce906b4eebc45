import type { Locale } from '@contract/i18n/locale';
import type { ReportMessages } from '@contract/i18n/report-messages';
import { DEFAULT_CATEGORIES } from '@contract/settings-schema';

/** The unit a KPI is measured in, as `kpi/report` states it. */
export type KpiUnit = 'ms' | 'fraction' | 'points' | 'rating';

const DAY_MS = 86_400_000;

/** A duration in the largest sensible units: `45 s`, `13 min 25 s`, `8 h 15 min`, `2 d 4 h`. */
export function formatDuration(ms: number, locale: Locale): string {
  const zh = locale === 'zh-CN';
  const u = zh ? { d: '天', h: '小时', m: '分', s: '秒' } : { d: ' d', h: ' h', m: ' min', s: ' s' };
  const sep = zh ? '' : ' ';
  const sign = ms < 0 ? '−' : '';
  const s = Math.round(Math.abs(ms) / 1000);
  const parts: Array<[number, string]> =
    s >= 86_400
      ? [
          [Math.floor(s / 86_400), u.d],
          [Math.floor((s % 86_400) / 3600), u.h],
        ]
      : s >= 3600
        ? [
            [Math.floor(s / 3600), u.h],
            [Math.floor((s % 3600) / 60), u.m],
          ]
        : s >= 60
          ? [
              [Math.floor(s / 60), u.m],
              [s % 60, u.s],
            ]
          : [[s, u.s]];
  const shown = parts.filter(([n], i) => i === 0 || n > 0);
  return sign + shown.map(([n, unit]) => `${n}${unit}`).join(sep);
}

const num = (value: number, digits: number, locale: Locale) =>
  value.toLocaleString(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** A KPI value in its unit: durations for ms, % for fractions. */
export function formatValue(unit: KpiUnit, value: number | null, locale: Locale, noData: string): string {
  if (value === null) return noData;
  if (unit === 'ms') return formatDuration(value, locale);
  if (unit === 'fraction') return `${num(value * 100, 1, locale)}%`;
  if (unit === 'rating') return num(value, 2, locale);
  return num(value, 1, locale);
}

/** A gap or change: signed, percentage points for fractions. */
export function formatDelta(
  unit: KpiUnit,
  value: number | null,
  locale: Locale,
  m: Pick<ReportMessages, 'percentagePoints'>,
): string {
  if (value === null) return '—';
  const abs = Math.abs(value);
  const shown =
    unit === 'fraction' ? abs * 1000 : unit === 'ms' ? abs / 1000 : abs * (unit === 'rating' ? 100 : 10);
  // A change that rounds to nothing has no direction: "±0.0 pp", never "−0.0 pp".
  const sign = Math.round(shown) === 0 ? '±' : value > 0 ? '+' : '−';
  if (unit === 'ms') return sign + formatDuration(abs, locale);
  if (unit === 'fraction') return `${sign}${num(abs * 100, 1, locale)} ${m.percentagePoints}`;
  return sign + num(abs, unit === 'rating' ? 2 : 1, locale);
}

/** A share in [0,1] as a percentage. */
export const formatShare = (share: number, locale: Locale): string => `${num(share * 100, 1, locale)}%`;

/** The readable name of a KPI key, including per-SLA rows (`sla:Time to first response`). */
export function kpiLabel(kpi: string, m: ReportMessages): string {
  if (kpi.startsWith('sla:')) return `${m.slaCompliance} · ${kpi.slice(4)}`;
  const known = (m as Readonly<Record<string, string>>)[kpi];
  return known ?? kpi;
}

/** The readable name of a problem category: the default taxonomy or a built-in reason; else its id. */
export function categoryLabel(name: string, locale: Locale, m: ReportMessages): string {
  const category = DEFAULT_CATEGORIES.find((c) => c.id === name);
  if (category) return locale === 'zh-CN' ? category.zhCN : category.en;
  const reasons: Readonly<Record<string, string>> = {
    'not-fcr': m.notFcr,
    'sla-breached': m.slaBreached,
    'low-csat': m.lowCsat,
  };
  return reasons[name] ?? name;
}

/** The half-open period of the last `days` days ending now, as ISO instants. */
export function lastDays(
  days: number,
  timeZone: string,
  now: number = Date.now(),
): { from: string; to: string } {
  // Whole local days, today included: KPI aggregates are kept per quarter hour, and every local
  // midnight falls on one, so the figures of a period of days are exact in any zone.
  const today = todayIn(timeZone, now);
  return { from: addDays(today, 1 - days), to: addDays(today, 1) };
}

/** Today's date (YYYY-MM-DD) in a time zone. */
export const todayIn = (timeZone: string, now: number = Date.now()): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    now,
  );

/** A date `days` after an ISO date (YYYY-MM-DD). */
export const addDays = (isoDate: string, days: number): string =>
  new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** An action is overdue when its due date is before today and it is not done. */
export const isOverdue = (action: { dueDate: string | null; done: boolean }, today: string): boolean =>
  !action.done && action.dueDate !== null && action.dueDate < today;

/** The report time zone: the user's, else the service desk's home zone. */
export const zoneOf = (timezone: string | undefined): string => timezone ?? 'Asia/Shanghai';
