/**
 * The `Store` implemented once over Kysely, in SQL every supported dialect accepts; the dialect
 * modules (`sqlite.ts`, `postgres.ts`) only open the connection. A read runs one statement (more
 * only when a very long id list is split into chunks, or a page past the end has to count the
 * list); each write runs in one transaction: seeding, a curation change with its version check and
 * audit entry (`curation-queries.ts`), an import (`graph-transfer.ts`).
 *
 * The service does not read the graph through these reads: `openKnowledgeGraph` puts the read model
 * (`read-model/`) in front, which loads the graph once (`graphRecords`), catches up with changes
 * (`changesSince`) and asks only for the version per request. These reads remain the reference
 * the model is tested against, and serve any caller of a bare store.
 */
import { type CompiledQuery, type Kysely, Migrator, type RawBuilder, type Selectable, sql } from 'kysely';
import type { Actor, ApiKeyRecord, Change, ChangeOutcome, ChangePageQuery, ChangeRecord, Scope } from '../curation.js';
import type { EdgeRecord, Graph, NodeRecord } from '../model.js';
import type { GraphExport, ImportSummary } from '../transfer.js';
import { chunks, inChunks } from './chunks.js';
import { isUniqueViolation } from './constraint-errors.js';
import * as curation from './curation-queries.js';
import { type DatasetImport, type DatasetImportSummary, importDataset } from './dataset-import.js';
import * as transfer from './graph-transfer.js';
import { bumpGraphVersion, GRAPH_VERSION_KEY, WHOLESALE_VERSION_KEY } from './graph-version.js';
import { migrationProvider } from './migrations.js';
import { fromEdge, fromNode, StoreSchemaError, toEdge, toNode } from './rows.js';
import type {
  EdgePageQuery,
  GraphRecords,
  NodeOrder,
  NodePageQuery,
  Page,
  ReachableFrom,
  SeedResult,
  Store,
  TraversalRow,
  TraversalStep,
} from './store.js';
import type { Database, EdgesTable, NodesTable } from './tables.js';

const PROVENANCE_COLUMNS = ['provenance_kind', 'quote', 'section', 'rationale', 'source_id', 'record'] as const;
const NODE_COLUMNS = [
  'id',
  'kind',
  'slug',
  'name',
  'description',
  'attributes',
  ...PROVENANCE_COLUMNS,
  'version',
  'deprecated_at',
  'replaced_by',
] as const;
const EDGE_COLUMNS = [
  'id',
  'relation',
  'from_id',
  'to_id',
  'position',
  'statement',
  'qualifier',
  ...PROVENANCE_COLUMNS,
  'version',
] as const;

const DEFAULT_ORDER: NodeOrder = { field: 'name', direction: 'asc' };

/** Rows are written in chunks so no statement exceeds a dialect's bound-parameter limit. */
const INSERT_CHUNK = 200;

/** Rows the curated content owns; seeding keeps them equal to the content and touches nothing else. */
const CONTENT_ORIGIN = 'content';

export { StoreSchemaError };

export class KyselyStore implements Store {
  /**
   * The one query every request runs (the read model answers the graph's reads: `read-model/`),
   * compiled once rather than built per call.
   */
  private readonly versionQuery: CompiledQuery<{ value: string }>;

  constructor(private readonly db: Kysely<Database>) {
    this.versionQuery = db.selectFrom('metadata').select('value').where('key', '=', GRAPH_VERSION_KEY).compile();
  }

  /**
   * Brings the schema up to date; fails with the migration's error if one fails. Processes
   * starting together on one new database race to migrate it: the losers' attempts fail and are
   * retried, by which time the winner's migrations are recorded.
   */
  async migrate(): Promise<void> {
    await retryIdempotent(async () => {
      const migrator = new Migrator({ db: this.db, provider: migrationProvider });
      const { error, results } = await migrator.migrateToLatest();
      if (error) {
        const failed = results?.find((r) => r.status === 'Error')?.migrationName;
        const reason = error instanceof Error ? error.message : String(error);
        throw new StoreSchemaError(failed ? `Migration ${failed} failed: ${reason}` : `The store cannot be reached or migrated: ${reason}`);
      }
    });
  }

