import { z } from 'zod';
import type { KeyValueStore } from './port';

/**
 * One logical JSON value under one key, of any size: small values live inline in a head record;
 * larger ones are cut into chunks written under a new generation first, and the head that names the
 * generation is written last. A reader therefore sees the old value or the new one, never half a
 * write; the old generation's chunks are deleted only after the flip.
 */

// A chunk holds a slice of the JSON text. Its JSON encoding costs at most 3 bytes per UTF-16 unit
// (CJK text) plus escapes for quotes, so 60 000 units stay well under the 240 KiB limit.
const CHUNK_UNITS = 60_000;
// Inline below this many UTF-16 units of JSON: one read, one write.
const INLINE_UNITS = 60_000;

const headSchema = z.union([
  z.object({ schemaVersion: z.literal(1), inline: z.unknown() }),
  z.object({
    schemaVersion: z.literal(1),
    generation: z.number().int().min(1),
    chunks: z.number().int().min(1),
    units: z.number().int().min(0),
  }),
]);
const chunkSchema = z.object({ schemaVersion: z.literal(1), part: z.string() });

export type ChunkedReadError = { readonly key: string; readonly message: string };

const chunkKey = (key: string, generation: number, index: number) => `${key}#g${generation}#${index}`;

/** Reads a chunked value through its schema: undefined when absent, an error naming the key when unreadable. */
export async function readChunked<T>(
  store: KeyValueStore,
  key: string,
  schema: z.ZodType<T>,
): Promise<{ ok: true; value: T | undefined } | { ok: false; error: ChunkedReadError }> {
  const raw = await store.get(key);
  if (raw === undefined || raw === null) return { ok: true, value: undefined };
  const head = headSchema.safeParse(raw);
  if (!head.success) return { ok: false, error: { key, message: `unreadable head: ${head.error.message}` } };
  let value: unknown;
  if ('inline' in head.data) value = head.data.inline;
  else {
    const { generation, chunks, units } = head.data;
    const parts = await Promise.all(
      Array.from({ length: chunks }, (_, i) => store.get(chunkKey(key, generation, i))),
    );
    let text = '';
    for (const [i, part] of parts.entries()) {
      const chunk = chunkSchema.safeParse(part);
      if (!chunk.success)
        return { ok: false, error: { key, message: `chunk ${i} of generation ${generation} is missing` } };
      text += chunk.data.part;
    }
    if (text.length !== units)
      return { ok: false, error: { key, message: `chunks hold ${text.length} of ${units} characters` } };
    try {
      value = JSON.parse(text);
    } catch (e) {
      return { ok: false, error: { key, message: `chunks do not form JSON: ${(e as Error).message}` } };
    }
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) return { ok: false, error: { key, message: parsed.error.message } };
  return { ok: true, value: parsed.data };
}

/** Writes a value: chunks of a new generation, then the head, then removes the previous generation. */
export async function writeChunked(store: KeyValueStore, key: string, value: unknown): Promise<void> {
  const previous = headSchema.safeParse(await store.get(key));
  const old = previous.success && 'generation' in previous.data ? previous.data : null;
  const text = JSON.stringify(value);
  if (text.length <= INLINE_UNITS) {
    await store.set(key, { schemaVersion: 1, inline: value });
  } else {
    const generation = (old?.generation ?? 0) + 1;
    const chunks = Math.ceil(text.length / CHUNK_UNITS);
    await Promise.all(
      Array.from({ length: chunks }, (_, i) =>
        store.set(chunkKey(key, generation, i), {
          schemaVersion: 1,
          part: text.slice(i * CHUNK_UNITS, (i + 1) * CHUNK_UNITS),
        }),
      ),
    );
    await store.set(key, { schemaVersion: 1, generation, chunks, units: text.length });
  }
  if (old) await deleteGeneration(store, key, old.generation, old.chunks);
}

/** Deletes the head first (readers then see no value), then its chunks. */
export async function deleteChunked(store: KeyValueStore, key: string): Promise<void> {
  const head = headSchema.safeParse(await store.get(key));
  await store.delete(key);
  if (head.success && 'generation' in head.data)
    await deleteGeneration(store, key, head.data.generation, head.data.chunks);
}

async function deleteGeneration(store: KeyValueStore, key: string, generation: number, chunks: number) {
  await Promise.all(Array.from({ length: chunks }, (_, i) => store.delete(chunkKey(key, generation, i))));
}
