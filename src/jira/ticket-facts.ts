import type { z } from 'zod';
import { err, ok, type Result } from '../domain/result';
import type { SlaRecord, TicketFacts } from '../domain/ticket';
import type { TicketFieldMap } from './field-map';
import { displayValues } from './field-values';
import { jiraIssueSchema, type JiraIssue } from './schemas/issue';
import {
  csatValueSchema,
  npsValueSchema,
  requestTypeValueSchema,
  slaValueSchema,
} from './schemas/service-desk-values';

/** A ticket that could not be read: its key (or position) and why. */
export interface SkippedTicket {
  readonly key: string;
  readonly reason: string;
}

/** Reads one issue of `search/jql?fields=*all&expand=changelog` into the facts the KPIs use. */
export function toTicketFacts(
  raw: unknown,
  map: TicketFieldMap,
  position: number,
): Result<TicketFacts, SkippedTicket & { code: string; message: string }> {
  const key = readKey(raw) ?? `#${position + 1}`;
  const skip = (reason: string) =>
    err({ code: 'TICKET.MALFORMED', message: `${key}: ${reason}`, key, reason });

  const parsed = jiraIssueSchema.safeParse(raw);
  if (!parsed.success) return skip(describe(parsed.error));
  const issue = parsed.data;
  const fields = rawFields(raw);
  const field = (id: string): unknown => (Object.hasOwn(fields, id) ? Reflect.get(fields, id) : undefined);

  const slas: SlaRecord[] = [];
  for (const sla of map.sla) {
    const value = field(sla.id);
    if (value === null || value === undefined) continue;
    const r = slaValueSchema.safeParse(value);
    if (!r.success) return skip(`SLA field "${sla.name}" (${sla.id}): ${describe(r.error)}`);
    slas.push({
      name: r.data.name ?? sla.name,
      completedCycles: r.data.completedCycles,
      ongoingCycle: r.data.ongoingCycle
        ? { breached: r.data.ongoingCycle.breached, breachTime: r.data.ongoingCycle.breachTime ?? null }
        : null,
    });
  }

  let csatRating: number | null = null;
  const csatValue = map.csat === null ? null : field(map.csat);
  if (csatValue !== null && csatValue !== undefined) {
    const r = csatValueSchema.safeParse(csatValue);
    if (!r.success) return skip(`satisfaction field (${map.csat}): ${describe(r.error)}`);
    csatRating = r.data.rating;
  }

  let npsScore: number | null = null;
  const npsValue = map.nps === null ? null : field(map.nps.id);
  if (npsValue !== null && npsValue !== undefined && map.nps) {
    const r = npsValueSchema.safeParse(npsValue);
    if (!r.success) return skip(`NPS field "${map.nps.name}" (${map.nps.id}): ${describe(r.error)}`);
    npsScore = r.data;
  }

  let requestType: string | null = null;
  const requestTypeValue = map.requestType === null ? null : field(map.requestType);
  if (requestTypeValue !== null && requestTypeValue !== undefined) {
    const r = requestTypeValueSchema.safeParse(requestTypeValue);
    if (!r.success) return skip(`request type field (${map.requestType}): ${describe(r.error)}`);
    requestType = r.data.requestType?.name ?? null;
  }

  const dimensions: Record<string, string[]> = {};
  for (const d of map.dimensions) dimensions[d.name] = displayValues(field(d.fieldId));

  const reporterId = issue.fields.reporter?.accountId ?? null;
  const replies = agentPublicReplies(issue, reporterId);
  const resolution = resolutionHistory(issue);
  return ok({
    key: issue.key,
    projectKey: issue.fields.project.key,
    createdAt: issue.fields.created,
    reporterId,
    requestType,
    firstResolvedAt: resolution.firstResolvedAt,
    resolutionClearedAt: resolution.clearedAt,
    firstAgentReplyAt: replies.first,
    agentPublicReplies: replies.count,
    sla: slas,
    csatRating,
    npsScore,
    dimensions,
  });
}

/** Agent public replies: public comments whose author is neither the reporter nor a customer account. */
function agentPublicReplies(
  issue: JiraIssue,
  reporterId: string | null,
): { first: number | null; count: number } {
  let first: number | null = null;
  let count = 0;
  for (const c of issue.fields.comment?.comments ?? []) {
    if (c.jsdPublic === false) continue;
    if (c.author?.accountType === 'customer') continue;
    if (reporterId !== null && c.author?.accountId === reporterId) continue;
    count++;
    if (first === null || c.created < first) first = c.created;
  }
  return { first, count };
}

/**
 * First resolved: the first history item setting a resolution, else `resolutiondate`;
 * cleared: items emptying the resolution after it was set. Histories are sorted, not trusted.
 */
function resolutionHistory(issue: JiraIssue): { firstResolvedAt: number | null; clearedAt: number[] } {
  const changes: { at: number; set: boolean }[] = [];
  for (const h of issue.changelog?.histories ?? []) {
    for (const item of h.items) {
      if (item.field !== 'resolution') continue;
      changes.push({ at: h.created, set: Boolean(item.to) || Boolean(item.toText) });
    }
  }
  changes.sort((a, b) => a.at - b.at);
  let firstResolvedAt: number | null = null;
  const clearedAt: number[] = [];
  for (const change of changes) {
    if (change.set) firstResolvedAt ??= change.at;
    else if (firstResolvedAt !== null) clearedAt.push(change.at);
  }
  return { firstResolvedAt: firstResolvedAt ?? issue.fields.resolutiondate ?? null, clearedAt };
}

/** The issue's `fields` as sent, for custom fields read by discovered id (each then parsed by its schema). */
function rawFields(raw: unknown): object {
  if (typeof raw !== 'object' || raw === null || !('fields' in raw)) return {};
  return typeof raw.fields === 'object' && raw.fields !== null ? raw.fields : {};
}

function readKey(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null || !('key' in raw)) return null;
  return typeof raw.key === 'string' && raw.key !== '' ? raw.key : null;
}

/** The first problem zod found, as `path: message`. */
function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const path = issue.path.length > 0 ? issue.path.join('.') : '(root)';
  return `${path}: ${issue.message}`;
}
