/** Chooses and opens the store a `DATABASE_URL` names. */
import { resolve } from 'node:path';
import type { KyselyStore } from './kysely-store.js';
import { MEMORY, openSqliteStore } from './sqlite.js';

export const DEFAULT_DATABASE_URL = 'sqlite:./.data/knowledge-graph.sqlite';

export class DatabaseUrlError extends Error {
  override name = 'DatabaseUrlError';
}

export type StoreLocation = { dialect: 'sqlite'; filename: string };

/**
 * `sqlite:<path>` (relative to the working directory) or `sqlite::memory:`; unset or blank means
 * the default file. Anything else is refused with a message saying what is accepted.
 */
export function parseDatabaseUrl(url: string | undefined): StoreLocation {
  const value = url?.trim() || DEFAULT_DATABASE_URL;
  const match = /^sqlite:(.+)$/.exec(value);
  if (!match) {
    throw new DatabaseUrlError(
      `DATABASE_URL "${value}" is not supported: use sqlite:<path> (e.g. ${DEFAULT_DATABASE_URL}) or sqlite::memory:`,
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

export function openStore(location: StoreLocation): KyselyStore {
  return openSqliteStore(location.filename);
}
