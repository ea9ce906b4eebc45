import { z } from 'zod';
import { flagSchema } from './flag-schema';
import {
  actionSchema,
  causeSchema,
  improvableKpiSchema,
  improvementSchema,
  scopeSchema,
} from './improvement-schema';
import { settingsSchema } from './settings-schema';
import { MONITOR_RESOLVERS } from './monitor-schema';
import { ALERT_REVIEW_RESOLVERS } from './alert-review-resolvers';
import { QA_RESOLVERS } from './qa-resolvers';
import { paretoCategorySchema, scorecardRowSchema } from './kpi-rows-schema';

const issueKey = z.string().regex(/^[A-Z][A-Z0-9_]*-\d+$/, 'an issue key such as SUP-12');
const projectKey = z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'a project key such as SUP');
const instant = z.string().min(10, 'an ISO date or date-time');
const versioned = { key: issueKey, version: z.number().int().min(0) };

/** The resolvers of the improvement loop. */
const LOOP_RESOLVERS = {
  'settings/get': { input: z.object({}), output: settingsSchema },
  'settings/save': { input: z.object({ settings: settingsSchema }), output: settingsSchema },
  'install/ensure': {
    input: z.object({}),
    output: z.object({
      improvementType: z.string(),
      actionType: z.string(),
      evidenceLinkType: z.string(),
      created: z.array(z.string()),
    }),
  },
  'flag/get': { input: z.object({ issueKey }), output: flagSchema.nullable() },
  'flag/set': {
    input: z.object({
      issueKey,
      category: z.string().min(1),
      causeHint: flagSchema.shape.causeHint,
      note: z.string().trim().max(2000),
      improvementKey: issueKey.nullable(),
    }),
    output: flagSchema,
  },
  'flag/remove': { input: z.object({ issueKey }), output: z.object({ removed: z.boolean() }) },
  'problems/list': {
    input: z.object({
      projectKey,
      from: instant,
      to: instant,
      timeZone: z.string().default('UTC'),
      groupBy: z.string().default('category'),
    }),
    output: z.object({
      groupBy: z.string(),
      total: z.number(),
      problems: z.array(
        paretoCategorySchema.extend({
          affectedCustomers: z.number(),
          impact: z.number(),
          priority: z.number(),
          sources: z.object({
            flags: z.number(),
            slaBreached: z.number(),
            notFcr: z.number(),
            lowCsat: z.number(),
            /** Tickets of the row that failed QA review (present only when some did). */
            qaFailed: z.number().optional(),
          }),
          evidence: z.array(z.string()),
          /** The name of a QA category (`qa:<criterionId>`): the failed criterion in both languages. */
          label: z.object({ en: z.string(), zhCN: z.string() }).optional(),
        }),
      ),
    }),
  },
  'improvement/open': {
    input: z.object({
      statement: z.string().trim().min(1).max(2000),
      scope: scopeSchema,
      kpi: improvableKpiSchema,
      slaName: z.string().nullable().default(null),
      baselineFrom: instant,
      baselineTo: instant,
      timeZone: z.string().default('UTC'),
      target: z.number(),
      reviewDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      evidence: z.array(issueKey).max(200).default([]),
    }),
    output: improvementSchema,
  },
  'improvement/get': { input: z.object({ key: issueKey }), output: improvementSchema },
  'improvement/list': { input: z.object({ projectKey }), output: z.array(improvementSchema) },
  'improvement/save-causes': {
    input: z.object({ ...versioned, causes: z.array(causeSchema).max(200) }),
    output: improvementSchema,
  },
  'improvement/save-plan': {
    input: z.object({ ...versioned, actions: z.array(actionSchema).max(50) }),
    output: improvementSchema,
  },
  'improvement/advance': {
    input: z.object({ ...versioned, to: z.enum(['analysing', 'planning', 'implementing', 'checking']) }),
    output: improvementSchema,
  },
  'improvement/submit': { input: z.object(versioned), output: improvementSchema },
  'improvement/decide': {
    input: z.object({
      ...versioned,
      decision: z.enum(['approve', 'reject']),
      comment: z.string().trim().max(2000),
    }),
    output: improvementSchema,
  },
  'improvement/check': {
    input: z.object({
      ...versioned,
      afterFrom: instant,
      afterTo: instant,
      timeZone: z.string().default('UTC'),
    }),
    output: improvementSchema,
  },
  'improvement/close': {
    input: z.object({
      ...versioned,
      code: z.enum(['successful', 'unsuccessful', 'withdrawn']),
      standard: z.string().trim().max(2000).nullable(),
      learnings: z.string().trim().max(5000),
    }),
    output: improvementSchema,
  },
  'improvement/next-cycle': { input: z.object({ key: issueKey }), output: improvementSchema },
  'improvement/audit': {
    input: z.object({ key: issueKey }),
    output: z.array(
      z.object({
        at: z.string(),
        by: z.string(),
        field: z.string(),
        before: z.unknown(),
        after: z.unknown(),
      }),
    ),
  },
} as const;

const compositeDimension = z.object({ score: z.number().nullable(), weight: z.number() });

/** Read-only KPI resolvers for the project page and the gadgets (one call per first render). */
export const KPI_RESOLVERS = {
  'kpi/report': {
    input: z.object({
      projectKey,
      from: instant,
      to: instant,
      timeZone: z.string().default('UTC'),
      breakdownBy: z.string().optional(),
    }),
    output: z.object({
      period: z.object({ from: z.string(), to: z.string(), timeZone: z.string() }),
      volume: z.object({ created: z.number(), resolved: z.number() }),
      scorecard: z.array(scorecardRowSchema),
      composite: z.object({
        score: z.number().nullable(),
        dimensions: z.object({
          efficiency: compositeDimension,
          quality: compositeDimension,
          experience: compositeDimension,
          proactive: compositeDimension,
        }),
        omitted: z.array(z.string()),
      }),
      breakdown: z.array(
        z.looseObject({
          value: z.string(),
          volume: z.object({ created: z.number(), resolved: z.number() }),
          compositeScore: z.number().nullable(),
        }),
      ),
      skipped: z.number(),
    }),
  },
  'kpi/trend': {
    input: z.object({
      projectKey,
      kpi: z.string().min(1),
      from: instant,
      to: instant,
      timeZone: z.string().default('UTC'),
    }),
    output: z.object({
      kpi: z.string(),
      target: z.number().nullable(),
      points: z.array(z.object({ day: z.string(), value: z.number().nullable() })),
    }),
  },
  'improvement/plan-hints': {
    input: z.object({ key: issueKey }),
    output: z.record(
      z.string(),
      z.array(
        z.object({
          element: z.enum(['specific', 'measurable', 'achievable', 'relevant', 'timeBound']),
          message: z.string(),
        }),
      ),
    ),
  },
} as const;

/** Every resolver: its key (namespaced), payload schema and result schema. Imported by backend and UI alike. */
export const RESOLVERS = {
  ...LOOP_RESOLVERS,
  ...KPI_RESOLVERS,
  ...MONITOR_RESOLVERS,
  ...ALERT_REVIEW_RESOLVERS,
  ...QA_RESOLVERS,
} as const;

export type ResolverKey = keyof typeof RESOLVERS;
export type ResolverInput<K extends ResolverKey> = z.input<(typeof RESOLVERS)[K]['input']>;
export type ResolverOutput<K extends ResolverKey> = z.infer<(typeof RESOLVERS)[K]['output']>;
