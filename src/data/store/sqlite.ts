/** The embedded default store: a SQLite file (or memory) through better-sqlite3 and Kysely. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { KyselyStore } from './kysely-store.js';
import type { Database } from './tables.js';

export const MEMORY = ':memory:';

export function openSqliteStore(filename: string): KyselyStore {
  if (filename !== MEMORY) mkdirSync(dirname(filename), { recursive: true });
  const database = new SqliteDatabase(filename);
  // WAL lets readers proceed while a write commits; FULL sync makes an acknowledged write durable.
  if (filename !== MEMORY) database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  // Another process holding the write lock (a concurrent start) is waited for, not an error.
  database.pragma('busy_timeout = 5000');
  return new KyselyStore(new Kysely<Database>({ dialect: new SqliteDialect({ database }) }));
}
