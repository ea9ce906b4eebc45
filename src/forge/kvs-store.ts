import { kvs, WhereConditions } from '@forge/kvs';
import type { KeyValueStore } from '../store/port';

/** The app's storage on Forge: Forge KVS, listed by key prefix with its own cursor. */
export const forgeKvsStore: KeyValueStore = {
  get: (key) => kvs.get<unknown>(key),
  set: (key, value) => kvs.set(key, value),
  delete: (key) => kvs.delete(key),
  async list(prefix, page = {}) {
    let query = kvs
      .query()
      .where('key', WhereConditions.beginsWith(prefix))
      .limit(page.limit ?? 100);
    if (page.cursor) query = query.cursor(page.cursor);
    const result = await query.getMany<unknown>();
    return {
      entries: result.results.map((r) => ({ key: r.key, value: r.value })),
      cursor: result.nextCursor ?? null,
    };
  },
};
