import { STORE_LIMITS, type KeyValueStore } from './port';

/** A store that refuses what Forge KVS would refuse, so the local backend cannot hide a too-large value. */
export function checkedStore(inner: KeyValueStore): KeyValueStore {
  const checkKey = (key: string) => {
    if (key.length === 0 || key.length > STORE_LIMITS.maxKeyLength || !/^[a-zA-Z0-9:._\s-#]+$/.test(key)) {
      throw new Error(
        `storage key "${key.slice(0, 60)}" is not a valid Forge KVS key (1–500 of a-z A-Z 0-9 : . _ - # and space)`,
      );
    }
  };
  return {
    get: (key) => (checkKey(key), inner.get(key)),
    async set(key, value) {
      checkKey(key);
      const bytes = Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');
      if (bytes > STORE_LIMITS.maxValueBytes) {
        throw new Error(
          `value for "${key}" has ${bytes} bytes; Forge KVS stores at most ${STORE_LIMITS.maxValueBytes}: shard it`,
        );
      }
      await inner.set(key, value);
    },
    delete: (key) => (checkKey(key), inner.delete(key)),
    list: (prefix, page) =>
      inner.list(prefix, {
        ...page,
        limit: Math.min(page?.limit ?? STORE_LIMITS.maxPageSize, STORE_LIMITS.maxPageSize),
      }),
  };
}
