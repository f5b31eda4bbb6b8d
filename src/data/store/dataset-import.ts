/**
 * Import of one version of a structured dataset (ESCO) in one transaction: its records are added
 * and updated through the bulk import path (`graph-transfer.ts`, which drops and rebuilds the walk
 * indexes for large imports), owned by the import (origin `api`, so that seeding leaves them alone);
 * then every entity of the dataset the package no longer has, or marks obsolete, is deprecated
 * (never deleted), and every relationship of the dataset the package no longer has between two
 * entities it does have is removed. Deprecations and removals are recorded in the audit log under
 * the import's name: a curator sees what the import did, and seeding does not put a removed
 * relationship of the shipped slice back. Nothing is written when anything is refused, nor on a dry run.
 */
import type { Insertable, Kysely, Transaction } from 'kysely';
import type { Actor } from '../curation.js';
import type { Graph } from '../model.js';
import { EXPORT_FORMAT, type GraphExport } from '../transfer.js';
import { chunks } from './chunks.js';
import { apply, DryRun } from './graph-transfer.js';
import { bumpGraphVersion } from './graph-version.js';
import { toEdge, toNode } from './rows.js';
import type { Database } from './tables.js';

export interface DatasetImport {
  /** The records of the dataset as this version has them (all IMPORTED from its Source), and its Sources. */
  graph: Graph;
  /** A stored record belongs to the dataset when its IMPORTED provenance cites a Source whose id starts so (`Source:esco-v`: every version). */
  sourceIdPrefix: string;
  /** The ids every entity of the package has, imported or not (`--slice`): none of them is deprecated as gone. */
  packageIds: ReadonlySet<string>;
  /** The ids of the entities the package marks obsolete: deprecated (and imported so, when new). */
  obsoleteIds: ReadonlySet<string>;
  /** Who the audit log names for deprecations and removals. */
  actor: Actor;
  dryRun: boolean;
}

export interface DatasetImportSummary {
  nodesAdded: number;
  nodesUpdated: number;
  nodesUnchanged: number;
  /** Entities of the dataset deprecated now: the package no longer has them, or marks them obsolete. */
  nodesDeprecated: number;
  edgesAdded: number;
  edgesUpdated: number;
  edgesUnchanged: number;
  /** Relationships of the dataset removed: the package no longer has them, though it has both their ends. */
  edgesRemoved: number;
  dryRun: boolean;
}

/** Ids per `in (…)` list: far below every dialect's bound-parameter limit. */
const IDS_PER_STATEMENT = 500;

export async function importDataset(db: Kysely<Database>, dataset: DatasetImport): Promise<DatasetImportSummary> {
  try {
    return await db.transaction().execute(async (trx) => {
      const summary = await applyDataset(trx, dataset);
      if (dataset.dryRun) throw new DryRun(summary);
      return summary;
    });
  } catch (error) {
    if (error instanceof DryRun) return error.summary as DatasetImportSummary;
    throw error;
  }
}

async function applyDataset(trx: Transaction<Database>, dataset: DatasetImport): Promise<DatasetImportSummary> {
  const now = new Date().toISOString();
  const { graph, obsoleteIds } = dataset;
  // An obsolete entity keeps the moment it was first deprecated (so a second import changes nothing).
  const deprecatedAlready = new Map<string, string | null>();
  for (const ids of chunks([...obsoleteIds], IDS_PER_STATEMENT)) {
    const rows = await trx.selectFrom('nodes').select(['id', 'deprecated_at']).where('id', 'in', ids).execute();
    for (const row of rows) deprecatedAlready.set(row.id, row.deprecated_at);
  }
  // Version 1 asks for no change of version: the import moves a changed record's version on, and leaves an unchanged one's.
  const records: GraphExport = {
    format: EXPORT_FORMAT,
    nodes: graph.nodes.map((node) => ({
      ...node,
      version: 1,
      deprecatedAt: obsoleteIds.has(node.id) ? (deprecatedAlready.get(node.id) ?? now) : null,
      replacedById: null,
      origin: 'api',
    })),
    edges: graph.edges.map((edge) => ({ ...edge, version: 1, origin: 'api' })),
  };
  const written = await apply(trx, records, false);
  const summary: DatasetImportSummary = {
    nodesAdded: written.nodesAdded,
    nodesUpdated: written.nodesUpdated,
    nodesUnchanged: written.nodesUnchanged,
    nodesDeprecated: 0,
    edgesAdded: written.edgesAdded,
    edgesUpdated: written.edgesUpdated,
    edgesUnchanged: written.edgesUnchanged,
    edgesRemoved: 0,
    dryRun: dataset.dryRun,
  };
  const changes: Insertable<Database['changes']>[] = [];
  const record = (action: 'DEPRECATE_ENTITY' | 'UNLINK', subjectId: string, before: unknown, after: unknown) =>
    changes.push({
      at: now,
      actor_key_id: dataset.actor.keyId,
      actor_label: dataset.actor.label,
      action,
      subject_id: subjectId,
      before: JSON.stringify(before),
      after: after === null ? null : JSON.stringify(after),
    });
  const ofDataset = { kind: 'IMPORTED', prefix: `${dataset.sourceIdPrefix}%` };

  // Entities of the dataset the package no longer has: deprecated, and owned by the import from now on.
  const gone = (
    await trx
      .selectFrom('nodes')
      .selectAll()
      .where('provenance_kind', '=', ofDataset.kind)
      .where('source_id', 'like', ofDataset.prefix)
      .where('deprecated_at', 'is', null)
      .execute()
  ).filter((row) => !dataset.packageIds.has(row.id));
  for (const row of gone) {
    const version = Number(row.version) + 1;
    await trx.updateTable('nodes').set({ deprecated_at: now, version, origin: 'api' }).where('id', '=', row.id).execute();
    record('DEPRECATE_ENTITY', row.id, toNode(row), toNode({ ...row, deprecated_at: now, version }));
  }
  const obsoleteNow = graph.nodes.filter((node) => obsoleteIds.has(node.id) && !deprecatedAlready.get(node.id)).length;
  summary.nodesDeprecated = gone.length + obsoleteNow;

  // Relationships of the dataset between two entities this import has, which it no longer has: removed.
  const importedNodes = new Set(graph.nodes.map((node) => node.id));
  const importedEdges = new Set(graph.edges.map((edge) => edge.id));
  const stale = (
    await trx
      .selectFrom('edges')
      .selectAll()
      .where('provenance_kind', '=', ofDataset.kind)
      .where('source_id', 'like', ofDataset.prefix)
      .execute()
  ).filter((row) => !importedEdges.has(row.id) && importedNodes.has(row.from_id) && importedNodes.has(row.to_id));
  for (const rows of chunks(stale, IDS_PER_STATEMENT))
    await trx
      .deleteFrom('edges')
      .where(
        'id',
        'in',
        rows.map((row) => row.id),
      )
      .execute();
  for (const row of stale) record('UNLINK', row.id, toEdge(row), null);
  summary.edgesRemoved = stale.length;
  for (const rows of chunks(changes, 100)) await trx.insertInto('changes').values(rows).execute();
  if (summary.nodesDeprecated + summary.edgesRemoved > 0) await bumpGraphVersion(trx, { wholesale: true });
  return summary;
}
