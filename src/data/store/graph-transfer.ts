/**
 * Export and import of the whole graph in SQL. Import validates the file against the model's rules
 * and against the store's records first, then applies it in one transaction: records it lacks are
 * added, records that differ are made as the file says (their versions moving forward); nothing is
 * ever deleted, so importing is idempotent and loses nothing.
 */
import type { Insertable, Kysely, Transaction } from 'kysely';
import type { EntityKind, NodeRecord } from '../model.js';
import {
  checkImportAgainstStore,
  checkImportQuotes,
  EXPORT_FORMAT,
  type ExportedEdge,
  type ExportedNode,
  type GraphExport,
  type ImportSummary,
  type Origin,
  validateGraphExport,
} from '../transfer.js';
import { chunks } from './chunks.js';
import { CompiledQueries } from './compiled-queries.js';
import { bumpGraphVersion } from './graph-version.js';
import { EDGE_WALK_INDEXES } from './migrations.js';
import { fromEdge, fromNode, toEdge, toNode } from './rows.js';
import type { Database } from './tables.js';

/**
 * From this many new relationships on, an import drops the walk indexes and builds them again at
 * the end, in the same transaction (readers keep seeing the graph as it was until it commits).
 */
const REBUILD_INDEXES_FROM = 20_000;

/** Rows per INSERT statement: about 15 columns each stays far below every dialect's bound-parameter limit. */
const ROWS_PER_INSERT = 500;

export async function exportGraph(db: Kysely<Database>): Promise<GraphExport> {
  const [nodes, edges] = await Promise.all([db.selectFrom('nodes').selectAll().execute(), db.selectFrom('edges').selectAll().execute()]);
  return {
    format: EXPORT_FORMAT,
    nodes: nodes.map((row) => ({ ...toNode(row), origin: row.origin as Origin })),
    edges: edges.map((row) => ({ ...toEdge(row), origin: row.origin as Origin })),
  };
}

/** Thrown inside the transaction to undo a dry run. */
export class DryRun<Summary = ImportSummary> extends Error {
  constructor(readonly summary: Summary) {
    super('dry run');
  }
}

/**
 * Applies an export (validated here again, whoever calls: the store never takes a record the model
 * refuses), or refuses it whole with an ImportError naming the record and field, writing nothing.
 */
export async function importGraph(db: Kysely<Database>, graph: GraphExport, options: { dryRun: boolean }): Promise<ImportSummary> {
  const valid = validateGraphExport(graph);
  try {
    return await db.transaction().execute(async (trx) => {
      const summary = await apply(trx, valid, options.dryRun);
      if (options.dryRun) throw new DryRun(summary);
      return summary;
    });
  } catch (error) {
    if (error instanceof DryRun) return error.summary as ImportSummary;
    throw error;
  }
}

/**
 * Adds and updates the export's records inside the caller's transaction (validated already): the
 * body of `importGraph`, also the first step of a dataset import (`dataset-import.ts`).
 */
