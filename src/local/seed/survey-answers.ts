import { KNOBS } from './knobs';
import type { TicketSlas } from './ticket-slas';
import type { TicketSnapshot } from './snapshot-ticket';

/** The CSAT rating and NPS answer of a ticket at the end of the period, and when they came. */
export interface SurveyAnswers {
  rating: number | null;
  nps: number | null;
  answeredAt: number | null;
}

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

/**
 * Surveys go out on resolution; a share of customers answer within hours. Ratings drop when the SLAs were breached,
 * the ticket was reopened, or the conversation dragged on; NPS follows the same experience on a 0..10 scale.
 */
export function surveyAnswers(snapshot: TicketSnapshot, slas: TicketSlas, endMs: number): SurveyAnswers {
  const { survey, type } = snapshot.plan;
  const none: SurveyAnswers = { rating: null, nps: null, answeredAt: null };
  if (snapshot.status !== 'resolved' || snapshot.resolvedAt === null) return none;
  const answeredAt = snapshot.resolvedAt + survey.delayMs;
  if (answeredAt >= endMs || (!survey.answersCsat && !survey.answersNps)) return none;
  const breached = (cycles: { breached: boolean }[]): boolean => cycles.some((c) => c.breached);
  const agentReplies = snapshot.steps.filter((s) => s.actor.kind === 'agent' && s.comment?.public).length;
  const experience =
    type.csatBase -
    (breached(slas.firstResponse.completed) ? KNOBS.csatPenaltyFirstResponseBreach : 0) -
    (breached(slas.resolution.completed) ? KNOBS.csatPenaltyResolutionBreach : 0) -
    (snapshot.reopened ? KNOBS.csatPenaltyReopened : 0) -
    0.25 * Math.max(0, agentReplies - 2);
  return {
    rating: survey.answersCsat ? clamp(Math.round(experience + survey.csatNoise), 1, 5) : null,
    nps: survey.answersNps ? clamp(Math.round(2.2 * experience - 1 + 1.3 * survey.npsNoise), 0, 10) : null,
    answeredAt,
  };
}
