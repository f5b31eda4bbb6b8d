/**
 * The one interface every store implements: embedded SQLite by default, PostgreSQL to scale out, both
 * by `kysely-store.ts`.
 *
 * Each method is one call to the store, whatever its input size (very long id lists are split
 * into several statements inside it): callers batch (through
 * per-request DataLoaders) so that a GraphQL query's round-trips grow with its depth, not with
 * the number of nodes it returns.
 */
import type { Actor, ApiKeyRecord, Change, ChangeOutcome, ChangePageQuery, ChangeRecord, Scope } from '../curation.js';
import type { EdgeRecord, EntityKind, Graph, NodeRecord, ProvenanceKind, Relation } from '../model.js';
import type { GraphExport, ImportSummary } from '../transfer.js';
import type { DatasetImport, DatasetImportSummary } from './dataset-import.js';

export type { DatasetImport, DatasetImportSummary } from './dataset-import.js';

/** One step of a walk along the graph's edges: which relation, and which way to follow it. */
export interface TraversalStep {
  relation: Relation;
  /** `out` follows edges from their `from` node to their `to` node; `in` walks them backwards. */
  direction: 'out' | 'in';
}

/** A node reached by a walk, with the edges walked to reach it (in walking order). */
export interface TraversalRow {
  startId: string;
  node: NodeRecord;
  hops: EdgeRecord[];
}

/** Restricts a node list to nodes reachable from `startId` by walking `steps`. */
export interface ReachableFrom {
  startId: string;
  steps: readonly TraversalStep[];
}

export interface NodeFilter {
  /** Case-insensitive substring of the name. */
  nameContains?: string;
  provenanceKind?: ProvenanceKind;
  /** Every condition must hold (AND). */
  reachableFrom?: readonly ReachableFrom[];
  /** Deprecated entities are left out unless this is true. */
  includeDeprecated?: boolean;
}

export interface NodeOrder {
  field: 'name' | 'slug' | 'kind';
  direction: 'asc' | 'desc';
}

export interface NodePageQuery {
  kinds: readonly EntityKind[];
  limit: number;
  offset: number;
  filter?: NodeFilter;
  /** Default: by name, ascending. Ties are always broken by id, so the order is stable. */
  order?: NodeOrder;
}

export interface EdgePageQuery {
  relation?: Relation;
  /** Only edges that carry words of their own: a statement or a quote (what search indexes). */
  withWords?: boolean;
  /** Only edges with this kind of provenance. */
  provenanceKind?: ProvenanceKind;
  limit: number;
  offset: number;
}

/** The whole graph at one version (see `Store.graphRecords`). */
export interface GraphRecords {
  version: string;
  /** The newest audit-log entry's id; null when the log is empty. */
  lastChangeId: number | null;
  nodes: NodeRecord[];
  edges: EdgeRecord[];
}

export interface Page<T> {
  items: T[];
  totalCount: number;
}

/**
 * A wrapper of a store (cancellation, instrumentation) answers this property with the store it wraps,
 * so that what is kept per store (the search index) is found through any wrapper.
 */
export const WRAPPED_STORE = Symbol('the store a wrapper wraps');

/** The store behind any wrappers. */
export function unwrapStore(store: Store): Store {
  const inner = (store as { [WRAPPED_STORE]?: Store })[WRAPPED_STORE];
  return inner ? unwrapStore(inner) : store;
}

/**
 * What seeding changed: it makes the content-owned part of the store equal to the content, and
 * leaves alone what curators (or imports) have taken over.
 */
export interface SeedResult {
  nodesAdded: number;
  nodesUpdated: number;
  nodesRemoved: number;
  edgesAdded: number;
  edgesUpdated: number;
  edgesRemoved: number;
  /**
   * Content nodes seeding left as curators or imports made them: a row of another origin holds the
   * id or the slug, the audit log says a curator removed it, or it cites a node that is left out.
   */
  nodesLeftToCurators: number;
  /** Content edges likewise (also: one of its ends is left out). */
  edgesLeftToCurators: number;
  /** Nodes the content no longer has, kept because curators' records still refer to them. */
  nodesKeptForCurators: number;
}