  async nodesByIds(ids: readonly string[]): Promise<NodeRecord[]> {
    const rows = await inChunks(ids, (chunk) => this.db.selectFrom('nodes').selectAll().where('id', 'in', chunk).execute());
    return rows.map(toNode);
  }

  async nodesBySlugs(kind: NodeRecord['kind'], slugs: readonly string[]): Promise<NodeRecord[]> {
    const rows = await inChunks(slugs, (chunk) =>
      this.db.selectFrom('nodes').selectAll().where('kind', '=', kind).where('slug', 'in', chunk).execute(),
    );
    return rows.map(toNode);
  }

  async listNodes({ kinds, limit, offset, filter = {}, order = DEFAULT_ORDER }: NodePageQuery): Promise<Page<NodeRecord>> {
    if (kinds.length === 0) return { items: [], totalCount: 0 };
    let matching = this.db.selectFrom('nodes').where('kind', 'in', [...kinds]);
    if (filter.nameContains) {
      const pattern = `%${escapeLike(filter.nameContains.toLowerCase())}%`;
      matching = matching.where(sql<boolean>`lower(name) like ${pattern} escape ${LIKE_ESCAPE}`);
    }
    if (filter.provenanceKind) matching = matching.where('provenance_kind', '=', filter.provenanceKind);
    if (!filter.includeDeprecated) matching = matching.where('deprecated_at', 'is', null);
    for (const condition of filter.reachableFrom ?? []) matching = matching.where('id', 'in', reachableIds(condition));
    const rows = await matching
      .selectAll()
      .select(sql<number>`count(*) over ()`.as('total_count'))
      .orderBy(order.field, order.direction)
      .orderBy('name')
      .orderBy('id')
      .limit(limit)
      .offset(offset)
      .execute();
    const totalCount = await pageTotal(rows, offset, () =>
      matching.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
    );
    return { items: rows.map(toNode), totalCount };
  }

  async listEdges({ relation, withWords, provenanceKind, limit, offset }: EdgePageQuery): Promise<Page<EdgeRecord>> {
    let matching = this.db.selectFrom('edges');
    if (relation) matching = matching.where('relation', '=', relation);
    if (provenanceKind) matching = matching.where('provenance_kind', '=', provenanceKind);
    if (withWords) matching = matching.where((eb) => eb.or([eb('statement', 'is not', null), eb('quote', 'is not', null)]));
    const rows = await matching
      .selectAll()
      .select(sql<number>`count(*) over ()`.as('total_count'))
      .orderBy('relation')
      .orderBy('from_id')
      .orderBy('position')
      .orderBy('id')
      .limit(limit)
      .offset(offset)
      .execute();
    const totalCount = await pageTotal(rows, offset, () =>
      matching.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
    );
    return { items: rows.map(toEdge), totalCount };
  }

  async traverse(startIds: readonly string[], steps: readonly TraversalStep[]): Promise<TraversalRow[]> {
    if (steps.length === 0) return [];
    return inChunks(startIds, (chunk) => this.traverseFrom(chunk, steps));
  }

  private async traverseFrom(startIds: string[], steps: readonly TraversalStep[]): Promise<TraversalRow[]> {
    const hops = steps.map((_, i) => `h${i}`);
    const columns = [
      sql`${sql.ref(`${hops[0]}.${near(steps[0]!)}`)} as start_id`,
      ...hops.flatMap((hop) => EDGE_COLUMNS.map((c) => sql`${sql.ref(`${hop}.${c}`)} as ${sql.ref(`${hop}_${c}`)}`)),
      ...NODE_COLUMNS.map((c) => sql`${sql.ref(`n.${c}`)} as ${sql.ref(`n_${c}`)}`),
    ];
    // Forward hops keep the source's order (positions); backward hops have none, so name decides.
    const positions = steps.flatMap((step, i) => (step.direction === 'out' ? [sql.ref(`h${i}.position`)] : []));
    const order = [...positions, sql.ref('n.name'), sql.ref('n.id')];
    const { rows } = await sql<Record<string, unknown>>`
      select ${sql.join(columns)}
      ${walk(steps)} cross join nodes n
      where ${walkConditions(steps, startIds)} and ${sql.ref('n.id')} = ${sql.ref(`${hops.at(-1)}.${far(steps.at(-1)!)}`)}
      order by ${sql.join(order)}`.execute(this.db);
    return rows.map((row) => ({
      startId: String(row.start_id),
      node: toNode(columnsOf(row, 'n_', NODE_COLUMNS) as unknown as Selectable<NodesTable>),
      hops: hops.map((hop) => toEdge(columnsOf(row, `${hop}_`, EDGE_COLUMNS) as unknown as Selectable<EdgesTable>)),
    }));
  }

