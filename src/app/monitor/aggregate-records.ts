import { z } from 'zod';
import type { Cell } from '../../domain/monitor/cell';
import { dayName } from '../../domain/monitor/slots';

/**
 * The stored records of a project's KPI aggregates, all under `qlm:<PROJECT>:` so a rebuild can
 * list and delete them by prefix. Every record carries a schema version and is read through these.
 *
 *   qlm:SUP:meta                    what the aggregates were built with, counts, an interrupted-write flag
 *   qlm:SUP:key:<bucket>            issue key → 6-hour block of its creation (1000 keys a bucket)
 *   qlm:SUP:rows:<YYYY-MM-DD>T<HH>  the stored facts and judgement of the tickets created in those 6 UTC hours
 *   qlm:SUP:rep:<reporter>          the reporter's contacts, for re-judging repeat contact
 *   qlm:SUP:agg:all:<YYYY-MM-DD>    per 15-minute slot of that UTC day, the sums of all tickets
 *   qlm:SUP:agg:d.<dim>:<YYYY-MM-DD> the same per value of one dimension
 *   qlm:SUP:sum:d.<dim>:<YYYY-MM-DD> the dimension's sums per value over the whole UTC day
 * rows, rep and agg records are chunked records (src/store/chunked-record.ts).
 */

export const projectPrefix = (projectKey: string): string => `qlm:${projectKey}:`;
export const metaKey = (projectKey: string): string => `qlm:${projectKey}:meta`;
/** Rows are kept per 6 hours of creation: ~300 tickets, so a batch rewrites little besides its own. */
const ROW_BLOCK_MS = 6 * 3_600_000;
export const rowBlockOf = (createdAt: number): number => Math.floor(createdAt / ROW_BLOCK_MS);
export const rowsKey = (projectKey: string, block: number): string =>
  `qlm:${projectKey}:rows:${dayName(Math.floor(block / 4))}T${String((block % 4) * 6).padStart(2, '0')}`;
export const reporterKey = (projectKey: string, reporterId: string): string =>
  `qlm:${projectKey}:rep:${encodeSegment(reporterId)}`;
export const shardKey = (projectKey: string, dimension: string, day: number): string =>
  `qlm:${projectKey}:agg:${dimension === 'all' ? 'all' : `d.${encodeSegment(dimension)}`}:${dayName(day)}`;
/**
 * A dimension's whole-day sums (one cell per value, under the slot DAY_SLOT): what a period reads for
 * the UTC days it covers entirely, a tenth of the per-slot shard's size; the slot shards serve its two edges.
 */
export const daySumKey = (projectKey: string, dimension: string, day: number): string =>
  `qlm:${projectKey}:sum:d.${encodeSegment(dimension)}:${dayName(day)}`;
export const DAY_SLOT = 'day';

/** The key-index bucket of an issue key: by its number, so neighbours share a record. */
export function keyIndexKey(projectKey: string, issueKey: string): string {
  const number = /-(\d+)$/.exec(issueKey)?.[1];
  if (number !== undefined) return `qlm:${projectKey}:key:${Math.floor(Number(number) / 1000)}`;
  let h = 0;
  for (let i = 0; i < issueKey.length; i++) h = (h * 31 + issueKey.charCodeAt(i)) >>> 0;
  return `qlm:${projectKey}:key:x${h % 64}`;
}

/** Plain names stay readable; anything a store key cannot carry is hex-encoded (distinct prefixes). */
function encodeSegment(text: string): string {
  if (/^[A-Za-z0-9.-]{1,200}$/.test(text)) return `i${text}`;
  return `h${Buffer.from(text, 'utf8').toString('hex')}`;
}

const instant = z.number();
const slaRecordSchema = z.object({
  name: z.string(),
  completedCycles: z.array(z.object({ stopTime: instant, breached: z.boolean() })),
  ongoingCycle: z.object({ breached: z.boolean(), breachTime: instant.nullable() }).nullable(),
});

