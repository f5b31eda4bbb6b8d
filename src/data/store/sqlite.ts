/** The embedded default store: a SQLite file (or memory) through better-sqlite3 and Kysely. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase, { type Statement } from 'better-sqlite3';
import { Kysely, type SqliteDatabase as KyselySqliteDatabase, type SqliteStatement as KyselySqliteStatement, SqliteDialect } from 'kysely';
import { LRUCache } from 'lru-cache';
import { KyselyStore } from './kysely-store.js';
import type { Database } from './tables.js';

export const MEMORY = ':memory:';

/** Distinct statements kept prepared; queries with different IN-list lengths are distinct statements. */
const PREPARED_STATEMENTS = 500;

export function openSqliteStore(filename: string): KyselyStore {
  if (filename !== MEMORY) mkdirSync(dirname(filename), { recursive: true });
  const database = new SqliteDatabase(filename);
  // Another process holding a lock (a concurrent start switching the file to WAL, or writing) is
  // waited for, not an error — set first, so that the pragmas below wait too.
  database.pragma('busy_timeout = 5000');
  // WAL lets readers proceed while a write commits; FULL sync makes an acknowledged write durable.
  if (filename !== MEMORY) database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  database.pragma('cache_size = -65536');
  return new KyselyStore(new Kysely<Database>({ dialect: new SqliteDialect({ database: withPreparedStatementCache(database) }) }));
}

/**
 * Kysely's SQLite driver prepares every statement it runs; preparing costs more than running the
 * small queries a request makes, so statements are prepared once per SQL text and reused. Rows of
 * a reading statement are fetched as arrays and made into objects by a function built for its
 * columns: several times cheaper than better-sqlite3 naming each value of each row one by one.
 */
function withPreparedStatementCache(database: SqliteDatabase.Database): KyselySqliteDatabase {
  const prepared = new LRUCache<string, KyselySqliteStatement>({ max: PREPARED_STATEMENTS });
  return {
    prepare(sql: string) {
      let statement = prepared.get(sql);
      if (!statement) {
        statement = withRowsAsObjects(database.prepare(sql));
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

function withRowsAsObjects(statement: Statement): KyselySqliteStatement {
  if (!statement.reader) return statement;
  const toObject = rowConstructor(statement.columns().map((column) => column.name));
  statement.raw(true);
  return {
    reader: true,
    all: (parameters) => statement.all(...parameters).map((row) => toObject(row as unknown[])),
    run: (parameters) => statement.run(...parameters),
    *iterate(parameters) {
      for (const row of statement.iterate(...parameters)) yield toObject(row as unknown[]);
    },
  };
}

/**
 * A function turning a row array into an object with the columns' names, written out as one object
 * literal (so every row of a statement shares one shape). Names are embedded as JSON string
 * literals, so any column name is safe; a repeated name keeps its last value, as better-sqlite3 does.
 */
function rowConstructor(names: readonly string[]): (row: readonly unknown[]) => Record<string, unknown> {
  const fields = names.map((name, index) => `${JSON.stringify(name)}: row[${index}]`).join(', ');
  // A generated constructor: the column names are JSON string literals, never code.
  return new Function('row', `return { ${fields} };`) as (row: readonly unknown[]) => Record<string, unknown>;
}