  async edgesTouching(nodeIds: readonly string[], options: { limit?: number } = {}): Promise<EdgeRecord[]> {
    const { limit } = options;
    const rows = await inChunks(nodeIds, (ids) => {
      const query = this.db
        .selectFrom('edges')
        .selectAll()
        .where((eb) => eb.or([eb('from_id', 'in', ids), eb('to_id', 'in', ids)]))
        .orderBy('relation')
        .orderBy('from_id')
        .orderBy('position')
        .orderBy('id');
      return limit === undefined ? query.execute() : query.limit(limit).execute();
    });
    // An edge between two chunks' nodes comes back twice.
    const edges = [...new Map(rows.map((row) => [row.id, toEdge(row)])).values()];
    return limit === undefined ? edges : edges.slice(0, limit);
  }

  async graphVersion(): Promise<string> {
    const [row] = (await this.db.executeQuery(this.versionQuery)).rows;
    return row?.value ?? '0';
  }

  async graphRecords(): Promise<GraphRecords> {
    // Repeatable read (PostgreSQL; a SQLite transaction always is): the statements see one moment.
    return this.db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute(async (trx) => {
        const version = await versionIn(trx, GRAPH_VERSION_KEY);
        const last = await trx.selectFrom('changes').select('id').orderBy('id', 'desc').limit(1).executeTakeFirst();
        const nodes = await trx.selectFrom('nodes').select(NODE_COLUMNS).execute();
        const edges = await trx.selectFrom('edges').select(EDGE_COLUMNS).execute();
        return {
          version: version ?? '0',
          lastChangeId: last ? Number(last.id) : null,
          nodes: nodes.map(toNode),
          edges: edges.map(toEdge),
        };
      });
  }

  async changesSince(version: string, lastChangeId: number | null): Promise<{ version: string; changes: ChangeRecord[] | null }> {
    return this.db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute(async (trx) => {
        const now = (await versionIn(trx, GRAPH_VERSION_KEY)) ?? '0';
        const wholesale = Number((await versionIn(trx, WHOLESALE_VERSION_KEY)) ?? '0');
        const moved = Number(now) - Number(version);
        // Each curator's change moves the version on by one and adds one entry; anything else, or a
        // wholesale write since, or an entry committed out of id order, makes the counts disagree.
        if (moved < 0 || moved > MAX_CHANGES_TO_APPLY || wholesale > Number(version)) return { version: now, changes: null };
        if (moved === 0) return { version: now, changes: [] };
        const changes = await curation.changesAfter(trx, lastChangeId ?? 0, moved + 1);
        return { version: now, changes: changes.length === moved ? changes : null };
      });
  }

  async seed(graph: Graph): Promise<SeedResult> {
    // Another process seeding the same new content at once makes the loser's inserts collide with
    // the winner's rows; the retry finds them there, content-owned, and leaves them be.
    return retryIdempotent(() => this.seedOnce(graph), isUniqueViolation);
  }

  private async seedOnce(graph: Graph): Promise<SeedResult> {
    return this.db.transaction().execute(async (trx) => {
      const content = new ContentRows(trx);
      const nodes = graph.nodes.map(fromNode).sort(SOURCE_FIRST);
      const edges = graph.edges.map(fromEdge);
      // Stale edges go before the stale nodes they may point at; new nodes before new edges.
      const edgesRemoved = await content.removeStaleEdges(edges);
      const nodeRemoval = await content.removeStaleNodes(nodes);
      const nodeChanges = await content.upsert('nodes', nodes, new Set());
      // A content edge one of whose ends the content could not have is left out with it.
      const edgeChanges = await content.upsert('edges', edges, nodeChanges.absent);
      const result: SeedResult = {
        nodesAdded: nodeChanges.added,
        nodesUpdated: nodeChanges.updated,
        nodesRemoved: nodeRemoval.removed,
        edgesAdded: edgeChanges.added,
        edgesUpdated: edgeChanges.updated,
        edgesRemoved,
        nodesLeftToCurators: nodeChanges.leftAlone,
        edgesLeftToCurators: edgeChanges.leftAlone,
        nodesKeptForCurators: nodeRemoval.kept,
      };
      if (
        result.nodesAdded + result.nodesUpdated + result.nodesRemoved + result.edgesAdded + result.edgesUpdated + result.edgesRemoved >
        0
      ) {
        await bumpGraphVersion(trx, { wholesale: true });
      }
      return result;
    });
  }