export const ticketFactsSchema = z.object({
  key: z.string(),
  projectKey: z.string(),
  createdAt: instant,
  reporterId: z.string().nullable(),
  requestType: z.string().nullable(),
  firstResolvedAt: instant.nullable(),
  resolutionClearedAt: z.array(instant),
  firstAgentReplyAt: instant.nullable(),
  agentPublicReplies: z.number().int().min(0),
  sla: z.array(slaRecordSchema),
  csatRating: z.number().nullable(),
  npsScore: z.number().nullable(),
  dimensions: z.record(z.string(), z.array(z.string())),
});

export const storedTicketSchema = z.object({
  facts: ticketFactsSchema,
  reopened: z.boolean(),
  repeatContact: z.boolean(),
  fcr: z.boolean(),
});
export type StoredTicket = z.infer<typeof storedTicketSchema>;

export const rowsSchema = z.object({
  schemaVersion: z.literal(1),
  rows: z.record(z.string(), storedTicketSchema),
});

export const keyIndexSchema = z.object({
  schemaVersion: z.literal(1),
  /** Issue key → 6-hour block (from the epoch) of its creation: where its row is. */
  days: z.record(z.string(), z.number().int()),
});

/** [createdAt, firstResolvedAt, requestType, repeatContact as stored in the row]. */
const contactSchema = z.tuple([instant, instant.nullable(), z.string().nullable(), z.boolean()]);
export type StoredContact = z.infer<typeof contactSchema>;
export const reporterSchema = z.object({
  schemaVersion: z.literal(1),
  contacts: z.record(z.string(), contactSchema),
});

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isNumbers = (v: unknown): v is number[] => Array.isArray(v) && v.every(isCount);

/**
 * A stored cell, checked by hand: a day shard holds thousands of them and read on every gadget
 * refresh, where a declarative tuple schema costs more than the rest of the report together.
 */
function isCell(v: unknown): v is Cell {
  if (!Array.isArray(v) || v.length !== 15) return false;
  for (let i = 0; i < 12; i++) if (!isCount(v[i])) return false;
  if (!isNumbers(v[12]) || !isNumbers(v[13])) return false;
  const sla: unknown = v[14];
  if (typeof sla !== 'object' || sla === null || Array.isArray(sla)) return false;
  return Object.values(sla).every((s) => isNumbers(s) && s.length === 3);
}

/** Slot of the UTC day (0..95), or DAY_SLOT for a whole-day record → dimension value → sums. */
export interface Shard {
  schemaVersion: 1;
  cells: Record<string, Record<string, Cell>>;
}
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
/** Checked by hand as the cells are, and kept as parsed (no copy): the read path's hot loop. */
export const shardSchema = z.custom<Shard>(
  (v) =>
    isPlainObject(v) &&
    v.schemaVersion === 1 &&
    isPlainObject(v.cells) &&
    Object.values(v.cells).every((values) => isPlainObject(values) && Object.values(values).every(isCell)),
  'not a KPI aggregate shard (schemaVersion 1)',
);

const kpiOptionsSchema = z.object({
  reopenWindowDays: z.number(),
  repeatWindowHours: z.number(),
  repeatSameRequestType: z.boolean(),
  fcrMaxAgentReplies: z.number().nullable(),
  fcrExcludeReopened: z.boolean(),
  fcrExcludeRepeat: z.boolean(),
  lowCsatMaxRating: z.number(),
});

export const metaSchema = z.object({
  schemaVersion: z.literal(1),
  projectKey: z.string(),
  /** Fingerprint of what the aggregates depend on (KPI options, dimensions, NPS field). */
  basisHash: z.string(),
  options: kpiOptionsSchema,
  dimensions: z.array(z.string()),
  npsField: z.string().nullable(),
  npsEnabled: z.boolean(),
  tickets: z.number().int().min(0),
  /** Keys of tickets the readers could not read (malformed in Jira), as the pipeline reported them. */
  skippedKeys: z.array(z.string()),
  /** Set while a batch is being written; still set at the next write means one was interrupted. */
  writing: z.boolean(),
  /** An interrupted batch, or a record found unreadable or out of step: only a rebuild repairs it. */
  interrupted: z.boolean(),
  batches: z.number().int().min(0),
});
export type StoredMeta = z.infer<typeof metaSchema>;
