/** One stored entry: its key and the JSON value as stored. */
export interface StoredEntry {
  readonly key: string;
  readonly value: unknown;
}

/** A page of a key-prefix listing. */
export interface StoredPage {
  readonly entries: readonly StoredEntry[];
  /** Pass back to read the next page; null on the last page. */
  readonly cursor: string | null;
}

/**
 * The app's own storage (Forge KVS in production, SQLite locally): JSON values under string keys,
 * listed by key prefix in key order. Values are read back through zod schemas by the caller.
 */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
  list(
    prefix: string,
    page?: { readonly limit?: number; readonly cursor?: string | null },
  ): Promise<StoredPage>;
}

/** Forge KVS limits that the app must respect on every backend alike. */
export const STORE_LIMITS = {
  /** Largest value, in bytes of its JSON. */
  maxValueBytes: 240 * 1024,
  maxKeyLength: 500,
  maxPageSize: 100,
} as const;
