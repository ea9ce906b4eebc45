import { z } from 'zod';
import { improvableKpiSchema } from './improvement-schema';

/**
 * Daily monitoring (日监控): alert rules over the scorecard's daily KPI values, and where the weekly
 * review (周复盘) and monthly audit (月稽核) are produced. Stored as one KVS record beside the settings.
 */

/** KPIs of the scorecard a rule can watch (`kpi/trend` answers for each). */
export const ALERT_KPIS = [
  'frtMedianMs',
  'resolutionMedianMs',
  'fcrRate',
  'reopenRate',
  'repeatContactRate',
  'csatAvg',
  'csatTop2box',
  'nps',
  'compositeIndex',
] as const;
export const alertKpiSchema = z.enum(ALERT_KPIS);
export type AlertKpi = z.infer<typeof alertKpiSchema>;

const projectKey = z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'a project key such as SUP');
const accountId = z.string().trim().min(1).max(128);
const issueKey = z.string().regex(/^[A-Z][A-Z0-9_]*-\d+$/, 'an issue key such as SUP-12');

/**
 * What a day's value is compared with. `below`/`above` is the bad side. A percentage moves the
 * threshold away from the reference by that share of the reference's magnitude (so "below by 30%"
 * means a lower value even when NPS is negative).
 */
export const alertConditionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('absolute'), direction: z.enum(['below', 'above']), value: z.number() }),
  z.object({
    kind: z.literal('target'),
    direction: z.enum(['below', 'above']),
    percent: z.number().min(0).max(1000),
  }),
  z.object({
    kind: z.literal('baseline'),
    direction: z.enum(['below', 'above']),
    percent: z.number().min(0).max(1000),
    /** How many days before the streak the baseline averages over. */
    baselineDays: z.number().int().min(1).max(90),
  }),
]);
export type AlertCondition = z.infer<typeof alertConditionSchema>;

export const severitySchema = z.enum(['warning', 'redCard']);
export type Severity = z.infer<typeof severitySchema>;

/** KPIs an improvement can set out to move, as plain strings (for the refinement below). */
const IMPROVABLE: readonly string[] = improvableKpiSchema.options;

/** One alert rule: KPI, scope, condition, periods in a row, severity, and what to do when it fires. */
export const alertRuleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'lower-case letters, digits and dashes'),
    name: z.string().trim().min(1).max(120),
    enabled: z.boolean(),
    kpi: alertKpiSchema,
    projectKey,
    /**
     * Narrows the scope to the tickets with one value of a KPI dimension (e.g. requestType = Logistics
     * enquiry); the dimension must be one the KPI figures are kept by. Null: the whole project.
     */
    dimension: z
      .object({ name: z.string().trim().min(1).max(100), value: z.string().trim().min(1).max(200) })
      .nullable()
      .default(null),
    condition: alertConditionSchema,
    /** Consecutive days (each with data) on the bad side before the rule fires. */
    periodsInRow: z.number().int().min(1).max(30),
    severity: severitySchema,
    openImprovement: z.boolean(),
    /**
     * The KPI the opened improvement sets out to move and is checked on; null means the rule's own KPI,
     * which then must be one an improvement can measure (NPS, CSAT average and the index are not).
     */
    improvementKpi: improvableKpiSchema.nullable(),
    /** Users mentioned in the alert comment. */
    notifyUsers: z.array(accountId).max(20),
    /** Where a rule that opens no improvement posts its comment (e.g. a team's quality-alerts issue). */
    notifyIssueKey: issueKey.nullable(),
    /** The team lead a red card flags; null means the project lead in Jira. */
    teamLead: accountId.nullable(),
  })
  .superRefine((rule, ctx) => {
    if (rule.improvementKpi === 'slaCompliance')
      ctx.addIssue({
        code: 'custom',
        path: ['improvementKpi'],
        message: 'SLA compliance needs an SLA name: open that improvement by hand from the Pareto',
      });
    if (rule.openImprovement && rule.improvementKpi === null && !IMPROVABLE.includes(rule.kpi))
      ctx.addIssue({
        code: 'custom',
        path: ['improvementKpi'],
        message: `an improvement cannot be measured on ${rule.kpi}: choose the KPI it sets out to move`,
      });
    if (!rule.openImprovement && rule.notifyUsers.length === 0 && rule.severity !== 'redCard')
      ctx.addIssue({
        code: 'custom',
        path: ['notifyUsers'],
        message: 'the rule does nothing when it fires: open an improvement or notify someone',
      });
    if (!rule.openImprovement && rule.notifyIssueKey === null)
      ctx.addIssue({
        code: 'custom',
        path: ['notifyIssueKey'],
        message: 'a rule that opens no improvement needs an issue to post its notification on',
      });
  });
