import { planTicket, type TicketSeed } from './plan-ticket';
import type { Rng } from './prng';
import { snapshotTicket, type TicketSnapshot } from './snapshot-ticket';
import { surveyAnswers, type SurveyAnswers } from './survey-answers';
import { ticketSlas, type TicketSlas } from './ticket-slas';

/** A ticket's state at the end of the period, with its SLAs and survey answers. */
export interface SimulatedTicket {
  snapshot: TicketSnapshot;
  slas: TicketSlas;
  survey: SurveyAnswers;
}

/** Plans a ticket, cuts it at the end of the period and derives its SLAs and survey answers. */
export function simulateTicket(rng: Rng, seed: TicketSeed, endMs: number): SimulatedTicket {
  const snapshot = snapshotTicket(planTicket(rng, seed), endMs);
  const slas = ticketSlas(snapshot, endMs);
  return { snapshot, slas, survey: surveyAnswers(snapshot, slas, endMs) };
}
