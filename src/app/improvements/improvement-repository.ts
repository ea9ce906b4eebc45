import { err, ok, type Result } from '../../domain/result';
import type { Improvement } from '../../domain/improvement/improvement';
import { improvementSchema } from '../../contract/improvement-schema';
import { getIssueProperty, searchIssuePages, setIssueProperty } from '../../jira/endpoints';
import type { JiraClient } from '../../jira/client';
import { fromJira, type AppError } from '../app-error';
import { JIRA_PARTS, PROPERTY_KEYS } from '../install/jira-parts';

/** Reads an improvement record from its issue through the schema; unreadable records are reported, never dropped. */
export async function readImprovement(jira: JiraClient, key: string): Promise<Result<Improvement, AppError>> {
  const stored = await getIssueProperty(jira, key, PROPERTY_KEYS.improvement);
  if (!stored.ok) {
    return stored.error.status === 404
      ? err({
          code: 'IMPROVEMENT.NOT_FOUND',
          message: `${key} is not a Service Improvement (or you cannot see it)`,
        })
      : err(fromJira(stored.error, `Reading improvement ${key}`));
  }
  return parseRecord(key, stored.value.value);
}

/**
 * Writes the next version of an improvement if nobody else wrote since `expectedVersion` was read;
 * otherwise a conflict error, and nothing is written. The record is one property, so a write is whole.
 */
export async function writeImprovement(
  jira: JiraClient,
  next: Improvement,
  expectedVersion: number,
): Promise<Result<Improvement, AppError>> {
  const current = await readImprovement(jira, next.key);
  if (current.ok && current.value.version !== expectedVersion) {
    return err({
      code: 'IMPROVEMENT.CONFLICT',
      message: `${next.key} was changed by someone else (version ${current.value.version}, you edited version ${expectedVersion}); reload to see their change`,
    });
  }
  if (!current.ok && current.error.code !== 'IMPROVEMENT.NOT_FOUND') return current;
  const saved = await setIssueProperty(jira, next.key, PROPERTY_KEYS.improvement, {
    ...next,
    searchIndex: searchIndex(next),
  });
  if (!saved.ok) return err(fromJira(saved.error, `Saving improvement ${next.key}`));
  return ok(next);
}

/** Every improvement of a project the caller can see, newest first. */
export async function listImprovements(
  jira: JiraClient,
  projectKey: string,
): Promise<Result<Improvement[], AppError>> {
  const found: Improvement[] = [];
  const jql = `project = ${projectKey} AND issuetype = "${JIRA_PARTS.improvementType.name}" ORDER BY created DESC`;
  for await (const page of searchIssuePages(jira, {
    jql,
    fields: ['id'],
    properties: [PROPERTY_KEYS.improvement],
    maxResults: 100,
  })) {
    if (!page.ok) return err(fromJira(page.error, `Listing the improvements of ${projectKey}`));
    for (const issue of page.value.issues) {
      const record = issue.properties?.[PROPERTY_KEYS.improvement];
      if (record === undefined) continue;
      const parsed = parseRecord(issue.key ?? issue.id, record);
      if (!parsed.ok) return parsed;
      found.push(parsed.value);
    }
  }
  return ok(found);
}

function parseRecord(key: string, value: unknown): Result<Improvement, AppError> {
  const parsed = improvementSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return err({
      code: 'IMPROVEMENT.UNREADABLE',
      message: `The improvement record of ${key} cannot be read (${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}); it was kept as it is`,
    });
  }
  return ok(parsed.data);
}

/**
 * Flat values Jira indexes for JQL through the manifest's `jira:entityProperty` search aliases
 * (qlStage, qlKpi, qlApproval); ignored when the record is read back.
 */
export function searchIndex(improvement: Improvement): { stage: string; kpi: string; approval: string } {
  const lastDecision = improvement.approval.decisions[improvement.approval.decisions.length - 1];
  const approval =
    improvement.stage === 'awaitingApproval'
      ? 'awaiting'
      : ['approved', 'implementing', 'checking'].includes(improvement.stage) ||
          improvement.closure?.code === 'successful'
        ? 'approved'
        : lastDecision?.decision === 'reject'
          ? 'rejected'
          : 'notSubmitted';
  return { stage: improvement.stage, kpi: improvement.problem.kpi, approval };
}
