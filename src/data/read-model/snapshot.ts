/**
 * One version of the graph, held in memory and never changed once built: the read model answers
 * reads from it. Its reads have exactly the semantics of the SQL ones in `kysely-store.ts` (the
 * suite runs against both): the same filters, orders, pages, totals and chunking of long id lists,
 * so a caller cannot tell which answered.
 *
 * Compact by construction: records are the store's own (their parts frozen, so no caller can change a
 * shared one), repeated strings (kinds, relations, node ids in edges, source ids) are shared, and the
 * indexes hold edge ranks (numbers) rather than objects or closures per edge.
 */
import type { EdgeRecord, EntityKind, NodeRecord, Relation } from '../model.js';
import { chunks } from '../store/chunks.js';
import type { EdgePageQuery, NodeOrder, NodePageQuery, Page, ReachableFrom, TraversalRow, TraversalStep } from '../store/store.js';

/** Ids per statement in the SQL store: lists longer than this are answered chunk by chunk there, so here too. */
const IDS_PER_STATEMENT = 500;

const DEFAULT_ORDER: NodeOrder = { field: 'name', direction: 'asc' };

const EMPTY: readonly number[] = Object.freeze([]);

/** Binary comparison of two strings (the SQL stores' collation: SQLite BINARY, PostgreSQL "C"). */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The order of `listEdges` and `edgesTouching`: relation, `from` node, position, id. */
function compareEdges(a: EdgeRecord, b: EdgeRecord): number {
  return compareText(a.relation, b.relation) || compareText(a.fromId, b.fromId) || a.position - b.position || compareText(a.id, b.id);
}

/** Name, then id: the tie-breakers of every node order. */
function compareByName(a: NodeRecord, b: NodeRecord): number {
  return compareText(a.name, b.name) || compareText(a.id, b.id);
}

function nodeComparator(order: NodeOrder): (a: NodeRecord, b: NodeRecord) => number {
  const sign = order.direction === 'desc' ? -1 : 1;
  const field = order.field;
  return (a, b) => sign * compareText(a[field], b[field]) || compareByName(a, b);
}

/** Every distinct string once: records loaded from rows repeat kinds, relations, ids and sources many times over. */
class StringTable {
  private readonly strings = new Map<string, string>();

  get<T extends string | null>(value: T): T {
    if (value === null) return value;
    const known = this.strings.get(value);
    if (known !== undefined) return known as T;
    this.strings.set(value, value);
    return value;
  }
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * Makes a record compact, in place (the records a snapshot is built from are its own: read for it,
 * or parsed from the audit log), rather than copying it: loading a large graph then holds one copy of
 * each record, not two. Its parts are frozen; the record itself cannot be (the GraphQL layer brands
 * the objects it resolves), and no caller assigns to a record's fields.
 */
function compactNode(node: NodeRecord, strings: StringTable): NodeRecord {
  node.id = strings.get(node.id);
  node.kind = strings.get(node.kind);
  node.replacedById = strings.get(node.replacedById);
  deepFreeze(node.attributes);
  compactProvenance(node.provenance, strings);
  return node;
}

function compactEdge(edge: EdgeRecord, strings: StringTable): EdgeRecord {
  edge.relation = strings.get(edge.relation);
  edge.fromId = strings.get(edge.fromId);
  edge.toId = strings.get(edge.toId);
  edge.qualifier = strings.get(edge.qualifier);
  compactProvenance(edge.provenance, strings);
  return edge;
}

function compactProvenance(provenance: NodeRecord['provenance'], strings: StringTable): void {
  provenance.kind = strings.get(provenance.kind);
  provenance.section = strings.get(provenance.section);
  provenance.sourceId = strings.get(provenance.sourceId);
  provenance.record = provenance.record ?? null;
  Object.freeze(provenance);
}

/** Edge ranks (positions in the `listEdges` order) by relation and node. */
type Adjacency = Map<Relation, Map<string, number[]>>;

/** The inner map under `key`, made when missing. */
function entryOf<K, V, W>(outer: Map<K, Map<V, W>>, key: K): Map<V, W> {
  let inner = outer.get(key);
  if (!inner) {
    inner = new Map();
    outer.set(key, inner);
  }
  return inner;
}

function addTo(index: Map<string, number[]>, key: string, rank: number): void {
  const ranks = index.get(key);
  if (ranks) ranks.push(rank);
  else index.set(key, [rank]);
}

export interface SnapshotRecords {
  /** The graph's version these records are. */
  version: string;
  /** The id of the newest audit-log entry when the records were read (null: the log was empty). */
  lastChangeId: number | null;
  nodes: readonly NodeRecord[];
  edges: readonly EdgeRecord[];
}

export class GraphSnapshot {
  readonly version: string;
  readonly lastChangeId: number | null;
  private readonly nodes = new Map<string, NodeRecord>();
  private readonly bySlug = new Map<EntityKind, Map<string, NodeRecord>>();
  /** Each kind's nodes by name, then id (the default order of `listNodes`). */
  private readonly byKind = new Map<EntityKind, NodeRecord[]>();
  /** Every edge in the `listEdges` order: relation, `from` node, position, id. */
  private readonly edges: EdgeRecord[];
  /** Ranks of the edges leaving (`out`) and reaching (`in`) each node, per relation, ascending. */
  private readonly out: Adjacency = new Map();
  private readonly in: Adjacency = new Map();
  /** Ranks of every edge touching each node, ascending. */
  private readonly touching = new Map<string, number[]>();

