/** Chooses and opens the store a `DATABASE_URL` names. */
import { resolve } from 'node:path';
import type { KyselyStore } from './kysely-store.js';
import { openPostgresStore } from './postgres.js';
import { MEMORY, openSqliteStore } from './sqlite.js';

export const DEFAULT_DATABASE_URL = 'sqlite:./.data/knowledge-graph.sqlite';

export class DatabaseUrlError extends Error {
  override name = 'DatabaseUrlError';
}

export type StoreLocation = { dialect: 'sqlite'; filename: string } | { dialect: 'postgres'; url: string; poolSize: number };

/** Connections per process to PostgreSQL, unless the URL's `pool_size` parameter says otherwise. */
export const DEFAULT_POOL_SIZE = 10;

/**
 * `sqlite:<path>` (relative to the working directory) or `sqlite::memory:`; unset or blank means
 * the default file. Anything else is refused with a message saying what is accepted.
 */
export function parseDatabaseUrl(url: string | undefined): StoreLocation {
  const value = url?.trim() || DEFAULT_DATABASE_URL;
  if (/^postgres(ql)?:\/\//.test(value)) return postgresLocation(value);
  const match = /^sqlite:(.+)$/.exec(value);
  if (!match) {
    throw new DatabaseUrlError(
      `DATABASE_URL "${value}" is not supported: use sqlite:<path> (e.g. ${DEFAULT_DATABASE_URL}), sqlite::memory: or postgres://user@host:port/database`,
    );
  }
  let path = match[1]!;
  if (path.startsWith('//')) {
    // URL style: `sqlite:///absolute/path` only; `sqlite://x` would silently mean `/x`.
    if (!path.startsWith('///')) {
      throw new DatabaseUrlError(`DATABASE_URL "${value}" is ambiguous: use sqlite:relative/path or sqlite:///absolute/path`);
    }
    path = path.slice(2);
  }
  return { dialect: 'sqlite', filename: path === MEMORY ? MEMORY : resolve(path) };
}

function postgresLocation(value: string): StoreLocation {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new DatabaseUrlError(`DATABASE_URL "${value}" is not a valid postgres:// URL`);
  }
  const poolSize = Number(parsed.searchParams.get('pool_size') ?? DEFAULT_POOL_SIZE);
  if (!Number.isInteger(poolSize) || poolSize < 1 || poolSize > 100) {
    throw new DatabaseUrlError(`DATABASE_URL's pool_size must be a whole number from 1 to 100`);
  }
  parsed.searchParams.delete('pool_size');
  return { dialect: 'postgres', url: parsed.toString(), poolSize };
}

export function openStore(location: StoreLocation): KyselyStore {
  return location.dialect === 'postgres' ? openPostgresStore(location.url, location.poolSize) : openSqliteStore(location.filename);
}
