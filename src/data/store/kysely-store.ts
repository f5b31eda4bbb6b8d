/**
 * The `Store` implemented once over Kysely, in SQL every supported dialect accepts; a dialect
 * module (`sqlite.ts`) only opens the connection. Each public method runs one statement (seeding
 * runs one transaction).
 */
import { Migrator, sql, type Kysely, type RawBuilder, type Selectable } from 'kysely';
import { isEntityKind, RELATION_NAMES, type EdgeRecord, type Graph, type NodeRecord, type Provenance, type Relation } from '../model.js';
import { migrationProvider } from './migrations.js';
import type {
  EdgePageQuery,
  NodeOrder,
  NodePageQuery,
  Page,
  ReachableFrom,
  SeedResult,
  Store,
  TraversalRow,
  TraversalStep,
} from './store.js';
import type { Database, EdgesTable, NodesTable, ProvenanceColumns } from './tables.js';

const NODE_COLUMNS = ['id', 'kind', 'slug', 'name', 'description', 'attributes', 'provenance_kind', 'quote', 'section', 'rationale', 'source_id'] as const;
const EDGE_COLUMNS = ['id', 'relation', 'from_id', 'to_id', 'position', 'statement', 'provenance_kind', 'quote', 'section', 'rationale', 'source_id'] as const;

const DEFAULT_ORDER: NodeOrder = { field: 'name', direction: 'asc' };
const GRAPH_VERSION_KEY = 'graph_version';

/** Rows are written in chunks so no statement exceeds a dialect's bound-parameter limit. */
const INSERT_CHUNK = 200;

export class StoreSchemaError extends Error {
  override name = 'StoreSchemaError';
}

export class KyselyStore implements Store {
  constructor(private readonly db: Kysely<Database>) {}