  /**
   * Builds a snapshot from records: ones from the store (compacted here), or those of an earlier
   * snapshot (shared as they are).
   */
  constructor(records: SnapshotRecords) {
    this.version = records.version;
    this.lastChangeId = records.lastChangeId;
    const strings = new StringTable();
    for (const raw of records.nodes) {
      // A record whose provenance is frozen is an earlier snapshot's, compact already.
      const node = Object.isFrozen(raw.provenance) ? raw : compactNode(raw, strings);
      this.nodes.set(node.id, node);
      entryOf(this.bySlug, node.kind).set(node.slug, node);
      const ofKind = this.byKind.get(node.kind);
      if (ofKind) ofKind.push(node);
      else this.byKind.set(node.kind, [node]);
    }
    for (const ofKind of this.byKind.values()) ofKind.sort(compareByName);
    // Edge ends point at the node's own id string (one copy per id).
    this.edges = records.edges.map((raw) => (Object.isFrozen(raw.provenance) ? raw : compactEdge(raw, strings)));
    this.edges.sort(compareEdges);
    this.edges.forEach((edge, rank) => {
      addTo(entryOf(this.out, edge.relation), edge.fromId, rank);
      addTo(entryOf(this.in, edge.relation), edge.toId, rank);
      addTo(this.touching, edge.fromId, rank);
      if (edge.toId !== edge.fromId) addTo(this.touching, edge.toId, rank);
    });
  }

  /** The records of this snapshot (compact and frozen), to build the next one from. */
  records(): { nodes: Map<string, NodeRecord>; edges: Map<string, EdgeRecord> } {
    return { nodes: new Map(this.nodes), edges: new Map(this.edges.map((edge) => [edge.id, edge])) };
  }

  nodesByIds(ids: readonly string[]): NodeRecord[] {
    const found: NodeRecord[] = [];
    // Per chunk, each node once (as `id in (…)` answers), ordered by id as the primary key's index returns them.
    for (const chunk of chunks(ids, IDS_PER_STATEMENT)) {
      const ofChunk = new Set<NodeRecord>();
      for (const id of chunk) {
        const node = this.nodes.get(id);
        if (node) ofChunk.add(node);
      }
      found.push(...[...ofChunk].sort((a, b) => compareText(a.id, b.id)));
    }
    return found;
  }

  nodesBySlugs(kind: EntityKind, slugs: readonly string[]): NodeRecord[] {
    const ofKind = this.bySlug.get(kind);
    if (!ofKind) return [];
    const found: NodeRecord[] = [];
    for (const chunk of chunks(slugs, IDS_PER_STATEMENT)) {
      const ofChunk = new Set<NodeRecord>();
      for (const slug of chunk) {
        const node = ofKind.get(slug);
        if (node) ofChunk.add(node);
      }
      found.push(...[...ofChunk].sort((a, b) => compareText(a.slug, b.slug)));
    }
    return found;
  }

  listNodes({ kinds, limit, offset, filter = {}, order = DEFAULT_ORDER }: NodePageQuery): Page<NodeRecord> {
    const distinctKinds = [...new Set(kinds)];
    let matching: NodeRecord[] = distinctKinds.flatMap((kind) => this.byKind.get(kind) ?? []);
    const needle = filter.nameContains ? filter.nameContains.toLowerCase() : '';
    const reachable = (filter.reachableFrom ?? []).map((condition) => this.reachableIds(condition));
    const { provenanceKind, includeDeprecated } = filter;
    if (needle || provenanceKind || !includeDeprecated || reachable.length > 0) {
      matching = matching.filter(
        (node) =>
          (!needle || node.name.toLowerCase().includes(needle)) &&
          (!provenanceKind || node.provenance.kind === provenanceKind) &&
          (includeDeprecated || node.deprecatedAt === null) &&
          reachable.every((ids) => ids.has(node.id)),
      );
    }
    // One kind in the default order is already in order; anything else is sorted.
    const inOrder = distinctKinds.length === 1 && order.field === 'name' && order.direction === 'asc';
    if (!inOrder) matching = (matching === this.byKind.get(distinctKinds[0]!) ? [...matching] : matching).sort(nodeComparator(order));
    return { items: matching.slice(Math.max(offset, 0), Math.max(offset, 0) + Math.max(limit, 0)), totalCount: matching.length };
  }