  applyChange(change: Change, actor: Actor): Promise<ChangeOutcome> {
    return curation.applyChange(this.db, change, actor);
  }

  listChanges(query: ChangePageQuery): Promise<Page<ChangeRecord>> {
    return curation.listChanges(this.db, query);
  }

  createApiKey(key: { id: string; label: string; scope: Scope; secretHash: string }): Promise<ApiKeyRecord> {
    return curation.insertApiKey(this.db, key);
  }

  revokeApiKey(id: string): Promise<boolean> {
    return curation.revokeApiKey(this.db, id);
  }

  apiKeyById(id: string): Promise<(ApiKeyRecord & { secretHash: string }) | null> {
    return curation.apiKeyById(this.db, id);
  }

  listApiKeys(): Promise<ApiKeyRecord[]> {
    return curation.listApiKeys(this.db);
  }

  exportGraph(): Promise<GraphExport> {
    return transfer.exportGraph(this.db);
  }

  importGraph(graph: GraphExport, options: { dryRun: boolean }): Promise<ImportSummary> {
    return transfer.importGraph(this.db, graph, options);
  }

  importDataset(dataset: DatasetImport): Promise<DatasetImportSummary> {
    return importDataset(this.db, dataset);
  }

  async counts(): Promise<{ nodes: Record<string, number>; edges: Record<string, number> }> {
    const [nodes, edges] = await Promise.all([
      this.db
        .selectFrom('nodes')
        .select(['kind', (eb) => eb.fn.countAll<number>().as('count')])
        .groupBy('kind')
        .execute(),
      this.db
        .selectFrom('edges')
        .select(['relation', (eb) => eb.fn.countAll<number>().as('count')])
        .groupBy('relation')
        .execute(),
    ]);
    return {
      nodes: Object.fromEntries(nodes.map((r) => [r.kind, Number(r.count)])),
      edges: Object.fromEntries(edges.map((r) => [r.relation, Number(r.count)])),
    };
  }

  async ping(): Promise<void> {
    await sql`select 1`.execute(this.db);
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}

/** Source nodes go in first: other rows' provenance refers to them. */
const SOURCE_FIRST = (a: NodesTable, b: NodesTable) => Number(b.kind === 'Source') - Number(a.kind === 'Source');

/**
 * The content-owned rows of the graph tables, for seeding: it keeps them equal to the content and
 * never touches rows of another origin. A record the content has is left alone where a curator or
 * an import has taken it over: its id (or a node's slug, an edge's ends) is held by a row of another
 * origin, or the audit log's last word on it is that a curator removed it. One implementation for
 * both tables, so it queries through an untyped handle (Kysely cannot type a table chosen at run time).
 */
class ContentRows {
  // biome-ignore lint/suspicious/noExplicitAny: the table is chosen at run time; Kysely types one table at a time
  private readonly db: Kysely<any>;

  constructor(trx: Kysely<Database>) {
    this.db = trx;
  }

  /** The content's rows (the literal lets the partial index `<table>_content` serve the query). */
  private async existing(table: 'nodes' | 'edges'): Promise<Map<string, Record<string, unknown>>> {
    const rows = (await this.db.selectFrom(table).selectAll().where('origin', '=', sql.lit(CONTENT_ORIGIN)).execute()) as Record<
      string,
      unknown
    >[];
    return new Map(rows.map((row) => [String(row['id']), row]));
  }

