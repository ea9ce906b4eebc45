import type { Channel } from './channels';
import { KNOBS } from './knobs';
import type { Rng } from './prng';
import type { RequestTypeProfile } from './request-types';

/** Part of the day by local hour: the evening peak (20–24) and the night (0–8) are short-staffed. */
export function hourBand(hour: number): 'day' | 'evening' | 'night' {
  if (hour >= 20) return 'evening';
  if (hour < 8) return 'night';
  return 'day';
}

const bandFactor = (type: RequestTypeProfile, hour: number): number => {
  const band = hourBand(hour);
  if (band === 'evening') return type.eveningReplyFactor;
  if (band === 'night') return type.nightReplyFactor;
  return 1;
};

/** Wait from ticket creation to the first agent reply, ms. */
export function firstReplyDelay(
  rng: Rng,
  type: RequestTypeProfile,
  channel: Channel,
  createdHour: number,
): number {
  const median = type.firstReplyMin * KNOBS.minute * channel.replyFactor * bandFactor(type, createdHour);
  return Math.max(20_000, Math.round(rng.logNormal(median, KNOBS.replySigma)));
}

/** Wait from a customer comment to the agent's follow-up, ms. */
export function followUpDelay(rng: Rng, type: RequestTypeProfile, hour: number): number {
  const median = KNOBS.followUpMedianMs * Math.max(1, bandFactor(type, hour) / 2);
  return Math.max(30_000, Math.round(rng.logNormal(median, KNOBS.replySigma)));
}

/** Wait for the customer's answer, ms. */
export function customerDelay(rng: Rng): number {
  return Math.max(60_000, Math.round(rng.logNormal(KNOBS.customerReplyMedianMs, 1.1)));
}
