import { mulberry32, pickRandom } from './prng';

/** What sampling needs of a resolved ticket of the period. */
export interface SamplingTicket {
  readonly key: string;
  /** The reviewed agent (assignee at resolution); null = unassigned. */
  readonly agent: string | null;
  /** Channel or request type: the second stratification axis. */
  readonly channel: string;
  readonly csat: number | null;
  readonly reopened: boolean;
  readonly slaBreached: boolean;
}

export type TargetedReason = 'lowCsat' | 'reopened' | 'slaBreached';

export interface TargetedSampling {
  readonly lowCsat: boolean;
  /** A rating at or below this is low. */
  readonly lowCsatMaxRating: number;
  readonly reopened: boolean;
  readonly slaBreached: boolean;
  /** At most this many targeted picks per agent (0 = no targeted sample). */
  readonly maxPerAgent: number;
}

export interface SamplingParameters {
  /** Share of each agent × channel stratum to draw, in [0, 1]. */
  readonly rate: number;
  /** Random picks every agent gets at least (when they have that many tickets). */
  readonly minPerAgent: number;
  readonly seed: number;
  /** Tickets sampled by any earlier run: never drawn again. */
  readonly alreadySampled: ReadonlySet<string>;
  readonly targeted: TargetedSampling;
}

export interface DrawnTicket {
  readonly key: string;
  readonly agent: string | null;
  readonly channel: string;
  readonly kind: 'random' | 'targeted';
  readonly reasons: readonly TargetedReason[];
}

export interface DrawnSample {
  /** Eligible tickets: resolved in the period and never sampled before. */
  readonly population: number;
  readonly items: readonly DrawnTicket[];
}

/**
 * Draws the QA sample of a period (抽检).
 *
 * Random sample: tickets are grouped into agent × channel strata; each stratum of size n gets
 * floor(rate·n) picks plus one more with probability frac(rate·n) (randomised rounding, so the
 * expected sample is exactly rate·n in every stratum and no stratum is systematically rounded away
 * or up); picks are a uniform random subset of the stratum. An agent with fewer than `minPerAgent`
 * picks then gets uniform random picks from their remaining tickets up to the minimum (unassigned
 * tickets have no minimum).
 *
 * Targeted sample: of the tickets not drawn at random, those with low CSAT, a reopen or a breached
 * SLA (as enabled), at most `maxPerAgent` per agent chosen at random. They are flagged `targeted`
 * so QA compliance is computed on the random sample alone and stays unbiased.
 *
 * Deterministic: the input is sorted by key and strata visited in sorted order, and every random
 * choice comes from one mulberry32 stream seeded with `seed`, so the same inputs and seed give the
 * same sample whatever order the tickets were read in.
 */
export function drawSample(tickets: readonly SamplingTicket[], p: SamplingParameters): DrawnSample {
  const random = mulberry32(p.seed);
  const seen = new Set<string>();
  const eligible = [...tickets]
    .sort((a, b) => compare(a.key, b.key))
    .filter((t) => !p.alreadySampled.has(t.key) && !seen.has(t.key) && seen.add(t.key));

  const strata = groupBy(eligible, (t) => `${t.agent ?? ''}\u0000${t.channel}`);
  const picked = new Set<string>();
  for (const key of [...strata.keys()].sort(compare)) {
    const members = strata.get(key) ?? [];
    const expected = p.rate * members.length;
    const whole = Math.floor(expected + 1e-9);
    const count = Math.min(members.length, whole + (random() < expected - whole ? 1 : 0));
    for (const t of pickRandom(members, count, random)) picked.add(t.key);
  }

  const byAgent = groupBy(
    eligible.filter((t) => t.agent !== null),
    (t) => t.agent ?? '',
  );
  for (const agent of [...byAgent.keys()].sort(compare)) {
    const own = byAgent.get(agent) ?? [];
    const have = own.filter((t) => picked.has(t.key)).length;
    if (have >= p.minPerAgent) continue;
    const rest = own.filter((t) => !picked.has(t.key));
    for (const t of pickRandom(rest, p.minPerAgent - have, random)) picked.add(t.key);
  }

  const items: DrawnTicket[] = eligible
    .filter((t) => picked.has(t.key))
    .map((t) => ({ key: t.key, agent: t.agent, channel: t.channel, kind: 'random', reasons: [] }));

  if (p.targeted.maxPerAgent > 0) {
    const flagged = eligible
      .filter((t) => !picked.has(t.key))
      .map((t) => ({ ticket: t, reasons: targetedReasons(t, p.targeted) }))
      .filter((f) => f.reasons.length > 0);
    const flaggedByAgent = groupBy(flagged, (f) => f.ticket.agent ?? '');
    for (const agent of [...flaggedByAgent.keys()].sort(compare)) {
      const chosen = pickRandom(flaggedByAgent.get(agent) ?? [], p.targeted.maxPerAgent, random);
      for (const { ticket: t, reasons } of chosen.sort((a, b) => compare(a.ticket.key, b.ticket.key)))
        items.push({ key: t.key, agent: t.agent, channel: t.channel, kind: 'targeted', reasons });
    }
  }
  return { population: eligible.length, items };
}

/** Why a ticket belongs in the targeted sample, as the settings enable it. */
export function targetedReasons(t: SamplingTicket, s: TargetedSampling): TargetedReason[] {
  const reasons: TargetedReason[] = [];
  if (s.lowCsat && t.csat !== null && t.csat <= s.lowCsatMaxRating) reasons.push('lowCsat');
  if (s.reopened && t.reopened) reasons.push('reopened');
  if (s.slaBreached && t.slaBreached) reasons.push('slaBreached');
  return reasons;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
