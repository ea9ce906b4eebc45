/** Reads KPI facts from issue JSON the way KPI_DEFINITIONS.md describes, independently of the generator. */
import type { JiraField, JiraIssue } from '../../../src/local/seed';

/** Parses a Jira timestamp (`...+0800`) to epoch milliseconds, honouring the offset. */
export function parseJiraTime(value: string): number {
  return Date.parse(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
}

/** Ids of the fields whose schema.custom is the given custom type. */
export function fieldIdsByCustomType(fields: readonly JiraField[], customType: string): string[] {
  return fields.filter((f) => f.schema.custom === customType).map((f) => f.id);
}

/** A custom field value of an issue, read without the generator's types. */
export function customValue(issue: JiraIssue, fieldId: string): unknown {
  return (issue.fields as unknown as Record<string, unknown>)[fieldId];
}

/** The instant of the first agent public reply, or null. */
export function firstAgentReply(issue: JiraIssue): number | null {
  const reporter = issue.fields.reporter.accountId;
  const reply = issue.fields.comment.comments.find(
    (c) => c.jsdPublic !== false && c.author.accountId !== reporter && c.author.accountType !== 'customer',
  );
  return reply ? parseJiraTime(reply.created) : null;
}

/** Number of agent public replies. */
export function agentReplies(issue: JiraIssue): number {
  const reporter = issue.fields.reporter.accountId;
  return issue.fields.comment.comments.filter(
    (c) => c.jsdPublic !== false && c.author.accountId !== reporter && c.author.accountType !== 'customer',
  ).length;
}

/** Resolution set/clear instants from the changelog, in order. */
export function resolutionChanges(issue: JiraIssue): { at: number; set: boolean }[] {
  return issue.changelog.histories.flatMap((h) =>
    h.items
      .filter((i) => i.field === 'resolution')
      .map((i) => ({ at: parseJiraTime(h.created), set: Boolean(i.to) })),
  );
}

/** First resolved instant: first changelog set, else `resolutiondate`, else null. */
export function firstResolved(issue: JiraIssue): number | null {
  const set = resolutionChanges(issue).find((c) => c.set);
  if (set) return set.at;
  return issue.fields.resolutiondate ? parseJiraTime(issue.fields.resolutiondate) : null;
}

/** Instants at which the resolution was cleared after the first resolution. */
export function reopenInstants(issue: JiraIssue): number[] {
  const first = firstResolved(issue);
  if (first === null) return [];
  return resolutionChanges(issue)
    .filter((c) => !c.set && c.at > first)
    .map((c) => c.at);
}

/** Keys of resolved tickets that have a repeat contact within the window (same project and reporter). */
export function repeatContacts(
  issues: readonly JiraIssue[],
  windowMs: number,
  sameRequestType?: string,
): Set<string> {
  const byReporter = new Map<string, JiraIssue[]>();
  for (const issue of issues) {
    const key = `${issue.fields.project.key}/${issue.fields.reporter.accountId}`;
    byReporter.set(key, [...(byReporter.get(key) ?? []), issue]);
  }
  const typeOf = (issue: JiraIssue): unknown =>
    sameRequestType === undefined
      ? undefined
      : (customValue(issue, sameRequestType) as { requestType: { id: string } }).requestType.id;
  const result = new Set<string>();
  for (const a of issues) {
    const resolved = firstResolved(a);
    if (resolved === null) continue;
    const others = byReporter.get(`${a.fields.project.key}/${a.fields.reporter.accountId}`) ?? [];
    const repeat = others.some((b) => {
      const created = parseJiraTime(b.fields.created);
      return b !== a && created > resolved && created <= resolved + windowMs && typeOf(a) === typeOf(b);
    });
    if (repeat) result.add(a.key);
  }
  return result;
}

/** Nearest-rank median. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const value = sorted[Math.ceil(0.5 * sorted.length) - 1];
  if (value === undefined) throw new Error('median of nothing');
  return value;
}

/** True when the local hour of a Jira timestamp is in the night band (20:00–08:00). */
export function isNight(timestamp: string): boolean {
  const hour = Number(timestamp.slice(11, 13));
  return hour >= 20 || hour < 8;
}
