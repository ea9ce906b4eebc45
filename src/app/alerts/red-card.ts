import { z } from 'zod';
import { editIssue, getIssue, getProject } from '../../jira/endpoints';
import type { JiraClient } from '../../jira/client';

/** The label a red card (红牌) puts on its improvement, so boards and JQL can find them. */
export const RED_CARD_LABEL = 'ql-red-card';
/** The priority a red card asks for; sites without it keep theirs (the failure is recorded). */
export const RED_CARD_PRIORITY = 'Highest';

const projectLead = z.object({ lead: z.object({ accountId: z.string().min(1) }) });

/** The team lead a red card flags: the rule's own, else the project lead in Jira, else nobody. */
export async function teamLeadOf(
  jira: JiraClient,
  ruleLead: string | null,
  projectKey: string,
): Promise<string | null> {
  if (ruleLead) return ruleLead;
  const project = await getProject(jira, projectKey);
  if (!project.ok) return null;
  const parsed = projectLead.safeParse(project.value);
  return parsed.success ? parsed.data.lead.accountId : null;
}

const labelled = z.object({ fields: z.object({ labels: z.array(z.string()).optional() }) });

/** Adds the red-card label, keeping the issue's other labels; true when it is there afterwards. */
export async function addRedCardLabel(
  jira: JiraClient,
  issueKey: string,
): Promise<{ ok: true } | { ok: false; message: string }> {
  const issue = await getIssue(jira, issueKey, { fields: ['labels'] });
  if (!issue.ok) return { ok: false, message: issue.error.message };
  const labels = labelled.safeParse(issue.value).data?.fields.labels ?? [];
  if (labels.includes(RED_CARD_LABEL)) return { ok: true };
  const edited = await editIssue(jira, issueKey, { fields: { labels: [...labels, RED_CARD_LABEL] } });
  return edited.ok ? { ok: true } : { ok: false, message: edited.error.message };
}

/** Raises the issue's priority to the red card's, where the site has that priority on the screen. */
export async function raisePriority(
  jira: JiraClient,
  issueKey: string,
): Promise<{ ok: true } | { ok: false; message: string }> {
  const edited = await editIssue(jira, issueKey, { fields: { priority: { name: RED_CARD_PRIORITY } } });
  return edited.ok ? { ok: true } : { ok: false, message: edited.error.message };
}
