import { previousPeriod } from '../../domain/kpi/period';
import { err, ok, type Result } from '../../domain/result';
import { parseBoundary } from '../../domain/time/local-date-time';
import { timeZone } from '../../domain/time/zone';
import type { KpiReportRequest } from './make-kpi-report';

const DAY_MS = 86_400_000;

/**
 * The JQL that finds every ticket a report of the period can need: anything updated since the
 * previous period began (a day earlier, whatever the site's time zone). A ticket created, resolved,
 * rated or breaching an SLA in either period, or contacting again after it, was updated then.
 */
export function reportJql(projectKey: string, request: KpiReportRequest): Result<string> {
  if (!/^[A-Z][A-Z0-9_]*$/.test(projectKey))
    return err({
      code: 'CLI.USAGE',
      message: `--project must be a Jira project key such as SUP, not "${projectKey}"`,
    });
  const zone = timeZone(request.timeZone ?? 'UTC');
  if (!zone.ok) return zone;
  const from = parseBoundary(request.from, zone.value);
  if (!from.ok) return err({ code: from.error.code, message: `--from: ${from.error.message}` });
  const to = parseBoundary(request.to, zone.value);
  if (!to.ok) return err({ code: to.error.code, message: `--to: ${to.error.message}` });
  const since = new Date(previousPeriod({ from: from.value, to: to.value }).from - DAY_MS)
    .toISOString()
    .slice(0, 10);
  return ok(`project = ${projectKey} AND updated >= "${since}" ORDER BY key ASC`);
}
