import { KNOBS } from './knobs';
import type { Conversation } from './plan-conversation';
import type { Rng } from './prng';
import { followUpDelay } from './reply-delays';
import type { RequestTypeProfile } from './request-types';
import type { TicketTexts } from './texts';
import type { Step } from './ticket-plan';

const reopenDelay = (rng: Rng): number =>
  rng.chance(KNOBS.lateReopen)
    ? 7 * KNOBS.day + KNOBS.hour + Math.round(-Math.log(1 - rng.next()) * 4 * KNOBS.day)
    : Math.min(Math.round(rng.logNormal(30 * KNOBS.hour, 0.9)), 7 * KNOBS.day - KNOBS.hour);

/** Plans reopens after the first resolution: the customer writes back, automation reopens, the agent resolves again. */
export function planReopens(
  rng: Rng,
  conversation: Conversation,
  type: RequestTypeProfile,
  texts: TicketTexts,
  hourOf: (epochMs: number) => number,
): Step[] {
  const steps: Step[] = [];
  let resolvedAt = conversation.resolvedAt;
  let chance = type.reopen;
  const by = { kind: 'agent', agent: conversation.agent } as const;
  while (resolvedAt !== null && rng.chance(chance)) {
    const at = resolvedAt + reopenDelay(rng);
    steps.push({
      at,
      actor: { kind: 'customer' },
      comment: { public: true, text: texts.reopenComment(rng) },
    });
    steps.push({
      at: at + rng.int(1_000, 5_000),
      actor: { kind: 'automation' },
      status: 'waitingSupport',
      resolution: null,
    });
    const replyAt = at + Math.max(600_000, followUpDelay(rng, type, hourOf(at)));
    steps.push({
      at: replyAt,
      actor: by,
      comment: { public: true, text: texts.followUp(rng) },
      status: 'inProgress',
    });
    resolvedAt =
      replyAt + Math.round(rng.logNormal((type.processingHours / 2) * KNOBS.hour + KNOBS.hour, 0.8));
    steps.push({ at: resolvedAt, actor: by, status: 'resolved', resolution: 'done' });
    chance = KNOBS.secondReopen;
  }
  return steps;
}
