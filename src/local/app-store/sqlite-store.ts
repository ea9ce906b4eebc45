import { Database } from 'node-sqlite3-wasm';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { KeyValueStore } from '../../store/port';

const row = z.object({ key: z.string(), value: z.string() });

/** The app's storage on the local host: a SQLite table standing in for Forge KVS. */
export function sqliteStore(file: string): KeyValueStore & { close(): void } {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  // Each set is its own transaction: with the default rollback journal every one took a lock
  // directory and a fsync (~6 ms), which made bulk ingests disk-bound. This process owns the file
  // while it runs (exclusive lock), which lets SQLite keep a write-ahead log synced at checkpoints
  // (~0.1 ms a set); another process opening the same app.db meanwhile gets SQLITE_BUSY.
  if (file !== ':memory:')
    db.exec('PRAGMA locking_mode = EXCLUSIVE; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;');
  db.exec('CREATE TABLE IF NOT EXISTS kvs (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
  return {
    async get(key) {
      const found = db.get('SELECT key, value FROM kvs WHERE key = ?', [key]);
      return found ? JSON.parse(row.parse(found).value) : undefined;
    },
    async set(key, value) {
      db.run('INSERT OR REPLACE INTO kvs (key, value) VALUES (?, ?)', [key, JSON.stringify(value)]);
    },
    async delete(key) {
      db.run('DELETE FROM kvs WHERE key = ?', [key]);
    },
    async list(prefix, page = {}) {
      const limit = page.limit ?? 100;
      const after = page.cursor ?? '';
      // Keys between prefix and prefix + U+FFFF: an index range scan, in key order like KVS.
      const rows = db
        .all('SELECT key, value FROM kvs WHERE key >= ? AND key < ? AND key > ? ORDER BY key LIMIT ?', [
          prefix,
          `${prefix}\uffff`,
          after,
          limit + 1,
        ])
        .map((r) => row.parse(r));
      const entries = rows
        .slice(0, limit)
        .map((r) => ({ key: r.key, value: JSON.parse(r.value) as unknown }));
      return { entries, cursor: rows.length > limit ? (entries[entries.length - 1]?.key ?? null) : null };
    },
    close: () => db.close(),
  };
}
