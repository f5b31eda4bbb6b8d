/** The embedded default store: a SQLite file (or memory) through better-sqlite3 and Kysely. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase, { type Statement } from 'better-sqlite3';
import { Kysely, SqliteDialect, type SqliteDatabase as KyselySqliteDatabase } from 'kysely';
import { LRUCache } from 'lru-cache';
import { KyselyStore } from './kysely-store.js';
import type { Database } from './tables.js';

export const MEMORY = ':memory:';

/** Distinct statements kept prepared; queries with different IN-list lengths are distinct statements. */
const PREPARED_STATEMENTS = 500;

export function openSqliteStore(filename: string): KyselyStore {
  if (filename !== MEMORY) mkdirSync(dirname(filename), { recursive: true });
  const database = new SqliteDatabase(filename);
  // WAL lets readers proceed while a write commits; FULL sync makes an acknowledged write durable.
  if (filename !== MEMORY) database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  // Another process holding the write lock (a concurrent start) is waited for, not an error.
  database.pragma('busy_timeout = 5000');
  return new KyselyStore(new Kysely<Database>({ dialect: new SqliteDialect({ database: withPreparedStatementCache(database) }) }));
}

/**
 * Kysely's SQLite driver prepares every statement it runs; preparing costs more than running the
 * small queries a request makes, so statements are prepared once per SQL text and reused.
 */
function withPreparedStatementCache(database: SqliteDatabase.Database): KyselySqliteDatabase {
  const prepared = new LRUCache<string, Statement>({ max: PREPARED_STATEMENTS });
  return {
    prepare(sql: string) {
      let statement = prepared.get(sql);
      if (!statement) {
        statement = database.prepare(sql);
        prepared.set(sql, statement);
      }
      return statement;
    },
    close() {
      prepared.clear();
      database.close();
    },
  };
}
