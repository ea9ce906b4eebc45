import type { JiraDate, JiraDuration } from './jsm-types';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Renders a UTC offset as Jira does: `+0800`, `-0530`. */
export function formatOffset(offsetMinutes: number): string {
  const abs = Math.abs(offsetMinutes);
  return `${offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

/** Renders an instant as a Jira REST timestamp, e.g. `2025-03-01T09:15:00.000+0800`. */
export function formatJiraTimestamp(epochMs: number, offsetMinutes: number): string {
  const d = new Date(epochMs + offsetMinutes * 60_000);
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}` +
    formatOffset(offsetMinutes)
  );
}

/** The local hour (0..23) of an instant at a UTC offset. */
export function localHour(epochMs: number, offsetMinutes: number): number {
  return new Date(epochMs + offsetMinutes * 60_000).getUTCHours();
}

/** The local weekday (0 = Sunday) of an instant at a UTC offset. */
export function localWeekday(epochMs: number, offsetMinutes: number): number {
  return new Date(epochMs + offsetMinutes * 60_000).getUTCDay();
}

/** A JSM date object `{iso8601, jira, friendly, epochMillis}`; `friendly` uses Jira's absolute form. */
export function jiraDate(epochMs: number, offsetMinutes: number): JiraDate {
  const jira = formatJiraTimestamp(epochMs, offsetMinutes);
  const d = new Date(epochMs + offsetMinutes * 60_000);
  const h = d.getUTCHours();
  const friendly =
    `${pad(d.getUTCDate())}/${MONTHS[d.getUTCMonth()] ?? ''}/${pad(d.getUTCFullYear() % 100)} ` +
    `${h % 12 === 0 ? 12 : h % 12}:${pad(d.getUTCMinutes())} ${h < 12 ? 'AM' : 'PM'}`;
  return { iso8601: jira.slice(0, 19) + jira.slice(23), jira, friendly, epochMillis: epochMs };
}

/** A JSM duration object `{millis, friendly}`, e.g. `1h 5m`, `-2h`, `0m`. */
export function jiraDuration(millis: number): JiraDuration {
  const minutes = Math.floor(Math.abs(millis) / 60_000);
  const parts: string[] = [];
  if (minutes >= 60) parts.push(`${Math.floor(minutes / 60)}h`);
  if (minutes % 60 > 0 || parts.length === 0) parts.push(`${minutes % 60}m`);
  return { millis, friendly: `${millis < 0 && minutes > 0 ? '-' : ''}${parts.join(' ')}` };
}
