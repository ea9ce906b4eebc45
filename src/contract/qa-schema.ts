import { z } from 'zod';

/*
 * QA sampling and scorecards (质检 / 抽检 / 评分表 / 话术规范度): the records the backend stores and the
 * screens show. Shared by the backend (KVS records, the `ql.qaReview` issue property) and the UI.
 */

const slug = z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'lower-case letters, digits and dashes');
const iso = z.iso.datetime({ offset: true });

/** A text in both languages of the screens. */
export const bilingualSchema = z.object({
  en: z.string().trim().min(1).max(200),
  zhCN: z.string().trim().min(1).max(200),
});
export type Bilingual = z.infer<typeof bilingualSchema>;

/** How a criterion is answered: yes/no (yes = 1, no = 0) or a 1–5 rating. */
export const qaScaleSchema = z.enum(['yesNo', 'oneToFive']);
export type QaScale = z.infer<typeof qaScaleSchema>;

/** One question of the scorecard. */
export const qaCriterionSchema = z.object({
  id: slug,
  name: bilingualSchema,
  /** Guidance for the reviewer (what "yes" or a 5 means). */
  guidance: z.object({ en: z.string().max(1000), zhCN: z.string().max(1000) }).default({ en: '', zhCN: '' }),
  /** Relative weight within the whole scorecard (weights need not add up to 100). */
  weight: z.number().positive().max(100),
  scale: qaScaleSchema,
  /** A critical criterion failed (a no, or a rating at or below `failAtMost`) fails the review whatever the total. */
  critical: z.boolean().default(false),
  /** Whether the reviewer may answer N/A (left out, the other weights rescaled). */
  allowNa: z.boolean().default(false),
});
export type QaCriterion = z.infer<typeof qaCriterionSchema>;

/** A group of criteria, e.g. greeting 开场, understanding 问题理解, accuracy 解答准确, empathy 同理心, process 流程合规, closing 结束语. */
export const qaSectionSchema = z.object({
  id: slug,
  name: bilingualSchema,
  criteria: z.array(qaCriterionSchema).min(1).max(30),
});
export type QaSection = z.infer<typeof qaSectionSchema>;

/** What an admin edits: the scorecard's content. Criterion ids are unique across sections. */
export const scorecardDefinitionSchema = z.object({
  name: bilingualSchema,
  sections: z.array(qaSectionSchema).min(1).max(20),
  /** Pass mark as a percentage 0..100 of the weighted score. */
  passMark: z.number().min(0).max(100),
  /** A 1–5 rating at or below this counts as a failed criterion (default 2); a yes/no fails on no. */
  failAtMost: z.number().int().min(1).max(4).default(2),
});
export type ScorecardDefinition = z.infer<typeof scorecardDefinitionSchema>;

/** A published version: immutable; a review keeps the version it was scored on. */
export const scorecardVersionSchema = scorecardDefinitionSchema.extend({
  schemaVersion: z.literal(1),
  scorecardId: slug,
  version: z.number().int().min(1),
  publishedAt: iso,
  publishedBy: z.string(),
});
export type ScorecardVersion = z.infer<typeof scorecardVersionSchema>;

/** A scorecard as the admin list shows it: its draft (if any) and its published versions. */
export const scorecardSummarySchema = z.object({
  id: slug,
  name: bilingualSchema,
  draft: scorecardDefinitionSchema.nullable(),
  draftUpdatedAt: iso.nullable(),
  versions: z.array(
    z.object({ version: z.number().int(), publishedAt: iso, publishedBy: z.string(), passMark: z.number() }),
  ),
  /** The newest published version, null while only a draft exists. */
  latest: scorecardVersionSchema.nullable(),
  /** Whether this is the scorecard new reviews are scored on. */
  active: z.boolean(),
});
export type ScorecardSummary = z.infer<typeof scorecardSummarySchema>;

/** Why a ticket entered the targeted (non-random) sample. */
export const targetedReasonSchema = z.enum(['lowCsat', 'reopened', 'slaBreached']);
export type TargetedReason = z.infer<typeof targetedReasonSchema>;

/** `random` counts toward QA compliance; `targeted` (low CSAT, reopened, breached) and `adHoc` do not. */
export const sampleKindSchema = z.enum(['random', 'targeted', 'adHoc']);
export type SampleKind = z.infer<typeof sampleKindSchema>;