  /** Deletes the content edges whose ids `wanted` lacks; returns how many. */
  async removeStaleEdges(wanted: readonly { id: string }[]): Promise<number> {
    const wantedIds = new Set(wanted.map((row) => row.id));
    const stale = [...(await this.existing('edges')).keys()].filter((id) => !wantedIds.has(id));
    await inChunks(stale, async (ids) => {
      await this.db.deleteFrom('edges').where('id', 'in', ids).where('origin', '=', CONTENT_ORIGIN).execute();
      return [];
    });
    return stale.length;
  }

  /**
   * Deletes the content nodes whose ids `wanted` lacks, except those records staying in the store
   * still refer to (a curator's relationship, replacement or citation): those are kept until nothing
   * refers to them, rather than the curator's record losing its end.
   */
  async removeStaleNodes(wanted: readonly { id: string }[]): Promise<{ removed: number; kept: number }> {
    const wantedIds = new Set(wanted.map((row) => row.id));
    const stale = new Set([...(await this.existing('nodes')).keys()].filter((id) => !wantedIds.has(id)));
    let kept = 0;
    // A kept node may itself cite or be replaced by another stale node, which is then kept too.
    for (let referred = await this.referredTo(stale); referred.size > 0; referred = await this.referredTo(stale)) {
      for (const id of referred) stale.delete(id);
      kept += referred.size;
    }
    // Sources last: the others may cite them.
    const ids = [...stale].sort((a, b) => Number(a.startsWith('Source:')) - Number(b.startsWith('Source:')));
    // One going node may name another (in a later chunk) as its replacement (an import can set it).
    await inChunks(ids, async (chunk) => {
      await this.db.updateTable('nodes').set({ replaced_by: null }).where('id', 'in', chunk).execute();
      return [];
    });
    await inChunks(ids, async (chunk) => {
      await this.db.deleteFrom('nodes').where('id', 'in', chunk).where('origin', '=', CONTENT_ORIGIN).execute();
      return [];
    });
    return { removed: ids.length, kept };
  }

  /** Those of `ids` a row outside `ids` refers to (as an edge's end, a citation or a replacement). */
  private async referredTo(ids: ReadonlySet<string>): Promise<Set<string>> {
    const referred = new Set<string>();
    await inChunks([...ids], async (chunk) => {
      const edges = (await this.db
        .selectFrom('edges')
        .select(['from_id', 'to_id', 'source_id'])
        .where((eb) => eb.or([eb('from_id', 'in', chunk), eb('to_id', 'in', chunk), eb('source_id', 'in', chunk)]))
        .execute()) as { from_id: string; to_id: string; source_id: string | null }[];
      for (const edge of edges)
        for (const id of [edge.from_id, edge.to_id, edge.source_id]) if (id !== null && ids.has(id)) referred.add(id);
      const nodes = (await this.db
        .selectFrom('nodes')
        .select(['id', 'replaced_by', 'source_id'])
        .where((eb) => eb.or([eb('replaced_by', 'in', chunk), eb('source_id', 'in', chunk)]))
        .execute()) as { id: string; replaced_by: string | null; source_id: string | null }[];
      for (const node of nodes) {
        if (ids.has(node.id)) continue;
        for (const id of [node.replaced_by, node.source_id]) if (id !== null && ids.has(id)) referred.add(id);
      }
      return [];
    });
    return referred;
  }

  /**
   * Inserts the rows the table lacks (in the given order) and rewrites the content-owned rows that
   * differ, leaving alone the records a curator or an import has taken over and those referring to
   * a node in `absentEnds`. Returns the counts, and the wanted ids that are not in the store after it.
   */
  async upsert(
    table: 'nodes' | 'edges',
    wanted: readonly (NodesTable | EdgesTable)[],
    absentEnds: ReadonlySet<string>,
  ): Promise<{ added: number; updated: number; leftAlone: number; absent: Set<string> }> {
    const existing = await this.existing(table);
    const missing = wanted.filter((row) => !existing.has(row.id));
    const taken = await this.takenOver(table, missing);
    const absent = new Set<string>();
    const refersToAbsent = (row: NodesTable | EdgesTable) =>
      [row.source_id, ...('from_id' in row ? [row.from_id, row.to_id] : [])].some(
        (id) => id !== null && (absentEnds.has(id) || absent.has(id)),
      );
    let leftAlone = 0;
    const added: (NodesTable | EdgesTable)[] = [];
    for (const row of missing) {
      const owner = taken.get(row.id);
      if (owner !== undefined || refersToAbsent(row)) {
        leftAlone++;
        // A row holding this id stays; any other reason leaves the record out of the store.
        if (owner !== 'id') absent.add(row.id);
      } else {
        added.push(row);
      }
    }
    for (const chunk of chunks(added, INSERT_CHUNK)) {
      await this.db
        .insertInto(table)
        .values(chunk.map((row) => ({ ...row, origin: CONTENT_ORIGIN })))
        .execute();
    }
    const changed = wanted.filter((row) => {
      const current = existing.get(row.id);
      return current !== undefined && Object.entries(row).some(([column, value]) => current[column] !== value);
    });
    let updated = 0;
    for (const row of changed) {
      if (refersToAbsent(row) || (await this.slugHeldElsewhere(table, row, existing.get(row.id)!))) {
        leftAlone++;
        continue;
      }
      await this.db
        .updateTable(table)
        .set({ ...row, version: sql`version + 1` })
        .where('id', '=', row.id)
        .where('origin', '=', CONTENT_ORIGIN)
        .execute();
      updated++;
    }
    return { added: added.length, updated, leftAlone, absent };
  }

