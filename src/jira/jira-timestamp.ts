import { offsetMinutes } from '../domain/time/local-date-time';

const JIRA_TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * Epoch milliseconds of a Jira timestamp such as `2025-03-01T09:15:00.000+0800` (any offset,
 * with or without a colon, or `Z`), or null when the text is not one.
 */
export function parseJiraTimestamp(text: string): number | null {
  const m = JIRA_TIMESTAMP.exec(text);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, frac = '', offset = 'Z'] = m;
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return null;
  const wall = Date.UTC(Number(y), month - 1, day, hour, minute, second, Number(frac.padEnd(3, '0').slice(0, 3)));
  if (new Date(wall).getUTCDate() !== day) return null;
  return wall - offsetMinutes(offset) * 60_000;
}
