import { z } from 'zod';
import { err, ok, type Result } from '../../domain/result';
import { getIssue } from '../../jira/endpoints';
import { fromJira, type AppError } from '../app-error';
import type { AppPorts } from '../ports';
import { adfText } from './adf-text';

const person = z.looseObject({ accountId: z.string(), displayName: z.string().optional() });
const ticketFields = z.looseObject({
  project: z.looseObject({ key: z.string() }),
  assignee: person.nullish(),
  reporter: person.nullish(),
  summary: z.string().nullish(),
  description: z.unknown().optional(),
  created: z.string().optional(),
});

export interface TicketSummary {
  readonly projectKey: string;
  /** The reviewed agent: the ticket's assignee. */
  readonly agent: { readonly accountId: string; readonly displayName: string } | null;
  readonly summary: string;
  /** The customer's request (the description), the first message of the conversation. */
  readonly opening: { author: string | null; authorName: string; created: string; text: string } | null;
}

/** What QA needs of a ticket, read as the caller so Jira's browse permission applies. */
export async function ticketAgent(
  ports: AppPorts,
  issueKey: string,
): Promise<Result<TicketSummary, AppError>> {
  const issue = await getIssue(ports.jira, issueKey, {
    fields: ['project', 'assignee', 'reporter', 'summary', 'description', 'created'],
  });
  if (!issue.ok) return err(fromJira(issue.error, `Reading ${issueKey}`));
  const fields = ticketFields.safeParse(issue.value.fields);
  if (!fields.success)
    return err({ code: 'JIRA.ERROR', message: `Jira answered ${issueKey} without its project; try again` });
  const f = fields.data;
  const text = f.description === undefined || f.description === null ? '' : adfText(f.description);
  return ok({
    projectKey: f.project.key,
    agent: f.assignee
      ? { accountId: f.assignee.accountId, displayName: f.assignee.displayName ?? f.assignee.accountId }
      : null,
    summary: f.summary ?? '',
    opening:
      text === ''
        ? null
        : {
            author: f.reporter?.accountId ?? null,
            authorName: f.reporter?.displayName ?? f.reporter?.accountId ?? '',
            created: f.created ?? '',
            text,
          },
  });
}
