/** A duration for people: `45s`, `12m 05s`, `3h 20m`, `2d 04h`; `-` for none. */
export function formatDuration(ms: number | null): string {
  if (ms === null) return '-';
  const sign = ms < 0 ? '-' : '';
  const s = Math.round(Math.abs(ms) / 1000);
  const two = (n: number) => String(n).padStart(2, '0');
  if (s < 60) return `${sign}${s}s`;
  if (s < 3600) return `${sign}${Math.floor(s / 60)}m ${two(s % 60)}s`;
  if (s < 86_400) return `${sign}${Math.floor(s / 3600)}h ${two(Math.floor((s % 3600) / 60))}m`;
  return `${sign}${Math.floor(s / 86_400)}d ${two(Math.floor((s % 86_400) / 3600))}h`;
}

/** A fraction as a percentage with one decimal: `85.0%`. */
export const formatPercent = (fraction: number | null): string =>
  fraction === null ? '-' : `${(fraction * 100).toFixed(1)}%`;

/** A difference of two fractions in percentage points, signed: `+5.0 pp`. */
export const formatPoints = (fraction: number | null, unit: string): string =>
  fraction === null ? '-' : `${signed(fraction * 100, 1)} ${unit}`;

/** A number with a sign and fixed decimals: `+1.25`. */
export const signed = (n: number, decimals: number): string =>
  `${n > 0 ? '+' : n < 0 ? '-' : '±'}${Math.abs(n).toFixed(decimals)}`;

/** A plain number with fixed decimals, or `-`. */
export const formatNumber = (n: number | null, decimals: number): string =>
  n === null ? '-' : n.toFixed(decimals);
