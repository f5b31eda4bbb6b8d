/** The graph's version: one counter every change of the graph's content moves on. */
import { type Kysely, sql } from 'kysely';
import type { Database } from './tables.js';

export const GRAPH_VERSION_KEY = 'graph_version';

/**
 * The last version a wholesale write (seeding, an import) made. Versions after it were made by
 * curators' changes alone, each one audit-log entry, so a reader holding the graph at a later
 * version can catch up from the log instead of reading everything again (`changesSince`).
 */
export const WHOLESALE_VERSION_KEY = 'graph_wholesale_version';

/**
 * Counts one more change of the graph's content, in the caller's transaction. `wholesale`: the
 * change is not one audit-log entry (seeding, an import), and readers must read the graph afresh.
 */
export async function bumpGraphVersion(db: Kysely<Database>, options: { wholesale: boolean }): Promise<void> {
  await db
    .insertInto('metadata')
    .values({ key: GRAPH_VERSION_KEY, value: '1' })
    .onConflict((oc) =>
      oc
        .column('key')
        .doUpdateSet({ value: sql<string>`cast(cast(metadata.value as integer) + 1 as text)`, updated_at: sql<string>`CURRENT_TIMESTAMP` }),
    )
    .execute();
  if (!options.wholesale) return;
  const { value } = await db.selectFrom('metadata').select('value').where('key', '=', GRAPH_VERSION_KEY).executeTakeFirstOrThrow();
  await db
    .insertInto('metadata')
    .values({ key: WHOLESALE_VERSION_KEY, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: sql<string>`CURRENT_TIMESTAMP` }))
    .execute();
}