/** The QA settings of the site (admin). */
export const qaConfigSchema = z.object({
  schemaVersion: z.literal(1),
  /** Share of each agent × channel stratum drawn at random (0.03 = 3%). */
  rate: z.number().min(0).max(1).default(0.03),
  /** Every agent with resolved tickets in the period gets at least this many random picks. */
  minPerAgent: z.number().int().min(0).max(50).default(1),
  cadence: z.enum(['daily', 'weekly']).default('daily'),
  /** Projects the scheduled sampling draws for. */
  projects: z
    .array(z.string().regex(/^[A-Z][A-Z0-9_]*$/))
    .max(50)
    .default([]),
  timeZone: z.string().default('UTC'),
  targeted: z
    .object({
      lowCsat: z.boolean().default(true),
      lowCsatMaxRating: z.number().int().min(1).max(5).default(2),
      reopened: z.boolean().default(true),
      slaBreached: z.boolean().default(true),
      /** At most this many targeted picks per agent and period (0 = none). */
      maxPerAgent: z.number().int().min(0).max(100).default(2),
    })
    .default({ lowCsat: true, lowCsatMaxRating: 2, reopened: true, slaBreached: true, maxPerAgent: 2 }),
  /** Reviewers: project administrators (ADMINISTER_PROJECTS), plus members of this group if set. */
  reviewerGroup: z.string().nullable().default(null),
  /** The scorecard new reviews use; null = none yet. */
  activeScorecardId: slug.nullable().default(null),
});
export type QaConfig = z.infer<typeof qaConfigSchema>;

/** One ticket drawn for review. */
export const sampleItemSchema = z.object({
  issueKey: z.string(),
  projectKey: z.string(),
  /** The reviewed agent: the ticket's assignee at resolution (null = unassigned). */
  agent: z.string().nullable(),
  channel: z.string(),
  kind: z.enum(['random', 'targeted']),
  reasons: z.array(targetedReasonSchema),
  sampleId: z.string(),
});
export type SampleItem = z.infer<typeof sampleItemSchema>;

/** One sampling run: reproducible from its seed and inputs. */
export const sampleRunSchema = z.object({
  schemaVersion: z.literal(1),
  id: z.string(),
  projectKey: z.string(),
  period: z.object({ from: iso, to: iso, timeZone: z.string() }),
  seed: z.number().int(),
  rate: z.number(),
  minPerAgent: z.number().int(),
  drawnAt: iso,
  drawnBy: z.string(),
  /** Resolved tickets in the period not sampled before. */
  population: z.number().int(),
  /**
   * Tickets resolved in the period left out because an earlier run sampled them: with the seed and
   * the period's resolved tickets, what redraws this run exactly.
   */
  excluded: z.array(z.string()).default([]),
  items: z.array(sampleItemSchema),
});
export type SampleRun = z.infer<typeof sampleRunSchema>;

/** A reviewer's answer: yes/no as 1/0, 1–5 as the rating, null = N/A. */
export const qaAnswerSchema = z.object({
  criterionId: slug,
  value: z.number().int().min(0).max(5).nullable(),
  note: z.string().trim().max(1000).default(''),
});
export type QaAnswer = z.infer<typeof qaAnswerSchema>;

/** The outcome computed when the review was scored, kept with the version's pass mark. */
export const qaResultSchema = z.object({
  /** Weighted score 0..100 (null when every criterion was N/A). */
  score: z.number().min(0).max(100).nullable(),
  passMark: z.number(),
  passed: z.boolean(),
  /** Critical criteria failed (these fail the review whatever the total). */
  criticalFailed: z.array(slug),
  /** Every criterion failed (a no, or a rating at or below `failAtMost`), with its name for the Pareto. */
  failedCriteria: z.array(z.object({ id: slug, name: bilingualSchema })),
});
export type QaResult = z.infer<typeof qaResultSchema>;

/** The reviewed agent's answer to a review. */
export const agentResponseSchema = z.object({
  state: z.enum(['pending', 'acknowledged', 'disputed']),
  comment: z.string().max(2000),
  at: iso.nullable(),
  /** The Jira comment posted on the ticket for a dispute. */
  jiraCommentId: z.string().nullable(),
});
export type AgentResponse = z.infer<typeof agentResponseSchema>;

/** One review of a ticket against one scorecard version. */
export const qaReviewSchema = z.object({
  id: z.string(),
  issueKey: z.string(),
  projectKey: z.string(),
  scorecardId: slug,
  scorecardVersion: z.number().int().min(1),
  reviewer: z.string(),
  agent: z.string().nullable(),
  reviewedAt: iso,
  sampleKind: sampleKindSchema,
  sampleId: z.string().nullable(),
  answers: z.array(qaAnswerSchema),
  comment: z.string().max(4000),
  result: qaResultSchema,
  response: agentResponseSchema,
});
export type QaReview = z.infer<typeof qaReviewSchema>;

/**
 * The `ql.qaReview` issue property: every review of the ticket (calibration needs several) and a
 * search index of the first review by kind, for JQL (qlQaPassed, qlQaScore, qlQaReviewedAt…).
 */
