import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Database } from 'node-sqlite3-wasm';
import { SCHEMA_SQL, SCHEMA_VERSION } from './schema';

/** Opens (creating on first use) the emulator's SQLite file and brings its tables up to date. */
export function openDatabase(file: string): Database {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;');
    db.exec(SCHEMA_SQL);
    const row = db.get('SELECT value FROM meta WHERE key = ?', ['schemaVersion']);
    const version = row?.value;
    if (version === undefined || version === null) {
      db.run('INSERT INTO meta (key, value) VALUES (?, ?)', ['schemaVersion', String(SCHEMA_VERSION)]);
    } else if (version !== String(SCHEMA_VERSION)) {
      throw new Error(
        `${file} has database layout ${String(version)}, this version reads ${SCHEMA_VERSION}: remove it or use --db`,
      );
    }
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

/** Runs `work` in one transaction: all of it is stored, or none. */
export function inTransaction<T>(db: Database, work: () => T): T {
  if (db.inTransaction) return work();
  db.exec('BEGIN');
  try {
    const result = work();
    db.exec('COMMIT');
    return result;
  } catch (e) {
    db.exec('ROLLBACK');
    throw e;
  }
}
