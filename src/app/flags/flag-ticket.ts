import { err, ok, type Result } from '../../domain/result';
import { flagSchema, type Flag } from '../../contract/flag-schema';
import type { Settings } from '../../contract/settings-schema';
import type { SixM } from '../../domain/improvement/improvement';
import { deleteIssueProperty, getIssueProperty, linkIssues, setIssueProperty } from '../../jira/endpoints';
import type { JiraClient } from '../../jira/client';
import { fromJira, type AppError } from '../app-error';
import { JIRA_PARTS, PROPERTY_KEYS } from '../install/jira-parts';

export interface FlagRequest {
  readonly issueKey: string;
  readonly category: string;
  readonly causeHint: SixM | null;
  readonly note: string;
  readonly improvementKey: string | null;
}

/** The ticket's flag, or null when it is not flagged; an unreadable flag is an error, not "unflagged". */
export async function readFlag(jira: JiraClient, issueKey: string): Promise<Result<Flag | null, AppError>> {
  const stored = await getIssueProperty(jira, issueKey, PROPERTY_KEYS.flag);
  if (!stored.ok)
    return stored.error.status === 404
      ? ok(null)
      : err(fromJira(stored.error, `Reading the flag of ${issueKey}`));
  const flag = flagSchema.safeParse(stored.value.value);
  if (!flag.success)
    return err({
      code: 'FLAG.UNREADABLE',
      message: `The flag stored on ${issueKey} cannot be read; flag the ticket again to replace it`,
    });
  return ok(flag.data);
}

/**
 * Flags a ticket (or re-categorises its flag) with a category of the taxonomy, a 6M hint and a note;
 * attaching it to an improvement links the ticket as evidence. The flag is the `ql.flag` property,
 * written as the user so Jira's edit permission applies.
 */
export async function flagTicket(
  jira: JiraClient,
  settings: Settings,
  request: FlagRequest,
  by: string,
  nowIso: string,
): Promise<Result<Flag, AppError>> {
  if (!settings.categories.some((c) => c.id === request.category)) {
    const known = settings.categories.map((c) => c.id).join(', ');
    return err({
      code: 'FLAG.UNKNOWN_CATEGORY',
      message: `"${request.category}" is not a category of this site (${known})`,
    });
  }
  const flag: Flag = {
    schemaVersion: 1,
    category: request.category,
    causeHint: request.causeHint,
    note: request.note,
    improvementKey: request.improvementKey,
    flaggedBy: by,
    flaggedAt: nowIso,
  };
  if (request.improvementKey) {
    const linked = await linkIssues(jira, {
      type: { name: JIRA_PARTS.evidenceLink.name },
      outwardIssue: { key: request.issueKey },
      inwardIssue: { key: request.improvementKey },
    });
    if (!linked.ok)
      return err(fromJira(linked.error, `Linking ${request.issueKey} to ${request.improvementKey}`));
  }
  const saved = await setIssueProperty(jira, request.issueKey, PROPERTY_KEYS.flag, flag);
  if (!saved.ok) return err(fromJira(saved.error, `Flagging ${request.issueKey}`));
  return ok(flag);
}

/** Removes the flag; the evidence link, if any, stays as history of the improvement. */
export async function unflagTicket(
  jira: JiraClient,
  issueKey: string,
): Promise<Result<{ removed: boolean }, AppError>> {
  const removed = await deleteIssueProperty(jira, issueKey, PROPERTY_KEYS.flag);
  if (!removed.ok)
    return removed.error.status === 404
      ? ok({ removed: false })
      : err(fromJira(removed.error, `Unflagging ${issueKey}`));
  return ok({ removed: true });
}
