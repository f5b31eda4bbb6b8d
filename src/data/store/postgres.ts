/** The PostgreSQL store, for several replicas sharing one database: the same queries over `pg`. */
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { KyselyStore } from './kysely-store.js';
import type { Database } from './tables.js';

export function openPostgresStore(connectionString: string, poolSize: number): KyselyStore {
  const pool = new pg.Pool({ connectionString, max: poolSize });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  return new KyselyStore(new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }));
}
