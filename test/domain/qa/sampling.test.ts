import fc from 'fast-check';
import { drawSample, type SamplingParameters, type SamplingTicket } from '../../../src/domain/qa/sampling';
import { mulberry32 } from '../../../src/domain/qa/prng';

const NO_TARGETED = {
  lowCsat: false,
  lowCsatMaxRating: 2,
  reopened: false,
  slaBreached: false,
  maxPerAgent: 0,
};

const params = (overrides: Partial<SamplingParameters> = {}): SamplingParameters => ({
  rate: 0.03,
  minPerAgent: 1,
  seed: 42,
  alreadySampled: new Set(),
  targeted: NO_TARGETED,
  ...overrides,
});

let n = 0;
const ticket = (
  agent: string | null,
  channel = 'chat',
  extra: Partial<SamplingTicket> = {},
): SamplingTicket => ({
  key: `SUP-${++n}`,
  agent,
  channel,
  csat: null,
  reopened: false,
  slaBreached: false,
  ...extra,
});
const many = (count: number, make: () => SamplingTicket) => Array.from({ length: count }, make);
const random = <T extends { kind: string }>(items: readonly T[]): T[] =>
  items.filter((i) => i.kind === 'random');

describe('QA sampling: random sample per agent × channel', () => {
  it('draws rate × stratum size exactly when that is whole (3% of 100, 10% of 30)', () => {
    const tickets = [...many(100, () => ticket('ann', 'chat')), ...many(30, () => ticket('ann', 'email'))];
    const sample = drawSample(tickets, params({ rate: 0.03 }));
    expect(random(sample.items).filter((i) => i.channel === 'chat')).toHaveLength(3);
    const tenth = drawSample(tickets, params({ rate: 0.1 }));
    expect(random(tenth.items).filter((i) => i.channel === 'chat')).toHaveLength(10);
    expect(random(tenth.items).filter((i) => i.channel === 'email')).toHaveLength(3);
    expect(sample.population).toBe(130);
  });

  it('gives every agent at least the minimum, even when the rate rounds to nothing', () => {
    // 5 tickets at 3% is 0.15 expected: 0 or 1 by the draw, then topped up to 1.
    const tickets = [...many(5, () => ticket('bob')), ...many(2, () => ticket('cy', 'email'))];
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const sample = drawSample(tickets, params({ seed }));
      expect(random(sample.items).filter((i) => i.agent === 'bob')).toHaveLength(1);
      expect(random(sample.items).filter((i) => i.agent === 'cy')).toHaveLength(1);
    }
    // An agent with fewer tickets than the minimum gets them all, and unassigned tickets have no minimum.
    const few = drawSample(
      [ticket('dee'), ...many(3, () => ticket(null))],
      params({ minPerAgent: 3, rate: 0 }),
    );
    expect(random(few.items).map((i) => i.agent)).toEqual(['dee']);
  });

  it('rounds a fractional quota at random so the expected sample is rate × size', () => {
    // 10 tickets at 25% = 2.5: 2 or 3 each draw, 2.5 on average.
    const tickets = many(10, () => ticket(null));
    let total = 0;
    const counts = new Set<number>();
    for (let seed = 0; seed < 4000; seed++) {
      const k = random(drawSample(tickets, params({ rate: 0.25, minPerAgent: 0, seed })).items).length;
      counts.add(k);
      total += k;
    }
    expect([...counts].sort()).toEqual([2, 3]);
    expect(total / 4000).toBeCloseTo(2.5, 1);
  });

  it('never draws a ticket sampled before', () => {
    const tickets = many(10, () => ticket('eve'));
    const already = new Set(tickets.slice(0, 9).map((t) => t.key));
    const sample = drawSample(tickets, params({ alreadySampled: already, rate: 1 }));
    expect(sample.items.map((i) => i.key)).toEqual([tickets[9]?.key]);
    expect(sample.population).toBe(1);
  });

  it('is reproducible from the seed whatever order the tickets come in', () => {
    const tickets = [...many(60, () => ticket('fay', 'chat')), ...many(40, () => ticket('gus', 'phone'))];
    const a = drawSample(tickets, params({ rate: 0.1, seed: 7 }));
    const b = drawSample([...tickets].reverse(), params({ rate: 0.1, seed: 7 }));
    expect(b).toEqual(a);
    const other = drawSample(tickets, params({ rate: 0.1, seed: 8 }));
    expect(other.items.map((i) => i.key)).not.toEqual(a.items.map((i) => i.key));
  });

  it('draws each subgroup in proportion to its share of the population (unbiased)', () => {
    // Two channels (30% chat) and, inside every stratum, 40% of tickets rated 5: over many seeds the
    // random sample's shares match the population's.
    const rng = mulberry32(99);
    const tickets: SamplingTicket[] = [];
    for (const agent of ['a1', 'a2', 'a3', 'a4'])
      for (let i = 0; i < 250; i++)
        tickets.push(ticket(agent, rng() < 0.3 ? 'chat' : 'email', { csat: rng() < 0.4 ? 5 : 3 }));
    const share = (list: readonly SamplingTicket[], test: (t: SamplingTicket) => boolean) =>
      list.filter(test).length / list.length;
    const byKey = new Map(tickets.map((t) => [t.key, t]));
    const sampled: SamplingTicket[] = [];
    for (let seed = 0; seed < 300; seed++)
      for (const item of random(drawSample(tickets, params({ rate: 0.05, seed })).items))
        sampled.push(byKey.get(item.key) as SamplingTicket);
    expect(
      Math.abs(share(sampled, (t) => t.channel === 'chat') - share(tickets, (t) => t.channel === 'chat')),
    ).toBeLessThan(0.01);
    expect(Math.abs(share(sampled, (t) => t.csat === 5) - share(tickets, (t) => t.csat === 5))).toBeLessThan(
      0.01,
    );
  });
});

