import type { z } from 'zod';
import { deleteChunked, readChunked, writeChunked } from '../../store/chunked-record';
import type { KeyValueStore } from '../../store/port';
import type { AppError } from '../app-error';

/** Runs the calls at most `limit` at a time (KVS throttles bursts), keeping order of results. */
export async function inParallel<T, R>(
  items: readonly T[],
  limit: number,
  run: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await run(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export const PARALLEL = 16;

/**
 * The chunked records of one kind a batch reads and changes: loaded once, changed in memory,
 * written back (or deleted when empty) only if touched.
 */
export class RecordSet<T> {
  private readonly loaded = new Map<string, T | undefined>();
  private readonly touched = new Set<string>();

  constructor(
    private readonly store: KeyValueStore,
    private readonly schema: z.ZodType<T>,
    private readonly isEmpty: (value: T) => boolean,
  ) {}

  /** Reads the keys not read yet; an unreadable record is an error naming it, never dropped. */
  async load(keys: Iterable<string>): Promise<AppError | null> {
    const missing = [...new Set(keys)].filter((k) => !this.loaded.has(k));
    const read = await inParallel(missing, PARALLEL, (k) => readChunked(this.store, k, this.schema));
    for (const [i, r] of read.entries()) {
      if (!r.ok)
        return {
          code: 'KPI.NOT_READY',
          message: `stored KPI record ${r.error.key} is unreadable (${r.error.message}): rebuild the project's aggregates`,
        };
      this.loaded.set(missing[i] as string, r.value);
    }
    return null;
  }

  get(key: string): T | undefined {
    if (!this.loaded.has(key)) throw new Error(`record ${key} used before it was loaded`);
    return this.loaded.get(key);
  }

  /** The record to change, created from `fresh` if absent; marks it for writing. */
  edit(key: string, fresh: () => T): T {
    let value = this.get(key);
    if (value === undefined) this.loaded.set(key, (value = fresh()));
    this.touched.add(key);
    return value;
  }

  get touchedKeys(): readonly string[] {
    return [...this.touched];
  }

  async write(): Promise<void> {
    await inParallel([...this.touched], PARALLEL, async (key) => {
      const value = this.loaded.get(key);
      if (value === undefined || this.isEmpty(value)) await deleteChunked(this.store, key);
      else await writeChunked(this.store, key, value);
    });
  }
}
