import { previousPeriod } from '../../domain/kpi/period';
import { err, ok, type Result } from '../../domain/result';
import { parsePeriod } from '../../domain/time/period-text';
import { CLI_LABELS, type KpiReportRequest } from './make-kpi-report';

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
  const parsed = parsePeriod(request.from, request.to, request.timeZone ?? 'UTC', CLI_LABELS);
  if (!parsed.ok) return parsed;
  const since = new Date(previousPeriod(parsed.value.period).from - DAY_MS).toISOString().slice(0, 10);
  return ok(`project = ${projectKey} AND updated >= "${since}" ORDER BY key ASC`);
}
