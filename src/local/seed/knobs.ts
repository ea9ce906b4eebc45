import type { PriorityKey } from './site-catalogue';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Dataset-wide realism knobs; per-request-type knobs live in `request-types.ts`. */
export const KNOBS = {
  /** Customer pool size as a share of the ticket count (at least `minCustomers`). */
  customersPerTicket: 0.8,
  minCustomers: 40,
  /** Chance that a new ticket comes from a customer whose ticket was resolved in the last `repeatWindowMs`. */
  repeatChance: 0.12,
  repeatWindowMs: 48 * HOUR,
  /** Chance that a repeat contact is about the same request type. */
  repeatSameType: 0.6,
  /** Tickets closed without any public reply (spam, duplicates). */
  closedWithoutReply: 0.02,
  /** Tickets that never get resolved (the customer goes silent, the case is parked). */
  stuck: 0.03,
  /** Tickets imported from an old tool: resolution date set but no changelog. */
  imported: 0.03,
  /** Share of reopens that come more than 7 days after the resolution. */
  lateReopen: 0.25,
  /** Chance of a second reopen after a first one. */
  secondReopen: 0.15,
  /** Median wait for a customer's answer, ms, and log sigma. */
  customerReplyMedianMs: 90 * MINUTE,
  /** Median wait for an agent follow-up in daytime, ms. */
  followUpMedianMs: 30 * MINUTE,
  /** Log sigma of agent reply waits. */
  replySigma: 0.8,
  /** Chance of an internal note in each conversation round. */
  internalNote: 0.25,
  /** Share of resolved tickets whose customer answers the CSAT survey, and the NPS survey. */
  csatResponse: 0.45,
  npsResponse: 0.25,
  /** Median delay of a survey answer after resolution, ms. */
  surveyDelayMedianMs: 3 * HOUR,
  /** CSAT penalties. */
  csatPenaltyFirstResponseBreach: 1,
  csatPenaltyResolutionBreach: 0.7,
  csatPenaltyReopened: 1.2,
  csatNoiseSd: 0.7,
  /** "Time to first response" SLA goal by priority. */
  firstResponseGoalMs: { Highest: 30 * MINUTE, High: HOUR, Medium: 2 * HOUR, Low: 4 * HOUR } satisfies Record<
    PriorityKey,
    number
  >,
  day: DAY,
  hour: HOUR,
  minute: MINUTE,
} as const;
