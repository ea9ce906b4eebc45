import { err, ok, type Result } from '../../domain/result';
import { NO_APPROVAL, type Improvement, type ImprovableKpi, type Scope } from '../../domain/improvement';
import { parsePeriod } from '../../domain/time/period-text';
import type { KpiConfig } from '../../contract/kpi-config';
import { createIssue, linkIssues, plainTextDocument } from '../../jira/endpoints';
import { fromJira, type AppError } from '../app-error';
import { appendAudit } from '../audit/audit-log';
import { ensureJiraParts } from '../install/ensure-jira-parts';
import { JIRA_PARTS } from '../install/jira-parts';
import { measureKpi } from '../measure/measure-kpi';
import type { AppPorts, Caller } from '../ports';
import { writeImprovement } from './improvement-repository';

export interface OpenImprovementRequest {
  readonly statement: string;
  readonly scope: Scope;
  readonly kpi: ImprovableKpi;
  readonly slaName: string | null;
  readonly baselineFrom: string;
  readonly baselineTo: string;
  readonly timeZone: string;
  readonly target: number;
  readonly reviewDate: string;
  readonly evidence: readonly string[];
}

/**
 * Opens an improvement from a problem: measures the KPI's baseline over the window (from tickets,
 * never typed), creates the Service Improvement issue, stores the record and links the evidence.
 */
export async function openImprovement(
  ports: AppPorts,
  caller: Caller,
  kpiConfig: KpiConfig,
  request: OpenImprovementRequest,
): Promise<Result<Improvement, AppError>> {
  const window = parsePeriod(request.baselineFrom, request.baselineTo, request.timeZone, {
    from: 'baseline start',
    to: 'baseline end',
  });
  if (!window.ok) return window;
  if (request.kpi === 'slaCompliance' && !request.slaName) {
    return err({
      code: 'VALIDATION.INVALID_INPUT',
      message: 'Name the SLA whose compliance the improvement sets out to raise',
    });
  }

  const parts = await ensureJiraParts(ports.jiraAsApp);
  if (!parts.ok) return parts;
  const baseline = await measureKpi(
    ports.jira,
    request.scope,
    request.kpi,
    request.slaName,
    window.value.period,
    kpiConfig,
  );
  if (!baseline.ok) return baseline;

  const created = await createIssue(ports.jira, {
    fields: {
      project: { key: request.scope.projectKey },
      issuetype: { id: parts.value.improvementType },
      summary: request.statement.split('\n')[0]?.slice(0, 250) ?? request.statement.slice(0, 250),
      description: plainTextDocument(request.statement),
    },
  });
  if (!created.ok)
    return err(fromJira(created.error, `Creating the improvement in ${request.scope.projectKey}`));
  const nowIso = new Date(ports.now()).toISOString();
  const improvement: Improvement = {
    key: created.value.key,
    version: 1,
    stage: 'identified',
    problem: {
      statement: request.statement,
      scope: request.scope,
      kpi: request.kpi,
      slaName: request.slaName,
      baseline: baseline.value.measurement,
      target: request.target,
      reviewDate: request.reviewDate,
    },
    evidence: [...new Set(request.evidence)],
    causes: [],
    actions: [],
    approval: NO_APPROVAL,
    check: null,
    closure: null,
    previousCycle: null,
    createdBy: caller.accountId,
    createdAt: nowIso,
  };
  const saved = await writeImprovement(ports.jira, improvement, 0);
  if (!saved.ok) return saved;
  for (const ticket of improvement.evidence) {
    const linked = await linkIssues(ports.jira, {
      type: { name: JIRA_PARTS.evidenceLink.name },
      outwardIssue: { key: ticket },
      inwardIssue: { key: improvement.key },
    });
    if (!linked.ok) return err(fromJira(linked.error, `Linking evidence ${ticket} to ${improvement.key}`));
  }
  await appendAudit(ports.store, improvement.key, 1, [
    { at: nowIso, by: caller.accountId, field: 'created', before: null, after: improvement.problem },
  ]);
  return ok(saved.value);
}