export interface Store {
  /** Nodes with these ids, in no particular order; unknown ids are left out. */
  nodesByIds(ids: readonly string[]): Promise<NodeRecord[]>;
  /** Nodes of one kind with these slugs, in no particular order; unknown slugs are left out. */
  nodesBySlugs(kind: EntityKind, slugs: readonly string[]): Promise<NodeRecord[]>;
  /** A page of the nodes of the given kinds that pass the filter, and how many there are in all. */
  listNodes(query: NodePageQuery): Promise<Page<NodeRecord>>;
  /** A page of edges, ordered by relation, `from` node and position, and how many in all. */
  listEdges(query: EdgePageQuery): Promise<Page<EdgeRecord>>;
  /**
   * Walks `steps` from every start node at once. Rows are ordered by the positions of the edges walked forwards
   * (the source's order), then by the reached node's name; a node reached along several paths appears once per path.
   */
  traverse(startIds: readonly string[], steps: readonly TraversalStep[]): Promise<TraversalRow[]>;
  /**
   * Every edge that starts or ends at one of these nodes; with `limit`, at most that many (work
   * with a budget reads no more than it may, however many edges an entity has).
   */
  edgesTouching(nodeIds: readonly string[], options?: { limit?: number }): Promise<EdgeRecord[]>;
  /** Changes whenever the graph's content changes; caches built from the graph key on it. */
  graphVersion(): Promise<string>;
  /**
   * The whole graph as one moment saw it (one transaction): every node (deprecated ones too) and
   * edge, the graph's version, and the newest audit-log entry's id. The read model loads it.
   */
  graphRecords(): Promise<GraphRecords>;
  /**
   * How to bring a copy of the graph at `version` (read when the newest audit-log entry was
   * `lastChangeId`) up to date, read at one moment: the graph's version now and, when curators'
   * changes alone moved it there, those changes, oldest first; `changes: null` when anything else
   * moved it (seeding, an import) or the log cannot tell, and the copy must be read afresh.
   */
  changesSince(version: string, lastChangeId: number | null): Promise<{ version: string; changes: ChangeRecord[] | null }>;
  /**
   * Makes the store hold exactly this graph as its content-owned records, in one transaction: adds
   * what is missing, rewrites what changed, removes what the content no longer has. Idempotent.
   * Records a curator or an import owns (or a curator removed) are never touched or put back; it
   * never fails because of them.
   */
  seed(graph: Graph): Promise<SeedResult>;
  /**
   * Applies one curator's change in one transaction: checks the expected version, writes, records
   * the change in the audit log and moves the graph version on; or refuses and writes nothing.
   */
  applyChange(change: Change, actor: Actor): Promise<ChangeOutcome>;
  /** A page of the audit log, newest first. */
  listChanges(query: ChangePageQuery): Promise<Page<ChangeRecord>>;
  /** Stores a new API key (its secret's hash only) and returns its record. */
  createApiKey(key: { id: string; label: string; scope: Scope; secretHash: string }): Promise<ApiKeyRecord>;
  /** Revokes a key; false when no unrevoked key has that id. */
  revokeApiKey(id: string): Promise<boolean>;
  /** One key with its secret's hash, to check a presented key against; null when unknown. */
  apiKeyById(id: string): Promise<(ApiKeyRecord & { secretHash: string }) | null>;
  listApiKeys(): Promise<ApiKeyRecord[]>;
  /** The whole graph, with curation state and origins (see `transfer.ts` for the format). */
  exportGraph(): Promise<GraphExport>;
  /** Adds and updates records as the export says, in one transaction (none with `dryRun`); never deletes. */
  importGraph(graph: GraphExport, options: { dryRun: boolean }): Promise<ImportSummary>;
  /**
   * Imports one version of a dataset (ESCO) in one transaction (none with `dryRun`): adds and updates
   * its records as the import's own, deprecates the dataset's entities the package no longer has or
   * marks obsolete, removes the dataset's relationships it no longer has (see `dataset-import.ts`).
   */
  importDataset(dataset: DatasetImport): Promise<DatasetImportSummary>;
  /** How many nodes and edges the store holds, by kind and relation. */
  counts(): Promise<{ nodes: Record<string, number>; edges: Record<string, number> }>;
  /** Resolves when the store answers a trivial query. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
