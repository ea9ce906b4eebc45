import type { KeyValueStore } from '../../src/store/port';

/** An in-memory KeyValueStore with Forge KVS paging (key order, cursor = last key returned). */
export function memoryStore(): KeyValueStore & {
  readonly data: Map<string, string>;
  sets: number;
  gets: number;
} {
  const data = new Map<string, string>();
  const store = {
    data,
    sets: 0,
    gets: 0,
    async get(key: string) {
      store.gets++;
      const text = data.get(key);
      return text === undefined ? undefined : (JSON.parse(text) as unknown);
    },
    async set(key: string, value: unknown) {
      store.sets++;
      data.set(key, JSON.stringify(value));
    },
    async delete(key: string) {
      data.delete(key);
    },
    async list(prefix: string, page?: { readonly limit?: number; readonly cursor?: string | null }) {
      const limit = page?.limit ?? 100;
      const keys = [...data.keys()]
        .filter((k) => k.startsWith(prefix) && (page?.cursor == null || k > page.cursor))
        .sort();
      const taken = keys.slice(0, limit);
      return {
        entries: taken.map((key) => ({ key, value: JSON.parse(data.get(key) as string) as unknown })),
        cursor: keys.length > limit ? (taken[taken.length - 1] ?? null) : null,
      };
    },
  };
  return store;
}