export async function apply(trx: Transaction<Database>, graph: GraphExport, dryRun: boolean): Promise<ImportSummary> {
  const existingNodes = new Map((await trx.selectFrom('nodes').selectAll().execute()).map((row) => [row.id, row]));
  const existingEdges = new Map((await trx.selectFrom('edges').selectAll().execute()).map((row) => [row.id, row]));
  checkImportAgainstStore(graph, {
    nodes: new Map(
      [...existingNodes].map(([id, row]) => [
        id,
        { kind: row.kind as EntityKind, slug: row.slug, replacedById: row.replaced_by, origin: row.origin },
      ]),
    ),
    edgeOrigins: new Map([...existingEdges].map(([id, row]) => [id, row.origin])),
  });
  // Every STATED quote must stand in its source (the file's or the store's) before anything is written.
  const storedSources = new Map<string, NodeRecord>();
  await checkImportQuotes(graph, {
    source: (id) => {
      const row = existingNodes.get(id);
      if (!row) return undefined;
      if (!storedSources.has(id)) storedSources.set(id, toNode(row));
      return storedSources.get(id);
    },
    citing: (sourceId) =>
      [...existingNodes.values(), ...existingEdges.values()]
        .filter((row) => row.provenance_kind === 'STATED' && row.source_id === sourceId)
        .map((row) => ({
          id: row.id,
          provenance: { kind: 'STATED', quote: row.quote, section: row.section, rationale: null, sourceId: row.source_id },
        })),
  });

  const nodeRow = (node: ExportedNode) => ({
    ...fromNode(node),
    origin: node.origin,
    deprecated_at: node.deprecatedAt,
    replaced_by: node.replacedById,
  });
  const edgeRow = (edge: ExportedEdge) => ({ ...fromEdge(edge), origin: edge.origin });
  const differs = (wanted: Record<string, unknown>, current: Record<string, unknown>) =>
    Object.entries(wanted).some(([column, value]) => current[column] !== value);
  // Versions only move forward: a client holding a version read before the import must not find it
  // current again after the record changed (optimistic concurrency would let its stale write through).
  const versionAfter = (wanted: number, current: number, changed: boolean) =>
    changed ? Math.max(wanted, current + 1) : Math.max(wanted, current);

  const summary: ImportSummary = {
    nodesAdded: 0,
    nodesUpdated: 0,
    nodesUnchanged: 0,
    edgesAdded: 0,
    edgesUpdated: 0,
    edgesUnchanged: 0,
    dryRun,
  };
  // Sources first (others cite them); replacements are set once every node exists.
  const nodes = [...graph.nodes].sort((a, b) => Number(b.kind === 'Source') - Number(a.kind === 'Source'));
  const addedNodes: (ReturnType<typeof nodeRow> & { version: number })[] = [];
  const updatedNodes: (ReturnType<typeof nodeRow> & { version: number })[] = [];
  for (const node of nodes) {
    const row = nodeRow(node);
    const current = existingNodes.get(node.id);
    if (!current) {
      addedNodes.push({ ...row, replaced_by: null, version: node.version });
      summary.nodesAdded++;
      continue;
    }
    const version = versionAfter(node.version, Number(current.version), differs(row, current));
    if (version !== Number(current.version)) {
      updatedNodes.push({ ...row, version });
      summary.nodesUpdated++;
    } else {
      summary.nodesUnchanged++;
    }
  }
  // New sources go in first: updated records may cite them (a new version of a dataset).
  await insertRows(
    trx,
    'nodes',
    addedNodes.filter((row) => row.kind === 'Source'),
  );
  // Entities that trade slugs (a → b while b → a) would meet the unique (kind, slug) key half-way:
  // each first takes its id as its slug (ids are unique and, holding a colon, never a slug).
  const renamed = updatedNodes.filter((row) => row.slug !== existingNodes.get(row.id)!.slug);
  for (const row of renamed) await trx.updateTable('nodes').set({ slug: row.id }).where('id', '=', row.id).execute();
  for (const row of updatedNodes)
    await trx
      .updateTable('nodes')
      .set({ ...row, replaced_by: null })
      .where('id', '=', row.id)
      .execute();
  await insertRows(
    trx,
    'nodes',
    addedNodes.filter((row) => row.kind !== 'Source'),
  );
  const written = new Set([...addedNodes, ...updatedNodes].map((row) => row.id));
  for (const node of nodes) {
    if (node.replacedById !== null && written.has(node.id))
      await trx.updateTable('nodes').set({ replaced_by: node.replacedById }).where('id', '=', node.id).execute();
  }
  const addedEdges: (ReturnType<typeof edgeRow> & { version: number })[] = [];
  for (const edge of graph.edges) {
    const row = edgeRow(edge);
    const current = existingEdges.get(edge.id);
    if (!current) {
      addedEdges.push({ ...row, version: edge.version });
      summary.edgesAdded++;
      continue;
    }
    const version = versionAfter(edge.version, Number(current.version), differs(row, current));
    if (version !== Number(current.version)) {
      await trx
        .updateTable('edges')
        .set({ ...row, version })
        .where('id', '=', edge.id)
        .execute();
      summary.edgesUpdated++;
    } else {
      summary.edgesUnchanged++;
    }
  }
  // In id order: the primary key and the (relation, from, to) key, which orders the same way, then
  // grow at their ends instead of splitting pages all over — several times faster on a large import.
  // (The engine's own string sort, without a comparator called from JavaScript, is several times faster.)
  const addedById = new Map(addedEdges.map((row) => [row.id, row]));
  const inIdOrder = [...addedById.keys()].sort().map((id) => addedById.get(id)!);
  const rebuildIndexes = inIdOrder.length >= REBUILD_INDEXES_FROM;
  if (rebuildIndexes) for (const index of EDGE_WALK_INDEXES) await trx.schema.dropIndex(index.name).execute();
  await insertRows(trx, 'edges', inIdOrder);
  if (rebuildIndexes)
    for (const index of EDGE_WALK_INDEXES)
      await trx.schema
        .createIndex(index.name)
        .on('edges')
        .columns([...index.columns])
        .execute();
  if (summary.nodesAdded + summary.nodesUpdated + summary.edgesAdded + summary.edgesUpdated > 0) {
    await bumpGraphVersion(trx, { wholesale: true });
  }
  return summary;
}

/**
 * Inserts rows in statements of ROWS_PER_INSERT. Every full chunk has the same SQL, so it is
 * compiled once and then run with each chunk's values (compiling 500 rows costs more than inserting
 * them; see `compiled-queries.ts`).
 */
async function insertRows<Table extends 'nodes' | 'edges'>(
  trx: Transaction<Database>,
  table: Table,
  rows: readonly Insertable<Database[Table]>[],
): Promise<void> {
  const compiled = new CompiledQueries();
  for (const chunk of chunks(rows, ROWS_PER_INSERT)) {
    const query = () =>
      // biome-ignore lint/suspicious/noExplicitAny: the table is chosen at run time; Kysely types one table at a time
      (trx as Kysely<any>)
        .insertInto(table)
        .values(chunk as never)
        .compile();
    const columns = Object.keys(chunk[0]!);
    const sameShape = (row: object) => Object.keys(row).length === columns.length && columns.every((column) => column in row);
    if (!chunk.every(sameShape)) {
      await trx.executeQuery(query()); // rows of different shapes: let Kysely line them up
      continue;
    }
    const values: unknown[] = [];
    for (const row of chunk) for (const column of columns) values.push((row as Record<string, unknown>)[column]);
    await trx.executeQuery(compiled.for(`${chunk.length}:${columns.join()}`, values, query));
  }
}
