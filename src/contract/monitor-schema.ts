import { z } from 'zod';

/**
 * Monitoring at scale: the backfill of a project's history and the hourly incremental sync, as the
 * admin page shows them. Instants are ISO strings.
 */

const projectKey = z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'a project key such as SUP');
const failure = z.object({ code: z.string(), message: z.string() });

export const backfillProgressSchema = z.object({
  status: z.enum(['running', 'paused', 'done', 'failed']),
  ticketsDone: z.number().int().min(0),
  skipped: z.number().int().min(0),
  pages: z.number().int().min(0),
  /** Queue-consumer invocations so far: each hands over to the next before Forge's time limit. */
  steps: z.number().int().min(0),
  requests: z.number().int().min(0),
  /** The last issue key stored: the next step resumes after it. */
  after: z.string().nullable(),
  startedAt: z.string(),
  /** When the last checkpoint was written. */
  updatedAt: z.string(),
  finishedAt: z.string().nullable(),
  error: failure.nullable(),
});
export type BackfillProgress = z.infer<typeof backfillProgressSchema>;

export const syncProgressSchema = z.object({
  /** Every change before this instant is in the figures. */
  cursor: z.string(),
  lastRunAt: z.string().nullable(),
  lastRun: z
    .object({
      changed: z.number(),
      removed: z.number(),
      dirty: z.number(),
      breaches: z.number(),
      requests: z.number(),
      ms: z.number(),
    })
    .nullable(),
  lastError: failure.nullable(),
});

export const projectMonitorSchema = z.object({
  projectKey,
  backfill: backfillProgressSchema.nullable(),
  sync: syncProgressSchema.nullable(),
  /** Issues events marked for the next sync. */
  dirty: z.number().int().min(0),
  /** The stored figures were built under settings that changed since: a rebuild is needed. */
  needsRebuild: z.boolean(),
  rebuildReason: z.string().nullable(),
});
export type ProjectMonitor = z.infer<typeof projectMonitorSchema>;

/** Admin-only resolvers of the monitor. */
export const MONITOR_RESOLVERS = {
  'monitor/status': {
    input: z.object({}),
    output: z.object({ projects: z.array(projectMonitorSchema) }),
  },
  'monitor/backfill': {
    input: z.object({
      projectKey,
      /** restart: from the first ticket, figures reset; resume: from the last checkpoint. */
      mode: z.enum(['restart', 'resume']).default('restart'),
    }),
    output: projectMonitorSchema,
  },
} as const;