  /** Whether a content node's new slug is held by another node (a curator's, after a rename). */
  private async slugHeldElsewhere(
    table: 'nodes' | 'edges',
    row: NodesTable | EdgesTable,
    current: Record<string, unknown>,
  ): Promise<boolean> {
    if (table !== 'nodes' || !('slug' in row) || row.slug === current['slug']) return false;
    const holder = await this.db
      .selectFrom('nodes')
      .select('id')
      .where('kind', '=', row.kind)
      .where('slug', '=', row.slug)
      .where('id', '!=', row.id)
      .executeTakeFirst();
    return holder !== undefined;
  }

  /**
   * Which of the content records the store lacks as content-owned rows a curator or an import has
   * taken over: `id` where a row of another origin holds the id (it stays as they made it), `key`
   * where one holds the node's slug or the edge's ends under another id, `removed` where the audit
   * log's last change of the id removed it (a curator's removal is not undone behind their back).
   */
  private async takenOver(
    table: 'nodes' | 'edges',
    missing: readonly (NodesTable | EdgesTable)[],
  ): Promise<Map<string, 'id' | 'key' | 'removed'>> {
    const taken = new Map<string, 'id' | 'key' | 'removed'>();
    for (const chunk of chunks(missing, IDS_PER_LOOKUP)) {
      const ids = chunk.map((row) => row.id);
      const holders = (await this.db.selectFrom(table).select('id').where('id', 'in', ids).execute()) as { id: string }[];
      for (const holder of holders) taken.set(holder.id, 'id');
      if (table === 'nodes') {
        const nodes = chunk as NodesTable[];
        const sameSlug = (await this.db
          .selectFrom('nodes')
          .select(['kind', 'slug'])
          .where('slug', 'in', [...new Set(nodes.map((n) => n.slug))])
          .execute()) as { kind: string; slug: string }[];
        const held = new Set(sameSlug.map((n) => `${n.kind}:${n.slug}`));
        for (const node of nodes) if (!taken.has(node.id) && held.has(`${node.kind}:${node.slug}`)) taken.set(node.id, 'key');
      } else {
        const edges = chunk as EdgesTable[];
        const sameFrom = (await this.db
          .selectFrom('edges')
          .select(['relation', 'from_id', 'to_id'])
          .where('from_id', 'in', [...new Set(edges.map((e) => e.from_id))])
          .execute()) as { relation: string; from_id: string; to_id: string }[];
        const held = new Set(sameFrom.map((e) => `${e.relation} ${e.from_id} ${e.to_id}`));
        for (const edge of edges)
          if (!taken.has(edge.id) && held.has(`${edge.relation} ${edge.from_id} ${edge.to_id}`)) taken.set(edge.id, 'key');
      }
      const unheld = ids.filter((id) => !taken.has(id));
      if (unheld.length === 0) continue;
      const changes = (await this.db
        .selectFrom('changes')
        .select(['subject_id', 'after'])
        .where('subject_id', 'in', unheld)
        .orderBy('id')
        .execute()) as { subject_id: string; after: string | null }[];
      const last = new Map(changes.map((change) => [change.subject_id, change.after]));
      for (const [id, after] of last) if (after === null) taken.set(id, 'removed');
    }
    return taken;
  }
}

/** More changes than this since a copy's version are read afresh rather than applied one by one. */
const MAX_CHANGES_TO_APPLY = 1000;

async function versionIn(db: Kysely<Database>, key: string): Promise<string | undefined> {
  return (await db.selectFrom('metadata').select('value').where('key', '=', key).executeTakeFirst())?.value;
}

/** Ids looked up per statement while seeding (each is bound once or twice). */
const IDS_PER_LOOKUP = 500;

const LIKE_ESCAPE = '!';

/** `%`, `_` and the escape character itself match literally in a LIKE pattern once escaped. */
function escapeLike(text: string): string {
  return text.replace(/[!%_]/g, (character) => `${LIKE_ESCAPE}${character}`);
}

/**
 * The total behind a page: carried by every row (`count(*) over ()`), so only a page past the end,
 * which has no row, needs a separate count.
 */
async function pageTotal(rows: { total_count: number }[], offset: number, count: () => Promise<{ count: number }>): Promise<number> {
  if (rows[0]) return Number(rows[0].total_count);
  return offset === 0 ? 0 : Number((await count()).count);
}

/** The end of an edge a walk step arrives from, and the end it leaves by. */
const near = (step: TraversalStep) => (step.direction === 'out' ? 'from_id' : 'to_id');
const far = (step: TraversalStep) => (step.direction === 'out' ? 'to_id' : 'from_id');

/**
 * `from edges h0 cross join edges h1 …` for a walk. SQLite joins CROSS JOINs in the order written
 * (other dialects plan freely), so a walk always starts from its start nodes' index entries, not
 * from every edge of a later hop's relation — whether or not the database has statistics.
 */
function walk(steps: readonly TraversalStep[]): RawBuilder<unknown> {
  return sql.raw(`from ${steps.map((_, i) => `edges h${i}`).join(' cross join ')}`);
}

/** A walk's conditions: the first hop's relation and start nodes, then each later hop joined to the previous and restricted to its relation. */
function walkConditions(steps: readonly TraversalStep[], startIds: readonly string[]): RawBuilder<unknown> {
  const first = steps[0]!;
  const later = steps.slice(1).map((step, index) => {
    const hop = `h${index + 1}`;
    return sql`${sql.ref(`${hop}.${near(step)}`)} = ${sql.ref(`h${index}.${far(steps[index]!)}`)} and ${sql.ref(`${hop}.relation`)} = ${step.relation}`;
  });
  return sql.join(
    [sql`${sql.ref('h0.relation')} = ${first.relation} and ${sql.ref(`h0.${near(first)}`)} in (${sql.join([...startIds])})`, ...later],
    sql` and `,
  );
}

/** The ids reachable from one start node by a walk, as a parenthesised sub-query. */
function reachableIds({ startId, steps }: ReachableFrom): RawBuilder<string> {
  if (steps.length === 0) return sql<string>`(select ${startId})`;
  const last = `h${steps.length - 1}.${far(steps.at(-1)!)}`;
  return sql<string>`(select ${sql.ref(last)} ${walk(steps)} where ${walkConditions(steps, [startId])})`;
}

/** Waits between attempts of an idempotent operation that another process may be contending. */
const RETRY_DELAYS_MS = [50, 150, 400, 1000, 2000, 4000];

/** Errors another process causes by doing the same work at the same time; anything else is real. */
function isContention(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return (
    /^SQLITE_(BUSY|LOCKED)/.test(String(code)) ||
    /already exists|duplicate column name|database is locked|UNIQUE constraint failed: kysely_migration/i.test(String(message))
  );
}

async function retryIdempotent<T>(operation: () => Promise<T>, alsoContention: (error: unknown) => boolean = () => false): Promise<T> {
  for (const delay of RETRY_DELAYS_MS) {
    try {
      return await operation();
    } catch (error) {
      if (!isContention(error) && !alsoContention(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
  return operation();
}

/** The columns a joined row carries under `prefix` (`n_name` → `name`). */
function columnsOf(row: Record<string, unknown>, prefix: string, columns: readonly string[]): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const column of columns) result[column] = row[prefix + column];
  return result;
}
