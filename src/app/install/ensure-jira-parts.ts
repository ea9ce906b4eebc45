import { err, ok, type Result } from '../../domain/result';
import { createIssueLinkType, createIssueType, getIssueLinkTypes, getIssueTypes } from '../../jira/endpoints';
import type { JiraClient } from '../../jira/client';
import { fromJira, type AppError } from '../app-error';
import { JIRA_PARTS } from './jira-parts';

export interface JiraParts {
  readonly improvementType: string;
  readonly actionType: string;
  readonly evidenceLinkType: string;
  /** What this run had to create (empty when everything existed). */
  readonly created: readonly string[];
}

/**
 * Makes sure the issue type "Service Improvement", its sub-task type for actions, and the
 * evidence link type exist; creates only what is missing, so running it twice changes nothing.
 */
export async function ensureJiraParts(jira: JiraClient): Promise<Result<JiraParts, AppError>> {
  const created: string[] = [];
  const types = await getIssueTypes(jira);
  if (!types.ok) return err(fromJira(types.error, 'Reading issue types'));
  const typeId = async (
    name: string,
    description: string,
    hierarchyLevel: 0 | -1,
  ): Promise<Result<string, AppError>> => {
    const existing = types.value.find((t) => t.name.toLowerCase() === name.toLowerCase());
    if (existing) return ok(existing.id);
    const made = await createIssueType(jira, { name, description, hierarchyLevel });
    if (!made.ok) return err(fromJira(made.error, `Creating the issue type "${name}"`));
    created.push(`issue type ${name}`);
    return ok(made.value.id);
  };
  const improvementType = await typeId(
    JIRA_PARTS.improvementType.name,
    JIRA_PARTS.improvementType.description,
    0,
  );
  if (!improvementType.ok) return improvementType;
  const actionType = await typeId(JIRA_PARTS.actionType.name, JIRA_PARTS.actionType.description, -1);
  if (!actionType.ok) return actionType;

  const links = await getIssueLinkTypes(jira);
  if (!links.ok) return err(fromJira(links.error, 'Reading issue link types'));
  let link = links.value.find((l) => l.name.toLowerCase() === JIRA_PARTS.evidenceLink.name.toLowerCase());
  if (!link) {
    const made = await createIssueLinkType(jira, JIRA_PARTS.evidenceLink);
    if (!made.ok)
      return err(fromJira(made.error, `Creating the link type "${JIRA_PARTS.evidenceLink.name}"`));
    link = made.value;
    created.push(`link type ${link.name}`);
  }
  return ok({
    improvementType: improvementType.value,
    actionType: actionType.value,
    evidenceLinkType: link.id,
    created,
  });
}