export type AlertRule = z.infer<typeof alertRuleSchema>;

/** The monitoring settings of a site. */
export const monitoringSettingsSchema = z
  .object({
    schemaVersion: z.literal(1),
    /** The IANA zone whose days the rules count and whose weeks and months the reviews cover. */
    timeZone: z.string().min(1).max(64),
    /** Projects that get a weekly review and monthly audit besides those the rules watch. */
    reviewProjects: z.array(projectKey).max(50),
    rules: z.array(alertRuleSchema).max(50),
  })
  .superRefine((s, ctx) => {
    const seen = new Set<string>();
    s.rules.forEach((rule, index) => {
      if (seen.has(rule.id))
        ctx.addIssue({
          code: 'custom',
          path: ['rules', index, 'id'],
          message: `rule id ${rule.id} is used twice`,
        });
      seen.add(rule.id);
    });
  });
export type MonitoringSettings = z.infer<typeof monitoringSettingsSchema>;

/** A day's value in a rule's evidence. */
export const dayValueSchema = z.object({ day: z.string(), value: z.number().nullable() });

/** What one rule's evaluation found, kept as evidence. */
export const alertEvaluationSchema = z.object({
  fired: z.boolean(),
  /** Why it fired or not: fired, notBreached, noData (a streak day without data), noReference. */
  reason: z.enum(['fired', 'notBreached', 'noData', 'noReference']),
  reference: z.number().nullable(),
  threshold: z.number().nullable(),
  streak: z.array(dayValueSchema),
  baseline: z
    .object({ from: z.string(), to: z.string(), days: z.array(dayValueSchema), value: z.number().nullable() })
    .nullable(),
});
export type AlertEvaluation = z.infer<typeof alertEvaluationSchema>;

/** One thing the monitoring did about a fired rule. */
export const alertActionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('improvementOpened'), issueKey }),
  z.object({ kind: z.literal('improvementStillOpen'), issueKey }),
  z.object({ kind: z.literal('commented'), issueKey, mentioned: z.array(z.string()) }),
  z.object({ kind: z.literal('redCardLabelled'), issueKey }),
  z.object({ kind: z.literal('priorityRaised'), issueKey, priority: z.string() }),
  z.object({ kind: z.literal('failed'), step: z.string(), message: z.string() }),
]);
export type AlertAction = z.infer<typeof alertActionSchema>;

/** One rule's run on one day: what it found and what was done. Kept as the alert history. */
export const alertHistoryEntrySchema = z.object({
  schemaVersion: z.literal(1),
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  ranAt: z.string(),
  ruleId: z.string(),
  ruleName: z.string(),
  projectKey: z.string(),
  dimension: z.object({ name: z.string(), value: z.string() }).nullable().default(null),
  kpi: alertKpiSchema,
  severity: severitySchema,
  /** Null when the KPI series could not be read (the failure is among the actions). */
  evaluation: alertEvaluationSchema.nullable(),
  /** The improvement the rule keeps open for this scope, if any. */
  improvementKey: z.string().nullable(),
  actions: z.array(alertActionSchema),
  /** True once every action was attempted; a re-run the same day only finishes an unfinished entry. */
  complete: z.boolean(),
});
export type AlertHistoryEntry = z.infer<typeof alertHistoryEntrySchema>;

/** Monitoring settings of a site that has none saved yet. */
export const DEFAULT_MONITORING: MonitoringSettings = {
  schemaVersion: 1,
  timeZone: 'UTC',
  reviewProjects: [],
  rules: [],
};
