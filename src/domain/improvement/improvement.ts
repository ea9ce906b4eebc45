/**
 * The improvement record: one problem taken round the PDCA loop, from identification to a
 * closed, checked and (when successful) standardised fix. Plain data; rules live beside it.
 */

/** Lifecycle stages in order; a rejection returns the plan to `planning`. */
export const STAGES = [
  'identified',
  'analysing',
  'planning',
  'awaitingApproval',
  'approved',
  'implementing',
  'checking',
  'closed',
] as const;
export type Stage = (typeof STAGES)[number];

/** The six cause categories of the fishbone (人机料法环测). */
export const SIX_M = ['people', 'machine', 'material', 'method', 'environment', 'measurement'] as const;
export type SixM = (typeof SIX_M)[number];

/** KPIs an improvement can set out to move (the keys of the KPI report). */
export const IMPROVABLE_KPIS = [
  'frtMedianMs',
  'resolutionMedianMs',
  'fcrRate',
  'reopenRate',
  'repeatContactRate',
  'csatTop2box',
  'slaCompliance',
] as const;
export type ImprovableKpi = (typeof IMPROVABLE_KPIS)[number];

/** Where the problem lives: a project, optionally narrowed by JQL and dimension values. */
export interface Scope {
  readonly projectKey: string;
  /** Extra JQL restricting the tickets (e.g. `"Channel" = Chat`), or null. */
  readonly jql: string | null;
  /** Dimension values the tickets must have, e.g. `{requestType: 'Logistics enquiry'}`. */
  readonly dimensions: Readonly<Record<string, string>>;
}

/** A KPI measured over a window of the scope: the value and how many observations it rests on. */
export interface Measurement {
  readonly from: string;
  readonly to: string;
  readonly value: number | null;
  readonly observations: number;
}

export interface Problem {
  readonly statement: string;
  readonly scope: Scope;
  readonly kpi: ImprovableKpi;
  /** For `slaCompliance`, the SLA name. */
  readonly slaName: string | null;
  /** Computed from tickets over the baseline window, never typed in. */
  readonly baseline: Measurement;
  readonly target: number;
  /** ISO date by which the effect is reviewed. */
  readonly reviewDate: string;
}

export type VerificationMethod = 'data' | 'interview' | 'processReplay';

/** Evidence that a cause really is a root cause. */
export interface Verification {
  readonly method: VerificationMethod;
  readonly note: string;
  /** JQL finding the tickets that show it, or null. */
  readonly jql: string | null;
  readonly verifiedBy: string;
  readonly verifiedAt: string;
}

/** A cause on the fishbone: a bone (category), optionally under another cause, with its 5-Why chain. */
export interface Cause {
  readonly id: string;
  readonly category: SixM;
  readonly text: string;
  /** The cause this one explains (a sub-cause), or null for a cause on the bone itself. */
  readonly parentId: string | null;
  /** The answers of the 5-Why chain, in order (why 1, why 2, …). */
  readonly whys: readonly string[];
  readonly isRootCause: boolean;
  readonly verification: Verification | null;
}

export interface Risk {
  readonly risk: string;
  readonly contingency: string;
}

/** A SMART action; carried out as a Jira sub-task of the improvement issue. */
export interface Action {
  readonly id: string;
  readonly what: string;
  /** Account id of the owner (the sub-task's assignee). */
  readonly owner: string | null;
  /** ISO date (YYYY-MM-DD). */
  readonly dueDate: string | null;
  /** How success of the action is measured, and the value that counts as done. */
  readonly measure: string;
  readonly measureTarget: string;
  readonly resources: string;
  readonly cost: number | null;
  readonly risks: readonly Risk[];
  /** The root cause it addresses. */
  readonly rootCauseId: string | null;
  readonly subtaskKey: string | null;
  readonly done: boolean;
}

export type ApprovalPolicy =
  { readonly kind: 'any' } | { readonly kind: 'all' } | { readonly kind: 'nOfM'; readonly n: number };

export interface Decision {
  readonly by: string;
  readonly at: string;
  readonly decision: 'approve' | 'reject';
  readonly comment: string;
  /** The plan hash the decision was made on. */
  readonly planHash: string;
}

export interface Approval {
  /** Account ids allowed to decide, resolved from users, a group or a project role when submitted. */
  readonly approvers: readonly string[];
  readonly policy: ApprovalPolicy;
  readonly submittedBy: string | null;
  readonly submittedAt: string | null;
  /** Hash of the plan as submitted; decisions on another hash do not count. */
  readonly planHash: string | null;
  readonly decisions: readonly Decision[];
}

export type Verdict = 'effective' | 'improved' | 'not-effective' | 'inconclusive';

/** The PDCA "Check": the KPI after the change against the baseline, with the test that judged it. */
export interface EffectivenessCheck {
  readonly after: Measurement;
  readonly test: 'two-proportion-z' | 'mann-whitney-u';
  readonly statistic: number | null;
  readonly pValue: number | null;
  readonly alpha: number;
  readonly targetMet: boolean;
  readonly verdict: Verdict;
  readonly checkedBy: string;
  readonly checkedAt: string;
}

export type ClosureCode = 'successful' | 'unsuccessful' | 'withdrawn';

export interface Closure {
  readonly code: ClosureCode;
  /** The SOP or knowledge-base article the fix became (required when successful). */
  readonly standard: string | null;
  readonly learnings: string;
  readonly closedBy: string;
  readonly closedAt: string;
}

/** The whole improvement, versioned for optimistic concurrency. */
export interface Improvement {
  readonly key: string;
  readonly version: number;
  readonly stage: Stage;
  readonly problem: Problem;
  /** Ticket keys that show the problem (linked as evidence). */
  readonly evidence: readonly string[];
  readonly causes: readonly Cause[];
  readonly actions: readonly Action[];
  readonly approval: Approval;
  readonly check: EffectivenessCheck | null;
  readonly closure: Closure | null;
  /** The improvement this one continues ("start another cycle"), or null. */
  readonly previousCycle: string | null;
  readonly createdBy: string;
  readonly createdAt: string;
}