describe('QA sampling: targeted sample', () => {
  it('adds low-CSAT, reopened and breached tickets apart from the random sample, capped per agent', () => {
    const targeted = {
      lowCsat: true,
      lowCsatMaxRating: 2,
      reopened: true,
      slaBreached: true,
      maxPerAgent: 2,
    };
    const tickets = [
      ticket('hal', 'chat', { csat: 1 }),
      ticket('hal', 'chat', { csat: 2, reopened: true }),
      ticket('hal', 'chat', { csat: 3 }),
      ticket('hal', 'chat', { slaBreached: true }),
      ...many(6, () => ticket('hal')),
      ticket('ivy', 'chat', { reopened: true }),
    ];
    const sample = drawSample(tickets, params({ rate: 0, minPerAgent: 0, targeted }));
    const picks = sample.items.filter((i) => i.kind === 'targeted');
    expect(random(sample.items)).toEqual([]);
    expect(picks.filter((i) => i.agent === 'hal')).toHaveLength(2);
    expect(picks.filter((i) => i.agent === 'ivy').map((i) => i.reasons)).toEqual([['reopened']]);
    const halFlagged = new Set(
      tickets
        .slice(0, 4)
        .filter((t) => t.csat !== 3)
        .map((t) => t.key),
    );
    for (const p of picks.filter((i) => i.agent === 'hal')) expect(halFlagged.has(p.key)).toBe(true);
    // ticket 2 has two reasons
    const all = drawSample(
      tickets,
      params({ rate: 0, minPerAgent: 0, targeted: { ...targeted, maxPerAgent: 9 } }),
    );
    expect(all.items.find((i) => i.key === tickets[1]?.key)?.reasons).toEqual(['lowCsat', 'reopened']);
  });

  it('never puts a ticket in both samples', () => {
    const targeted = {
      lowCsat: true,
      lowCsatMaxRating: 5,
      reopened: false,
      slaBreached: false,
      maxPerAgent: 100,
    };
    const tickets = many(20, () => ticket('jo', 'chat', { csat: 1 }));
    const sample = drawSample(tickets, params({ rate: 0.5, targeted }));
    expect(random(sample.items)).toHaveLength(10);
    expect(sample.items.filter((i) => i.kind === 'targeted')).toHaveLength(10);
    expect(new Set(sample.items.map((i) => i.key)).size).toBe(20);
  });
});

describe('QA sampling: properties', () => {
  const ticketsArb = fc.array(
    fc.record({
      agent: fc.constantFrom('a', 'b', 'c', null),
      channel: fc.constantFrom('chat', 'email', 'phone'),
      csat: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
      reopened: fc.boolean(),
      slaBreached: fc.boolean(),
    }),
    { maxLength: 120 },
  );
  const arb = fc.record({
    tickets: ticketsArb.map((list) => list.map((t, i) => ({ key: `P-${i + 1}`, ...t }))),
    rate: fc.double({ min: 0, max: 1, noNaN: true }),
    minPerAgent: fc.integer({ min: 0, max: 3 }),
    seed: fc.integer(),
    alreadyEvery: fc.integer({ min: 2, max: 7 }),
  });

  it('is reproducible, repeats nothing, skips earlier samples and honours the minimum per agent', () => {
    fc.assert(
      fc.property(arb, ({ tickets, rate, minPerAgent, seed, alreadyEvery }) => {
        const alreadySampled = new Set(tickets.filter((_, i) => i % alreadyEvery === 0).map((t) => t.key));
        const p = params({
          rate,
          minPerAgent,
          seed,
          alreadySampled,
          targeted: { lowCsat: true, lowCsatMaxRating: 2, reopened: true, slaBreached: true, maxPerAgent: 1 },
        });
        const a = drawSample(tickets, p);
        expect(drawSample([...tickets].reverse(), p)).toEqual(a);
        const keys = a.items.map((i) => i.key);
        expect(new Set(keys).size).toBe(keys.length);
        for (const k of keys) expect(alreadySampled.has(k)).toBe(false);
        const eligible = tickets.filter((t) => !alreadySampled.has(t.key));
        for (const agent of ['a', 'b', 'c']) {
          const own = eligible.filter((t) => t.agent === agent).length;
          const picked = a.items.filter((i) => i.kind === 'random' && i.agent === agent).length;
          expect(picked).toBeGreaterThanOrEqual(Math.min(minPerAgent, own));
          // the random sample is at least the whole part of rate × size of each of the agent's strata
          for (const channel of ['chat', 'email', 'phone']) {
            const stratum = eligible.filter((t) => t.agent === agent && t.channel === channel).length;
            const inStratum = a.items.filter(
              (i) => i.kind === 'random' && i.agent === agent && i.channel === channel,
            ).length;
            expect(inStratum).toBeGreaterThanOrEqual(Math.floor(rate * stratum + 1e-9));
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
