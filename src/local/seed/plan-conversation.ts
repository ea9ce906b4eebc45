import type { Channel } from './channels';
import { localHour } from './jira-time';
import { KNOBS } from './knobs';
import type { Rng } from './prng';
import { customerDelay, firstReplyDelay, followUpDelay } from './reply-delays';
import type { RequestTypeProfile } from './request-types';
import { agentsAvailable, type TeamKey } from './roster';
import type { TicketTexts } from './texts';
import type { Step } from './ticket-plan';

/** What the conversation planner needs to know about the ticket. */
export interface ConversationInput {
  created: number;
  type: RequestTypeProfile;
  channel: Channel;
  team: TeamKey;
  texts: TicketTexts;
  offsetMinutes: number;
  isRepeat: boolean;
}

/** The first handling of a ticket: replies, rounds with the customer, and the resolution (unless stuck). */
export interface Conversation {
  steps: Step[];
  agent: number;
  resolvedAt: number | null;
}

/** Plans the first reply, the follow-up rounds and the first resolution. */
export function planConversation(rng: Rng, input: ConversationInput): Conversation {
  const { created, type, texts } = input;
  const hourOf = (t: number): number => localHour(t, input.offsetMinutes);
  const firstAt = created + firstReplyDelay(rng, type, input.channel, hourOf(created));
  const agent = rng.pick(agentsAvailable(input.team, hourOf(firstAt)));
  const by = { kind: 'agent', agent } as const;

  if (rng.chance(KNOBS.closedWithoutReply)) {
    const note = { public: false, text: '重复或无效工单，直接关闭。' };
    const resolution = input.isRepeat ? 'duplicate' : 'wontDo';
    return {
      steps: [{ at: firstAt, actor: by, assignee: agent, comment: note, status: 'resolved', resolution }],
      agent,
      resolvedAt: firstAt,
    };
  }

  const rounds = rng.weighted(type.rounds);
  const processing = Math.round(rng.logNormal(type.processingHours * KNOBS.hour, 1));
  const longWork = processing > 2 * KNOBS.hour;
  const afterReply = (last: boolean): Step['status'] => (last && longWork ? 'inProgress' : 'waitingCustomer');
  const steps: Step[] = [
    {
      at: firstAt,
      actor: by,
      assignee: agent,
      comment: { public: true, text: texts.firstReply },
      status: afterReply(rounds === 0),
    },
  ];
  let t = firstAt;
  for (let round = 1; round <= rounds; round++) {
    t += customerDelay(rng);
    steps.push({
      at: t,
      actor: { kind: 'customer' },
      comment: { public: true, text: texts.customerComment(rng) },
    });
    steps.push({ at: t + rng.int(1_000, 5_000), actor: { kind: 'automation' }, status: 'waitingSupport' });
    if (rng.chance(KNOBS.internalNote)) {
      steps.push({
        at: t + rng.int(60_000, 600_000),
        actor: by,
        comment: { public: false, text: texts.internalNote(rng) },
      });
    }
    t = Math.max(t + 660_000, t + followUpDelay(rng, type, hourOf(t)));
    steps.push({
      at: t,
      actor: by,
      comment: { public: true, text: texts.followUp(rng) },
      status: afterReply(round === rounds),
    });
  }
  if (rng.chance(KNOBS.stuck)) return { steps, agent, resolvedAt: null };
  t += longWork ? processing : rng.int(60_000, 30 * 60_000);
  const resolution = input.isRepeat && rng.chance(0.15) ? 'duplicate' : rng.chance(0.02) ? 'wontDo' : 'done';
  steps.push({ at: t, actor: by, status: 'resolved', resolution });
  return { steps, agent, resolvedAt: t };
}