  listEdges({ relation, withWords, provenanceKind, limit, offset }: EdgePageQuery): Page<EdgeRecord> {
    let matching: EdgeRecord[] = this.edges;
    if (relation || provenanceKind || withWords) {
      matching = matching.filter(
        (edge) =>
          (!relation || edge.relation === relation) &&
          (!provenanceKind || edge.provenance.kind === provenanceKind) &&
          (!withWords || edge.statement !== null || edge.provenance.quote !== null),
      );
    }
    return { items: matching.slice(Math.max(offset, 0), Math.max(offset, 0) + Math.max(limit, 0)), totalCount: matching.length };
  }

  traverse(startIds: readonly string[], steps: readonly TraversalStep[]): TraversalRow[] {
    if (steps.length === 0) return [];
    const rows: TraversalRow[] = [];
    for (const chunk of chunks(startIds, IDS_PER_STATEMENT)) rows.push(...this.traverseFrom([...new Set(chunk)], steps));
    return rows;
  }

  /** The walk of one chunk of start nodes, ordered as the SQL store orders it. */
  private traverseFrom(startIds: readonly string[], steps: readonly TraversalStep[]): TraversalRow[] {
    // Paths as parallel arrays: where each one started, and the ranks of the edges it walked.
    let starts: string[] = [];
    let paths: number[][] = [];
    let ends: string[] = [];
    for (const startId of startIds) {
      starts.push(startId);
      paths.push([]);
      ends.push(startId);
    }
    for (const step of steps) {
      const index = (step.direction === 'out' ? this.out : this.in).get(step.relation);
      const nextStarts: string[] = [];
      const nextPaths: number[][] = [];
      const nextEnds: string[] = [];
      if (index) {
        for (let i = 0; i < paths.length; i++) {
          for (const rank of index.get(ends[i]!) ?? EMPTY) {
            const edge = this.edges[rank]!;
            nextStarts.push(starts[i]!);
            nextPaths.push([...paths[i]!, rank]);
            nextEnds.push(step.direction === 'out' ? edge.toId : edge.fromId);
          }
        }
      }
      starts = nextStarts;
      paths = nextPaths;
      ends = nextEnds;
    }
    const rows: TraversalRow[] = [];
    for (let i = 0; i < paths.length; i++) {
      const node = this.nodes.get(ends[i]!);
      if (node) rows.push({ startId: starts[i]!, node, hops: paths[i]!.map((rank) => this.edges[rank]!) });
    }
    // Forward hops keep the source's order (positions); backward hops have none, so name decides.
    const forward = steps.flatMap((step, i) => (step.direction === 'out' ? [i] : []));
    return rows.sort((a, b) => {
      for (const i of forward) {
        const difference = a.hops[i]!.position - b.hops[i]!.position;
        if (difference !== 0) return difference;
      }
      return compareByName(a.node, b.node);
    });
  }

  edgesTouching(nodeIds: readonly string[], options: { limit?: number } = {}): EdgeRecord[] {
    const { limit } = options;
    const found = new Map<string, EdgeRecord>();
    for (const chunk of chunks(nodeIds, IDS_PER_STATEMENT)) {
      const ranks = new Set<number>();
      for (const id of chunk) for (const rank of this.touching.get(id) ?? EMPTY) ranks.add(rank);
      let ordered = [...ranks].sort((a, b) => a - b);
      if (limit !== undefined) ordered = ordered.slice(0, Math.max(limit, 0));
      // An edge between two chunks' nodes is kept once, where it came first.
      for (const rank of ordered) {
        const edge = this.edges[rank]!;
        if (!found.has(edge.id)) found.set(edge.id, edge);
      }
    }
    const edges = [...found.values()];
    return limit === undefined ? edges : edges.slice(0, Math.max(limit, 0));
  }

  counts(): { nodes: Record<string, number>; edges: Record<string, number> } {
    const nodes: Record<string, number> = {};
    for (const kind of [...this.byKind.keys()].sort(compareText)) nodes[kind] = this.byKind.get(kind)!.length;
    const edges: Record<string, number> = {};
    for (const edge of this.edges) edges[edge.relation] = (edges[edge.relation] ?? 0) + 1;
    return { nodes, edges };
  }

  /** The ids reachable from one start node by a walk (the start itself for no steps). */
  private reachableIds({ startId, steps }: ReachableFrom): Set<string> {
    if (steps.length === 0) return new Set([startId]);
    let ends = new Set([startId]);
    for (const step of steps) {
      const index = (step.direction === 'out' ? this.out : this.in).get(step.relation);
      const next = new Set<string>();
      if (index)
        for (const id of ends)
          for (const rank of index.get(id) ?? EMPTY) {
            const edge = this.edges[rank]!;
            next.add(step.direction === 'out' ? edge.toId : edge.fromId);
          }
      ends = next;
    }
    return ends;
  }
}
