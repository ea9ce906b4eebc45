import { CHANNELS } from './channels';
import { localHour } from './jira-time';
import { KNOBS } from './knobs';
import { planConversation } from './plan-conversation';
import { planReopens } from './plan-reopens';
import type { Rng } from './prng';
import { REQUEST_TYPES, type RequestTypeProfile } from './request-types';
import { TEAMS } from './roster';
import type { PriorityKey } from './site-catalogue';
import { ticketTexts } from './texts';
import type { TicketPlan } from './ticket-plan';

const PRIORITY_KEYS: readonly PriorityKey[] = ['Highest', 'High', 'Medium', 'Low'];

/** A repeat contact: the customer comes back, maybe about the same request type. */
export interface RepeatContact {
  customerIndex: number;
  typeKey?: RequestTypeProfile['key'];
}

/** Inputs of one ticket besides its random stream. */
export interface TicketSeed {
  index: number;
  created: number;
  customerPool: number;
  offsetMinutes: number;
  repeat?: RepeatContact;
}

const pickType = (rng: Rng, hour: number): RequestTypeProfile =>
  REQUEST_TYPES[rng.weighted(REQUEST_TYPES.map((t) => t.volume * (hour >= 20 ? t.eveningBoost : 1)))] ??
  (REQUEST_TYPES[0] as RequestTypeProfile);

/** Plans a ticket's whole life: who, what, and every reply, resolution and reopen. */
export function planTicket(rng: Rng, seed: TicketSeed): TicketPlan {
  const hour = localHour(seed.created, seed.offsetMinutes);
  const sameType = REQUEST_TYPES.find((t) => t.key === seed.repeat?.typeKey);
  const type = sameType ?? pickType(rng, hour);
  const channel = CHANNELS[rng.weighted(type.channels)] ?? (CHANNELS[0] as (typeof CHANNELS)[number]);
  const team = TEAMS.find((t) => t.key === type.team) ?? (TEAMS[0] as (typeof TEAMS)[number]);
  const texts = ticketTexts(rng, type.key);
  const labels = [
    ...(rng.chance(0.08) ? ['vip'] : []),
    ...(type.key === 'logistics' && rng.chance(0.1) ? ['cross-border'] : []),
    ...(seed.repeat ? ['repeat-contact'] : []),
  ];
  const imported = rng.chance(KNOBS.imported);
  const conversation = planConversation(rng, {
    created: seed.created,
    type,
    channel,
    team: team.key,
    texts,
    offsetMinutes: seed.offsetMinutes,
    isRepeat: seed.repeat !== undefined,
  });
  const steps = imported
    ? conversation.steps
    : [
        ...conversation.steps,
        ...planReopens(rng, conversation, type, texts, (t) => localHour(t, seed.offsetMinutes)),
      ];
  return {
    index: seed.index,
    created: seed.created,
    type,
    channel,
    team,
    priority: PRIORITY_KEYS[rng.weighted(type.priorities)] ?? 'Medium',
    customerIndex: seed.repeat?.customerIndex ?? rng.int(0, seed.customerPool),
    summary: texts.summary,
    labels,
    components: [rng.pick(type.components)],
    imported,
    steps,
    survey: {
      answersCsat: rng.chance(KNOBS.csatResponse),
      answersNps: rng.chance(KNOBS.npsResponse),
      delayMs: Math.round(rng.logNormal(KNOBS.surveyDelayMedianMs, 1)),
      csatNoise: rng.normal() * KNOBS.csatNoiseSd,
      npsNoise: rng.normal(),
    },
  };
}
