import { KNOBS } from './knobs';
import { runSlaClock, type SlaClockEvent, type SlaOutcome } from './sla-clock';
import type { TicketSnapshot } from './snapshot-ticket';

/** The two SLAs of a ticket as of the end of the period. */
export interface TicketSlas {
  firstResponse: SlaOutcome;
  resolution: SlaOutcome;
}

/**
 * Time to first response: from creation to the first public agent reply or resolution, never paused.
 * Time to resolution: from creation (and again from each reopen) to resolution, paused while waiting for the customer.
 */
export function ticketSlas(snapshot: TicketSnapshot, endMs: number): TicketSlas {
  const { plan, steps } = snapshot;
  const answered = steps.find((s) => (s.actor.kind === 'agent' && s.comment?.public) || s.resolution);
  const firstEvents: SlaClockEvent[] = [{ at: plan.created, kind: 'start' }];
  if (answered) firstEvents.push({ at: answered.at, kind: 'stop' });

  const resolutionEvents: SlaClockEvent[] = [{ at: plan.created, kind: 'start' }];
  let waiting = false;
  for (const step of steps) {
    if (step.resolution === null) resolutionEvents.push({ at: step.at, kind: 'start' });
    if (step.status !== undefined && (step.status === 'waitingCustomer') !== waiting) {
      waiting = step.status === 'waitingCustomer';
      resolutionEvents.push({ at: step.at, kind: waiting ? 'pause' : 'resume' });
    }
    if (step.resolution) resolutionEvents.push({ at: step.at, kind: 'stop' });
  }
  return {
    firstResponse: runSlaClock(KNOBS.firstResponseGoalMs[plan.priority], endMs, firstEvents),
    resolution: runSlaClock(plan.type.resolutionGoalHours * KNOBS.hour, endMs, resolutionEvents),
  };
}
