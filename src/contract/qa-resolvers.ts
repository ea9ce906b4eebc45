import { z } from 'zod';
import {
  calibrationReportSchema,
  conversationEntrySchema,
  qaAnswerSchema,
  qaConfigSchema,
  qaFiguresSchema,
  peopleSchema,
  qaReviewSchema,
  queueItemSchema,
  sampleItemSchema,
  sampleRunSchema,
  scorecardDefinitionSchema,
  scorecardSummarySchema,
  scorecardVersionSchema,
} from './qa-schema';

const issueKey = z.string().regex(/^[A-Z][A-Z0-9_]*-\d+$/, 'an issue key such as SUP-12');
const projectKey = z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'a project key such as SUP');
const instant = z.string().min(10, 'an ISO date or date-time');
const scorecardId = z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'lower-case letters, digits and dashes');
const periodInput = { from: instant, to: instant, timeZone: z.string().default('UTC') };

/** The resolvers of QA sampling and scorecards (质检). */
export const QA_RESOLVERS = {
  /** QA settings: sampling rate, cadence, projects, targeted sampling, reviewer group, active scorecard. */
  'qa/config/get': { input: z.object({}), output: qaConfigSchema },
  'qa/config/save': { input: z.object({ config: qaConfigSchema }), output: qaConfigSchema },

  /** Admin scorecard editor: every scorecard with its draft and versions. */
  'qa/scorecards': { input: z.object({}), output: z.array(scorecardSummarySchema) },
  /** Saves the draft of a scorecard (creates the scorecard when `id` is new); published versions never change. */
  'qa/scorecard/save': {
    input: z.object({ id: scorecardId, definition: scorecardDefinitionSchema }),
    output: scorecardSummarySchema,
  },
  /** Publishes the draft as the next version (and makes the scorecard active when none is). */
  'qa/scorecard/publish': { input: z.object({ id: scorecardId }), output: scorecardVersionSchema },
  /** One published version, e.g. the one an old review was scored on. */
  'qa/scorecard/version': {
    input: z.object({ id: scorecardId, version: z.number().int().min(1) }),
    output: scorecardVersionSchema,
  },

  /** Draws the sample of a period now (reviewers); the seed is stored and makes the draw reproducible. */
  'qa/sample/run': {
    input: z.object({ projectKey, ...periodInput, seed: z.number().int().optional() }),
    output: sampleRunSchema,
  },
  /** The reviewer queue: sampled tickets, by default those the caller has not reviewed yet. */
  'qa/queue': {
    input: z.object({
      projectKey,
      show: z.enum(['open', 'all']).default('open'),
      kind: z.enum(['random', 'targeted', 'any']).default('any'),
    }),
    output: z.object({ items: z.array(queueItemSchema), people: peopleSchema }),
  },

  /** The review panel: conversation, the scorecard to score on, the ticket's reviews, what the caller may do. */
  'qa/review/get': {
    input: z.object({ issueKey }),
    output: z.object({
      issueKey: z.string(),
      summary: z.string(),
      agent: z.object({ accountId: z.string(), displayName: z.string() }).nullable(),
      conversation: z.array(conversationEntrySchema),
      /** The active scorecard's latest version (null when none is published). */
      scorecard: scorecardVersionSchema.nullable(),
      /** Every version the existing reviews were scored on, so old reviews show their own criteria. */
      reviewVersions: z.array(scorecardVersionSchema),
      reviews: z.array(qaReviewSchema),
      sample: sampleItemSchema.nullable(),
      canReview: z.boolean(),
      /** Whether the caller is the reviewed agent (may acknowledge or dispute). */
      isAgent: z.boolean(),
      /** Names of the agent, the reviewers and the conversation's authors. */
      people: peopleSchema,
    }),
  },
  'qa/review/submit': {
    input: z.object({
      issueKey,
      scorecardId,
      scorecardVersion: z.number().int().min(1),
      answers: z.array(qaAnswerSchema).min(1).max(200),
      comment: z.string().trim().max(4000).default(''),
    }),
    output: qaReviewSchema,
  },
  'qa/review/acknowledge': {
    input: z.object({
      issueKey,
      reviewId: z.string().min(1),
      comment: z.string().trim().max(2000).default(''),
    }),
    output: qaReviewSchema,
  },
  /** Disputes a review: posts a Jira comment on the ticket mentioning the reviewer. */
  'qa/review/dispute': {
    input: z.object({ issueKey, reviewId: z.string().min(1), comment: z.string().trim().min(1).max(2000) }),
    output: qaReviewSchema,
  },
  /** The caller's own reviews as the reviewed agent, newest first. */
  'qa/my-reviews': {
    input: z.object({ projectKey, ...periodInput }),
    output: z.object({ reviews: z.array(qaReviewSchema), figures: qaFiguresSchema }),
  },
  /** Tickets reviewed by two or more reviewers in the period, with agreement per criterion and overall. */
  'qa/calibration': {
    input: z.object({ projectKey, ...periodInput }),
    output: calibrationReportSchema.extend({ people: peopleSchema }),
  },
  /** QA compliance figures of the period (random sample only, by review date). */
  'qa/figures': { input: z.object({ projectKey, ...periodInput }), output: qaFiguresSchema },
  /**
   * Rebuilds a project's per-day QA aggregates from the tickets' `ql.qaReview` properties (admin):
   * repairs figures after a failure between a review's property write and its aggregate write.
   */
  'qa/aggregates/rebuild': {
    input: z.object({ projectKey }),
    output: z.object({
      projectKey: z.string(),
      /** Reviewed tickets found by JQL and rewritten. */
      tickets: z.number().int(),
      reviews: z.number().int(),
      /** Day records that were missing and are back. */
      restored: z.number().int(),
      /** Day records no ticket's property backs any more, removed. */
      removed: z.number().int(),
      /** Tickets whose property cannot be read: left as they were. */
      unreadable: z.array(z.string()),
    }),
  },
  /** Tickets that failed review in the period, selectable as evidence of an improvement. */
  'qa/failed-tickets': {
    input: z.object({ projectKey, ...periodInput, criterionId: scorecardId.optional() }),
    output: z.object({
      tickets: z.array(
        z.object({
          issueKey: z.string(),
          reviewedAt: z.string(),
          score: z.number().nullable(),
          sampleKind: z.string(),
          failedCriteria: z.array(
            z.object({ id: z.string(), name: z.object({ en: z.string(), zhCN: z.string() }) }),
          ),
        }),
      ),
    }),
  },
} as const;
