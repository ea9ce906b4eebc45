import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sqliteStore } from '../../../src/local/app-store/sqlite-store';
import { checkedStore } from '../../../src/store/checked-store';

describe('the local app store (SQLite standing in for Forge KVS)', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'ql-store-')), 'app.db');

  it('keeps JSON values across reopening the file', async () => {
    const store = sqliteStore(file);
    await store.set('config:SUP', { targets: { fcrRate: 0.8 } });
    store.close();
    const again = sqliteStore(file);
    expect(await again.get('config:SUP')).toEqual({ targets: { fcrRate: 0.8 } });
    expect(await again.get('config:OPS')).toBeUndefined();
    await again.delete('config:SUP');
    expect(await again.get('config:SUP')).toBeUndefined();
    again.close();
  });

  it('lists by prefix in key order, page by page, never beyond the prefix', async () => {
    const store = sqliteStore(':memory:');
    for (const day of ['2026-10-03', '2026-10-01', '2026-10-02']) await store.set(`agg:SUP:${day}`, { day });
    await store.set('agg:SUPPORT:2026-10-01', {});
    await store.set('agh', {});
    const first = await store.list('agg:SUP:', { limit: 2 });
    expect(first.entries.map((e) => e.key)).toEqual(['agg:SUP:2026-10-01', 'agg:SUP:2026-10-02']);
    const second = await store.list('agg:SUP:', { limit: 2, cursor: first.cursor });
    expect(second.entries.map((e) => e.key)).toEqual(['agg:SUP:2026-10-03']);
    expect(second.cursor).toBeNull();
  });
});

describe('checked store', () => {
  it('refuses values over the Forge KVS limit and keys KVS would refuse, storing nothing', async () => {
    const inner = sqliteStore(':memory:');
    const store = checkedStore(inner);
    await expect(store.set('big', { text: 'x'.repeat(250 * 1024) })).rejects.toThrow(
      /at most 245760: shard it/,
    );
    await expect(store.set('bad/key', 1)).rejects.toThrow(/not a valid Forge KVS key/);
    expect(await inner.get('big')).toBeUndefined();
    await store.set('ok:key', 1);
    expect(await store.get('ok:key')).toBe(1);
  });
});
