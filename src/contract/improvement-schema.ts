import { z } from 'zod';

/** Shared schemas of the improvement record: stored in the `ql.improvement` issue property and sent to the UI. */
export const stageSchema = z.enum([
  'identified',
  'analysing',
  'planning',
  'awaitingApproval',
  'approved',
  'implementing',
  'checking',
  'closed',
]);
export const sixMSchema = z.enum(['people', 'machine', 'material', 'method', 'environment', 'measurement']);
export const improvableKpiSchema = z.enum([
  'frtMedianMs',
  'resolutionMedianMs',
  'fcrRate',
  'reopenRate',
  'repeatContactRate',
  'csatTop2box',
  'slaCompliance',
]);

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const isoInstant = z.iso.datetime({ offset: true });
const text = (max: number) => z.string().trim().max(max);

export const scopeSchema = z.object({
  projectKey: z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'a Jira project key'),
  jql: text(2000).nullable(),
  dimensions: z.record(z.string(), z.string()),
});

export const measurementSchema = z.object({
  from: isoInstant,
  to: isoInstant,
  value: z.number().nullable(),
  observations: z.number().int().min(0),
});

export const problemSchema = z.object({
  statement: text(2000).min(1, 'a problem statement'),
  scope: scopeSchema,
  kpi: improvableKpiSchema,
  slaName: z.string().nullable(),
  baseline: measurementSchema,
  target: z.number(),
  reviewDate: isoDate,
});

export const verificationSchema = z.object({
  method: z.enum(['data', 'interview', 'processReplay']),
  note: text(2000).min(1, 'a note on how the cause was verified'),
  jql: text(2000).nullable(),
  verifiedBy: z.string(),
  verifiedAt: isoInstant,
});

export const causeSchema = z.object({
  id: z.string().min(1).max(40),
  category: sixMSchema,
  text: text(500).min(1, 'the cause in words'),
  parentId: z.string().nullable(),
  whys: z.array(text(500)).max(7),
  isRootCause: z.boolean(),
  verification: verificationSchema.nullable(),
});

export const actionSchema = z.object({
  id: z.string().min(1).max(40),
  what: text(500),
  owner: z.string().nullable(),
  dueDate: isoDate.nullable(),
  measure: text(500),
  measureTarget: text(200),
  resources: text(500),
  cost: z.number().min(0).nullable(),
  risks: z.array(z.object({ risk: text(500), contingency: text(500) })).max(20),
  rootCauseId: z.string().nullable(),
  subtaskKey: z.string().nullable(),
  done: z.boolean(),
});

export const approvalPolicySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('any') }),
  z.object({ kind: z.literal('all') }),
  z.object({ kind: z.literal('nOfM'), n: z.number().int().min(1) }),
]);

export const approvalSchema = z.object({
  approvers: z.array(z.string()),
  policy: approvalPolicySchema,
  submittedBy: z.string().nullable(),
  submittedAt: isoInstant.nullable(),
  planHash: z.string().nullable(),
  decisions: z.array(
    z.object({
      by: z.string(),
      at: isoInstant,
      decision: z.enum(['approve', 'reject']),
      comment: z.string(),
      planHash: z.string(),
    }),
  ),
});

export const checkSchema = z.object({
  after: measurementSchema,
  test: z.enum(['two-proportion-z', 'mann-whitney-u']),
  statistic: z.number().nullable(),
  pValue: z.number().nullable(),
  alpha: z.number(),
  targetMet: z.boolean(),
  verdict: z.enum(['effective', 'improved', 'not-effective', 'inconclusive']),
  checkedBy: z.string(),
  checkedAt: isoInstant,
});

export const closureSchema = z.object({
  code: z.enum(['successful', 'unsuccessful', 'withdrawn']),
  standard: z.string().nullable(),
  learnings: z.string(),
  closedBy: z.string(),
  closedAt: isoInstant,
});

/** The whole improvement record, version 1 of its stored form. */
export const improvementSchema = z.object({
  key: z.string(),
  version: z.number().int().min(0),
  stage: stageSchema,
  problem: problemSchema,
  evidence: z.array(z.string()),
  causes: z.array(causeSchema),
  actions: z.array(actionSchema),
  approval: approvalSchema,
  check: checkSchema.nullable(),
  closure: closureSchema.nullable(),
  previousCycle: z.string().nullable(),
  createdBy: z.string(),
  createdAt: isoInstant,
});
export type ImprovementRecord = z.infer<typeof improvementSchema>;