export const ticketQaSchema = z.object({
  schemaVersion: z.literal(1),
  reviews: z.array(qaReviewSchema),
  searchIndex: z.object({
    passed: z.enum(['passed', 'failed']),
    score: z.number().nullable(),
    reviewedAt: iso,
    sampleKind: sampleKindSchema,
    reviewers: z.number().int(),
    dispute: z.enum(['none', 'open']),
  }),
});
export type TicketQa = z.infer<typeof ticketQaSchema>;

/** QA compliance inputs of a period: random-sample reviews and how many passed. */
export const qaFiguresSchema = z.object({
  reviews: z.number().int().min(0),
  passed: z.number().int().min(0),
  /** passed / reviews, null when there are none. */
  compliance: z.number().nullable(),
  /** Targeted reviews, reported apart so the random sample stays unbiased. */
  targeted: z.object({ reviews: z.number().int(), passed: z.number().int() }),
});
export type QaFigures = z.infer<typeof qaFiguresSchema>;

/** Display names by account id of the people a QA answer names (reviewers, agents); a screen falls back to the id. */
export const peopleSchema = z.record(z.string(), z.string());
export type People = z.infer<typeof peopleSchema>;

/** A sampled ticket waiting for (or done with) review. */
export const queueItemSchema = sampleItemSchema.extend({
  summary: z.string(),
  resolvedAt: z.string().nullable(),
  drawnAt: iso,
  reviewers: z.array(z.string()),
  reviewed: z.boolean(),
});
export type QueueItem = z.infer<typeof queueItemSchema>;

/** One message of the ticket's conversation for the review panel. */
export const conversationEntrySchema = z.object({
  id: z.string(),
  author: z.string().nullable(),
  authorName: z.string(),
  created: z.string(),
  public: z.boolean(),
  text: z.string(),
});

/** Agreement on one criterion between the reviewers of a ticket. */
export const criterionAgreementSchema = z.object({
  criterionId: slug,
  name: bilingualSchema,
  scale: qaScaleSchema,
  values: z.array(z.object({ reviewer: z.string(), value: z.number().nullable() })),
  /** Share of reviewer pairs agreeing (yes/no exact, 1–5 within one point, N/A only with N/A). */
  agreement: z.number().min(0).max(1),
});

/** Calibration of one ticket scored by two or more reviewers. */
export const calibrationTicketSchema = z.object({
  issueKey: z.string(),
  reviewers: z.array(
    z.object({
      reviewer: z.string(),
      score: z.number().nullable(),
      passed: z.boolean(),
      version: z.number(),
    }),
  ),
  criteria: z.array(criterionAgreementSchema),
  /** Mean of the per-criterion agreements. */
  criterionAgreement: z.number().nullable(),
  /** Share of reviewer pairs with the same pass/fail. */
  passAgreement: z.number(),
  /** Highest minus lowest score among the reviewers (points). */
  scoreDifference: z.number().nullable(),
});
export type CalibrationTicket = z.infer<typeof calibrationTicketSchema>;

export const calibrationReportSchema = z.object({
  tickets: z.array(calibrationTicketSchema),
  /** Per criterion over all calibrated tickets: pairs agreeing / pairs compared. */
  byCriterion: z.array(
    z.object({
      criterionId: slug,
      name: bilingualSchema,
      agreement: z.number().nullable(),
      pairs: z.number(),
    }),
  ),
  overall: z.object({
    tickets: z.number().int(),
    criterionAgreement: z.number().nullable(),
    passAgreement: z.number().nullable(),
    meanScoreDifference: z.number().nullable(),
  }),
});
export type CalibrationReport = z.infer<typeof calibrationReportSchema>;

/** Error codes of the QA resolvers (messages are for people; the codes are for screens and tests). */
export const QA_ERROR_CODES = {
  qaNotReviewer: 'QA.NOT_REVIEWER',
  qaNotAgent: 'QA.NOT_AGENT',
  qaSelfReview: 'QA.SELF_REVIEW',
  qaAlreadyReviewed: 'QA.ALREADY_REVIEWED',
  qaAlreadyAnswered: 'QA.ALREADY_ANSWERED',
  qaInvalidAnswers: 'QA.INVALID_ANSWERS',
  qaInvalidScorecard: 'QA.INVALID_SCORECARD',
  qaScorecardNotFound: 'QA.SCORECARD_NOT_FOUND',
  qaScorecardNotPublished: 'QA.SCORECARD_NOT_PUBLISHED',
  qaNothingToPublish: 'QA.NOTHING_TO_PUBLISH',
  qaReviewNotFound: 'QA.REVIEW_NOT_FOUND',
  qaReviewUnreadable: 'QA.REVIEW_UNREADABLE',
  qaConfigUnreadable: 'QA.CONFIG_UNREADABLE',
  qaConflict: 'QA.CONFLICT',
} as const;
