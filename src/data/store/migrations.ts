/**
 * Versioned schema migrations, written with Kysely's schema builder so the same migrations serve
 * every store dialect. Never edit a released migration: add a new one.
 */
import { type Kysely, type Migration, type MigrationProvider, PostgresAdapter, sql } from 'kysely';

/** The few places the dialects differ (kept here, inside the store folder). */
export const isPostgres = (db: { getExecutor(): { adapter: unknown } }) => db.getExecutor().adapter instanceof PostgresAdapter;

/**
 * The indexes multi-step walks use, from either end of an edge. A large import drops and rebuilds
 * them (building an index from the finished table is much faster than keeping it up row by row).
 */
export const EDGE_WALK_INDEXES = [
  { name: 'edges_from', columns: ['from_id', 'relation', 'position'] },
  { name: 'edges_to', columns: ['to_id', 'relation'] },
] as const;

export const migrations: Record<string, Migration> = {
  '2026-11-27-001-graph': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('nodes')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('slug', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull())
        .addColumn('attributes', 'text', (c) => c.notNull().defaultTo('{}'))
        .addColumn('provenance_kind', 'text', (c) => c.notNull().check(sql`provenance_kind in ('STATED', 'CURATED')`))
        .addColumn('quote', 'text')
        .addColumn('section', 'text')
        .addColumn('rationale', 'text')
        .addColumn('source_id', 'text', (c) => c.references('nodes.id'))
        .addUniqueConstraint('nodes_kind_slug_unique', ['kind', 'slug'])
        .execute();
      await db.schema.createIndex('nodes_kind_name').on('nodes').columns(['kind', 'name']).execute();

      await db.schema
        .createTable('edges')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('relation', 'text', (c) => c.notNull())
        .addColumn('from_id', 'text', (c) => c.notNull().references('nodes.id'))
        .addColumn('to_id', 'text', (c) => c.notNull().references('nodes.id'))
        .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('statement', 'text')
        .addColumn('provenance_kind', 'text', (c) => c.notNull().check(sql`provenance_kind in ('STATED', 'CURATED')`))
        .addColumn('quote', 'text')
        .addColumn('section', 'text')
        .addColumn('rationale', 'text')
        .addColumn('source_id', 'text', (c) => c.references('nodes.id'))
        .addUniqueConstraint('edges_relation_from_to_unique', ['relation', 'from_id', 'to_id'])
        .execute();
      // Both directions are indexed: walks go out from `from_id` and back from `to_id`.
      for (const index of EDGE_WALK_INDEXES)
        await db.schema
          .createIndex(index.name)
          .on('edges')
          .columns([...index.columns])
          .execute();

      await db.schema
        .createTable('metadata')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(sql`CURRENT_TIMESTAMP`))
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('metadata').execute();
      await db.schema.dropTable('edges').execute();
      await db.schema.dropTable('nodes').execute();
    },
  },
};

migrations['2026-11-27-002-origin'] = {
  // Which records the curated content owns: seeding keeps those equal to the content and leaves
  // records of any other origin (curators' changes through the API) alone.
  async up(db: Kysely<unknown>) {
    for (const table of ['nodes', 'edges']) {
      await db.schema
        .alterTable(table)
        .addColumn('origin', 'text', (c) => c.notNull().defaultTo('content'))
        .execute();
    }
  },
  async down(db: Kysely<unknown>) {
    for (const table of ['nodes', 'edges']) await db.schema.alterTable(table).dropColumn('origin').execute();
  },
};

