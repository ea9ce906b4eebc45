import fc from 'fast-check';
import { z } from 'zod';
import { ingestTickets, removeTickets } from '../../../src/app/monitor/ingest';
import { checkedStore } from '../../../src/store/checked-store';
import { readChunked } from '../../../src/store/chunked-record';
import type { KeyValueStore } from '../../../src/store/port';
import type { TicketFacts } from '../../../src/domain/ticket';
import { memoryStore } from '../../support/memory-store';
import { settingsWith, ticketArb, ticketsArb } from './monitor-fixtures';

/** Every logical record of the project's aggregates (chunks joined), the write counter left out. */
async function logicalRecords(store: KeyValueStore): Promise<Record<string, unknown>> {
  const records: Record<string, unknown> = {};
  for (let cursor: string | null = null; ;) {
    const page = await store.list('qlm:SUP:', { limit: 100, cursor });
    for (const { key } of page.entries) {
      if (key.includes('#g')) continue;
      if (key.endsWith(':meta')) {
        const { batches: _ignored, ...meta } = (await store.get(key)) as Record<string, unknown>;
        records[key] = meta;
        continue;
      }
      const read = await readChunked(store, key, z.unknown());
      if (!read.ok) throw new Error(read.error.message);
      records[key] = read.value;
    }
    if (!page.cursor) return records;
    cursor = page.cursor;
  }
}

/** A seeded shuffle, so fast-check can shrink and replay a failing order. */
function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0;
  const next = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

type Op = { kind: 'upsert'; ticket: TicketFacts } | { kind: 'remove'; key: string };

/** Cuts a run of operations into batches of the given sizes, one kind per batch. */
function batches(ops: readonly Op[], sizes: readonly number[]): Op[][] {
  const out: Op[][] = [];
  let i = 0;
  let s = 0;
  while (i < ops.length) {
    const size = sizes[s++ % Math.max(1, sizes.length)] ?? 1;
    const batch: Op[] = [];
    while (i < ops.length && batch.length < size && (batch.length === 0 || batch[0]?.kind === ops[i]?.kind))
      batch.push(ops[i++] as Op);
    out.push(batch);
  }
  return out;
}

const settingsArb = fc.constantFrom(
  settingsWith(),
  settingsWith({ repeatSameRequestType: true, fcrExcludeRepeat: true, repeatWindowHours: 72 }),
  settingsWith({
    dimensions: ['labels', 'requestType'],
    paretoDimension: 'labels',
    fcrMaxAgentReplies: null,
  }),
);

describe('ingesting tickets into the KPI aggregates', () => {
  it('gives the same stored aggregates for any partition, order and batch sizes, with earlier versions and deleted tickets on the way', async () => {
    await fc.assert(
      fc.asyncProperty(
        ticketsArb(1, 25),
        ticketsArb(0, 25),
        fc.array(ticketArb('SUP-900'), { maxLength: 1 }),
        fc.array(fc.boolean(), { minLength: 25, maxLength: 25 }),
        fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 6 }),
        fc.integer(),
        settingsArb,
        async (tickets, stale, extras, finalEarly, sizes, seed, settings) => {
          const whole = checkedStore(memoryStore());
          const once = await ingestTickets(whole, 'SUP', tickets, settings, { npsEnabled: true });
          if (!once.ok) throw new Error(once.error.message);

          const keys = new Set(tickets.map((t) => t.key));
          const early: Op[] = [
            // An older version of a ticket, replaced later by its final facts.
            ...stale.filter((t) => keys.has(t.key)).map((t): Op => ({ kind: 'upsert', ticket: t })),
            // A ticket deleted in Jira later: ingested, then removed.
            ...extras.map((t): Op => ({ kind: 'upsert', ticket: t })),
          ];
          const late: Op[] = extras.map((t): Op => ({ kind: 'remove', key: t.key }));
          const staleKeys = new Set(stale.map((t) => t.key));
          tickets.forEach((t, i) => {
            const op: Op = { kind: 'upsert', ticket: t };
            if (finalEarly[i] && !staleKeys.has(t.key)) early.push(op);
            else late.push(op);
          });
          const parts = checkedStore(memoryStore());
          for (const batch of [
            ...batches(shuffle(early, seed), sizes),
            ...batches(shuffle(late, seed ^ 0x5bd1e995), sizes),
          ]) {
            const first = batch[0] as Op;
            const result =
              first.kind === 'upsert'
                ? await ingestTickets(
                    parts,
                    'SUP',
                    batch.map((op) => (op as { ticket: TicketFacts }).ticket),
                    settings,
                    { npsEnabled: true },
                  )
                : await removeTickets(
                    parts,
                    'SUP',
                    batch.map((op) => (op as { key: string }).key),
                  );
            if (!result.ok) throw new Error(result.error.message);
          }
          expect(await logicalRecords(parts)).toEqual(await logicalRecords(whole));
        },
      ),
      { numRuns: 120 },
    );
  }, 120_000);
});
