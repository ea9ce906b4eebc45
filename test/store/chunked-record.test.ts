import { z } from 'zod';
import { deleteChunked, readChunked, writeChunked } from '../../src/store/chunked-record';
import { checkedStore } from '../../src/store/checked-store';
import type { KeyValueStore } from '../../src/store/port';
import { memoryStore } from '../support/memory-store';

const schema = z.object({ schemaVersion: z.literal(1), rows: z.array(z.string()) });
/** About 600 KB of JSON with Chinese text: over twice Forge's 240 KiB value limit. */
const big = {
  schemaVersion: 1 as const,
  rows: Array.from({ length: 20_000 }, (_, i) => `物流查询 ${i} "quoted"`),
};

describe('chunked records', () => {
  it('stores a value larger than one KVS value and reads it back whole', async () => {
    const inner = memoryStore();
    const store = checkedStore(inner);
    await writeChunked(store, 'qlm:SUP:rows:2026-10-01', big);
    // Head plus ceil(JSON length / 60 000) chunks, each under the checked 240 KiB limit.
    const chunks = Math.ceil(JSON.stringify(big).length / 60_000);
    expect(chunks).toBeGreaterThan(1);
    expect(inner.data.size).toBe(1 + chunks);
    const read = await readChunked(store, 'qlm:SUP:rows:2026-10-01', schema);
    expect(read).toEqual({ ok: true, value: big });
  });

  it('keeps a small value inline in one record', async () => {
    const inner = memoryStore();
    await writeChunked(inner, 'k', { schemaVersion: 1, rows: ['a'] });
    expect(inner.data.size).toBe(1);
    expect(await readChunked(inner, 'k', schema)).toEqual({
      ok: true,
      value: { schemaVersion: 1, rows: ['a'] },
    });
  });

  it('shows a reader the old value until the head flips, and deletes the old chunks after', async () => {
    const inner = memoryStore();
    await writeChunked(inner, 'k', big);
    const next = { schemaVersion: 1 as const, rows: big.rows.map((r) => `${r}!`) };
    // A writer that dies after writing its chunks but before the head: readers keep the old value.
    const crashing: KeyValueStore = {
      ...inner,
      set: async (key, value) => {
        if (key === 'k') throw new Error('crash before the head');
        await inner.set(key, value);
      },
    };
    await expect(writeChunked(crashing, 'k', next)).rejects.toThrow('crash before the head');
    expect(await readChunked(inner, 'k', schema)).toEqual({ ok: true, value: big });
    // A complete write replaces it and leaves only its own generation behind.
    await writeChunked(inner, 'k', next);
    expect(await readChunked(inner, 'k', schema)).toEqual({ ok: true, value: next });
    expect([...inner.data.keys()].filter((k) => k.startsWith('k#g1#'))).toEqual([]);
  });

  it('reports a missing chunk as an error naming the key, and deletes head and chunks', async () => {
    const inner = memoryStore();
    await writeChunked(inner, 'k', big);
    await inner.delete('k#g1#1');
    const read = await readChunked(inner, 'k', schema);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.error).toEqual({ key: 'k', message: 'chunk 1 of generation 1 is missing' });
    await deleteChunked(inner, 'k');
    expect(inner.data.size).toBe(0);
    expect(await readChunked(inner, 'k', schema)).toEqual({ ok: true, value: undefined });
  });

  it('refuses a value that does not match its schema', async () => {
    const inner = memoryStore();
    await writeChunked(inner, 'k', { schemaVersion: 2, rows: [] });
    const read = await readChunked(inner, 'k', schema);
    expect(read.ok).toBe(false);
  });
});