migrations['2026-11-28-003-curation'] = {
  // Curation through the API: optimistic concurrency (versions), deprecation instead of deletion,
  // API keys (only their hashes) and the audit log of every change.
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('nodes')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema.alterTable('nodes').addColumn('deprecated_at', 'text').execute();
    await db.schema
      .alterTable('nodes')
      .addColumn('replaced_by', 'text', (c) => c.references('nodes.id'))
      .execute();
    await db.schema
      .alterTable('edges')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema
      .createTable('api_keys')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('label', 'text', (c) => c.notNull())
      .addColumn('scope', 'text', (c) => c.notNull().check(sql`scope in ('read', 'edit', 'admin')`))
      .addColumn('secret_hash', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('revoked_at', 'text')
      .execute();
    await db.schema
      .createTable('changes')
      .addColumn('id', isPostgres(db) ? 'serial' : 'integer', (c) => (isPostgres(db) ? c.primaryKey() : c.primaryKey().autoIncrement()))
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('actor_key_id', 'text', (c) => c.notNull())
      .addColumn('actor_label', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('subject_id', 'text', (c) => c.notNull())
      .addColumn('before', 'text')
      .addColumn('after', 'text')
      .execute();
    await db.schema.createIndex('changes_subject').on('changes').columns(['subject_id', 'id']).execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('changes').execute();
    await db.schema.dropTable('api_keys').execute();
    await db.schema.alterTable('edges').dropColumn('version').execute();
    for (const column of ['replaced_by', 'deprecated_at', 'version']) await db.schema.alterTable('nodes').dropColumn(column).execute();
  },
};

migrations['2026-11-28-004-content-rows'] = {
  // Seeding reads the rows the content owns at every start; on a large graph a scan for them costs
  // most of the start-up. A partial index holds just those rows (curators' and imported ones stay out).
  async up(db: Kysely<unknown>) {
    for (const table of ['nodes', 'edges']) {
      await db.schema.createIndex(`${table}_content`).on(table).column('origin').where(sql.ref('origin'), '=', 'content').execute();
    }
  },
  async down(db: Kysely<unknown>) {
    for (const table of ['nodes', 'edges']) await db.schema.dropIndex(`${table}_content`).execute();
  },
};

migrations['2026-12-03-005-edge-qualifier'] = {
  // How an edge's `from` entity relates to its `to` entity, in the source's wording (a role MUST_UNDERSTAND a technical area).
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('edges').addColumn('qualifier', 'text').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('edges').dropColumn('qualifier').execute();
  },
};

/** The provenance-kind check of migration 001, and the one that replaces it (IMPORTED added). */
const TWO_KINDS_CHECK = "provenance_kind in ('STATED', 'CURATED')";
const THREE_KINDS_CHECK = "provenance_kind in ('STATED', 'CURATED', 'IMPORTED')";

migrations['2026-12-03-006-imported-provenance'] = {
  // A third provenance kind: a record of a structured dataset (ESCO), named by the dataset's Source
  // and the record's URI (`record`), never a quote. The check constraint of migration 001 allows two
  // kinds; PostgreSQL drops and re-adds it; SQLite cannot alter a check, so each table is rebuilt
  // from its own definition with the new check (SQLite's documented procedure: foreign keys off,
  // one transaction, indexes re-created from their own definitions, foreign keys checked at the end).
  async up(db: Kysely<unknown>) {
    for (const table of ['nodes', 'edges']) {
      await db.schema.alterTable(table).addColumn('record', 'text').execute();
    }
    if (isPostgres(db)) {
      for (const table of ['nodes', 'edges']) {
        await sql`alter table ${sql.table(table)} drop constraint ${sql.ref(`${table}_provenance_kind_check`)}`.execute(db);
        await sql`alter table ${sql.table(table)} add constraint ${sql.ref(`${table}_provenance_kind_check`)} check (${sql.raw(THREE_KINDS_CHECK)})`.execute(
          db,
        );
      }
      return;
    }
    await sql`pragma foreign_keys = off`.execute(db);
    try {
      await db.transaction().execute(async (trx) => {
        for (const table of ['nodes', 'edges']) {
          const definition = await sql<{ sql: string }>`select sql from sqlite_master where type = 'table' and name = ${table}`.execute(
            trx,
          );
          const indexes = await sql<{
            sql: string;
          }>`select sql from sqlite_master where type = 'index' and tbl_name = ${table} and sql is not null`.execute(trx);
          const original = definition.rows[0]!.sql;
          if (!original.includes(TWO_KINDS_CHECK))
            throw new Error(`Migration 006: the ${table} table has no provenance-kind check to replace`);
          const rebuilt = original
            .replace(TWO_KINDS_CHECK, THREE_KINDS_CHECK)
            .replace(/^create table "?(\w+)"?/i, `create table "${table}_rebuilt"`);
          await sql.raw(rebuilt).execute(trx);
          await sql.raw(`insert into "${table}_rebuilt" select * from "${table}"`).execute(trx);
          await sql.raw(`drop table "${table}"`).execute(trx);
          await sql.raw(`alter table "${table}_rebuilt" rename to "${table}"`).execute(trx);
          for (const index of indexes.rows) await sql.raw(index.sql).execute(trx);
        }
        const broken = await sql`pragma foreign_key_check`.execute(trx);
        if (broken.rows.length > 0) throw new Error(`Migration 006: ${broken.rows.length} foreign keys broken by the rebuild`);
      });
    } finally {
      await sql`pragma foreign_keys = on`.execute(db);
    }
  },
  async down(db: Kysely<unknown>) {
    for (const table of ['nodes', 'edges']) await db.schema.alterTable(table).dropColumn('record').execute();
  },
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