  /** Brings the schema up to date; fails with the migration's error if one fails. */
  async migrate(): Promise<void> {
    const migrator = new Migrator({ db: this.db, provider: migrationProvider });
    const { error, results } = await migrator.migrateToLatest();
    if (error) {
      const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
      throw new StoreSchemaError(`Migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  async nodesByIds(ids: readonly string[]): Promise<NodeRecord[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.selectFrom('nodes').selectAll().where('id', 'in', [...ids]).execute();
    return rows.map(toNode);
  }

  async nodesBySlugs(kind: NodeRecord['kind'], slugs: readonly string[]): Promise<NodeRecord[]> {
    if (slugs.length === 0) return [];
    const rows = await this.db
      .selectFrom('nodes')
      .selectAll()
      .where('kind', '=', kind)
      .where('slug', 'in', [...slugs])
      .execute();
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
    const totalCount = await pageTotal(rows, offset, () => matching.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow());
    return { items: rows.map(toNode), totalCount };
  }

  async listEdges({ relation, limit, offset }: EdgePageQuery): Promise<Page<EdgeRecord>> {
    const matching = relation ? this.db.selectFrom('edges').where('relation', '=', relation) : this.db.selectFrom('edges');
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
    const totalCount = await pageTotal(rows, offset, () => matching.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow());
    return { items: rows.map(toEdge), totalCount };
  }

  async traverse(startIds: readonly string[], steps: readonly TraversalStep[]): Promise<TraversalRow[]> {
    if (startIds.length === 0 || steps.length === 0) return [];
    const hops = steps.map((_, i) => `h${i}`);
    const columns = [
      sql`${sql.ref(`${hops[0]}.${near(steps[0]!)}`)} as start_id`,
      ...hops.flatMap((hop) => EDGE_COLUMNS.map((c) => sql`${sql.ref(`${hop}.${c}`)} as ${sql.ref(`${hop}_${c}`)}`)),
      ...NODE_COLUMNS.map((c) => sql`${sql.ref(`n.${c}`)} as ${sql.ref(`n_${c}`)}`),
    ];
    // Forward hops keep the source's order (positions); backward hops have none, so name decides.
    const positions = steps.flatMap((step, i) => (step.direction === 'out' ? [sql.ref(`h${i}.position`)] : []));
    const order = [...positions, sql.ref('n.name'), sql.ref('n.id')];
    const query = sql<Record<string, unknown>>`
      select ${sql.join(columns)}
      ${walk(steps)}
      join nodes n on ${sql.ref('n.id')} = ${sql.ref(`${hops.at(-1)}.${far(steps.at(-1)!)}`)}
      where ${firstHop(steps, startIds)}
      order by ${sql.join(order)}`;
    const { rows } = await query.execute(this.db);
    return rows.map((row) => ({
      startId: String(row.start_id),
      node: toNode(unprefix(row, 'n_') as unknown as Selectable<NodesTable>),
      hops: hops.map((hop) => toEdge(unprefix(row, `${hop}_`) as unknown as Selectable<EdgesTable>)),
    }));
  }

  async edgesTouching(nodeIds: readonly string[]): Promise<EdgeRecord[]> {
    if (nodeIds.length === 0) return [];
    const ids = [...nodeIds];
    const rows = await this.db
      .selectFrom('edges')
      .selectAll()
      .where((eb) => eb.or([eb('from_id', 'in', ids), eb('to_id', 'in', ids)]))
      .orderBy('relation')
      .orderBy('from_id')
      .orderBy('position')
      .orderBy('id')
      .execute();
    return rows.map(toEdge);
  }

  async graphVersion(): Promise<string> {
    const row = await this.db.selectFrom('metadata').select('value').where('key', '=', GRAPH_VERSION_KEY).executeTakeFirst();
    return row?.value ?? '0';
  }

  async seed(graph: Graph): Promise<SeedResult> {
    return this.db.transaction().execute(async (trx) => {
      let nodesAdded = 0;
      let edgesAdded = 0;
      // Source nodes first: other nodes' provenance refers to them.
      const nodes = [...graph.nodes].sort((a, b) => Number(b.kind === 'Source') - Number(a.kind === 'Source'));
      for (const chunk of chunks(nodes.map(fromNode))) {
        const result = await trx.insertInto('nodes').values(chunk).onConflict((oc) => oc.doNothing()).executeTakeFirst();
        nodesAdded += Number(result.numInsertedOrUpdatedRows ?? 0);
      }
      for (const chunk of chunks(graph.edges.map(fromEdge))) {
        const result = await trx.insertInto('edges').values(chunk).onConflict((oc) => oc.doNothing()).executeTakeFirst();
        edgesAdded += Number(result.numInsertedOrUpdatedRows ?? 0);
      }
      if (nodesAdded + edgesAdded > 0) await bumpGraphVersion(trx);
      return { nodesAdded, edgesAdded };
    });
  }

  async counts(): Promise<{ nodes: Record<string, number>; edges: Record<string, number> }> {
    const [nodes, edges] = await Promise.all([
      this.db.selectFrom('nodes').select(['kind', (eb) => eb.fn.countAll<number>().as('count')]).groupBy('kind').execute(),
      this.db.selectFrom('edges').select(['relation', (eb) => eb.fn.countAll<number>().as('count')]).groupBy('relation').execute(),
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

/** Counts one more change of the graph's content, in the caller's transaction. */
async function bumpGraphVersion(db: Kysely<Database>): Promise<void> {
  await db
    .insertInto('metadata')
    .values({ key: GRAPH_VERSION_KEY, value: '1' })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({ value: sql<string>`cast(cast(metadata.value as integer) + 1 as text)`, updated_at: sql<string>`CURRENT_TIMESTAMP` }),
    )
    .execute();
}

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

/** `from edges h0 join edges h1 on …` for a walk; each later hop is restricted to its relation. */
function walk(steps: readonly TraversalStep[]): RawBuilder<unknown> {
  const joins = steps.slice(1).map((step, index) => {
    const hop = `h${index + 1}`;
    const previous = `h${index}.${far(steps[index]!)}`;
    return sql`join edges ${sql.raw(hop)} on ${sql.ref(`${hop}.${near(step)}`)} = ${sql.ref(previous)} and ${sql.ref(`${hop}.relation`)} = ${step.relation}`;
  });
  return sql`from edges h0 ${sql.join(joins, sql` `)}`;
}

/** The first hop's condition: its relation, and which nodes it starts from. */
function firstHop(steps: readonly TraversalStep[], startIds: readonly string[]): RawBuilder<unknown> {
  const first = steps[0]!;
  return sql`${sql.ref('h0.relation')} = ${first.relation} and ${sql.ref(`h0.${near(first)}`)} in (${sql.join([...startIds])})`;
}

/** The ids reachable from one start node by a walk, as a parenthesised sub-query. */
function reachableIds({ startId, steps }: ReachableFrom): RawBuilder<string> {
  if (steps.length === 0) return sql<string>`(select ${startId})`;
  const last = `h${steps.length - 1}.${far(steps.at(-1)!)}`;
  return sql<string>`(select ${sql.ref(last)} ${walk(steps)} where ${firstHop(steps, [startId])})`;
}

function* chunks<T>(items: T[]): Generator<T[]> {
  for (let i = 0; i < items.length; i += INSERT_CHUNK) yield items.slice(i, i + INSERT_CHUNK);
}

function unprefix(row: Record<string, unknown>, prefix: string): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) if (key.startsWith(prefix)) result[key.slice(prefix.length)] = value;
  return result;
}

function toProvenance(row: ProvenanceColumns): Provenance {
  return {
    kind: row.provenance_kind === 'STATED' ? 'STATED' : 'CURATED',
    quote: row.quote,
    section: row.section,
    rationale: row.rationale,
    sourceId: row.source_id,
  };
}

function fromProvenance(provenance: Provenance): ProvenanceColumns {
  return {
    provenance_kind: provenance.kind,
    quote: provenance.quote,
    section: provenance.section,
    rationale: provenance.rationale,
    source_id: provenance.sourceId,
  };
}

function toNode(row: Selectable<NodesTable>): NodeRecord {
  if (!isEntityKind(row.kind)) throw new StoreSchemaError(`Node ${row.id} has an unknown kind "${row.kind}"`);
  return {
    id: row.id,
    kind: row.kind,
    slug: row.slug,
    name: row.name,
    description: row.description,
    attributes: JSON.parse(row.attributes) as NodeRecord['attributes'],
    provenance: toProvenance(row),
  };
}

function fromNode(node: NodeRecord): NodesTable {
  return {
    id: node.id,
    kind: node.kind,
    slug: node.slug,
    name: node.name,
    description: node.description,
    attributes: JSON.stringify(node.attributes),
    ...fromProvenance(node.provenance),
  };
}

function toEdge(row: Selectable<EdgesTable>): EdgeRecord {
  if (!(RELATION_NAMES as string[]).includes(row.relation)) {
    throw new StoreSchemaError(`Edge ${row.id} has an unknown relation "${row.relation}"`);
  }
  return {
    id: row.id,
    relation: row.relation as Relation,
    fromId: row.from_id,
    toId: row.to_id,
    position: Number(row.position),
    statement: row.statement,
    provenance: toProvenance(row),
  };
}

function fromEdge(edge: EdgeRecord): EdgesTable {
  return {
    id: edge.id,
    relation: edge.relation,
    from_id: edge.fromId,
    to_id: edge.toId,
    position: edge.position,
    statement: edge.statement,
    ...fromProvenance(edge.provenance),
  };
}
