/** The graph's version: one counter every change of the graph's content moves on. */
import { type Kysely, sql } from 'kysely';
import type { Database } from './tables.js';

export const GRAPH_VERSION_KEY = 'graph_version';

/** Counts one more change of the graph's content, in the caller's transaction. */
export async function bumpGraphVersion(db: Kysely<Database>): Promise<void> {
  await db
    .insertInto('metadata')
    .values({ key: GRAPH_VERSION_KEY, value: '1' })
    .onConflict((oc) =>
      oc
        .column('key')
        .doUpdateSet({ value: sql<string>`cast(cast(metadata.value as integer) + 1 as text)`, updated_at: sql<string>`CURRENT_TIMESTAMP` }),
    )
    .execute();
}
