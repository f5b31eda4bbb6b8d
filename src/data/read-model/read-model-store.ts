/**
 * The read model: a `Store` that answers every read of the graph from a versioned in-memory copy
 * (`snapshot.ts`) and passes every write, the audit log and the API keys to the store it wraps,
 * which stays the source of truth.
 *
 * Never stale: each read first asks the store for the graph's version — one small round-trip, once
 * per request inside a read scope (`read-scope.ts`) — and, when the version moved (a write through
 * this process, another replica, the CLI), brings the copy up to date before answering: by applying
 * the curators' changes since its version from the audit log, or, after seeding or an import, by
 * reading the graph afresh. Requests that see a new version at once share one update. A snapshot is
 * never changed once built, so a request reads one consistent version however long it runs.
 */
import type { Actor, ApiKeyRecord, Change, ChangeOutcome, ChangePageQuery, ChangeRecord, Scope } from '../curation.js';
import type { EdgeRecord, EntityKind, Graph, NodeRecord } from '../model.js';
import type {
  DatasetImport,
  DatasetImportSummary,
  EdgePageQuery,
  GraphRecords,
  NodePageQuery,
  Page,
  SeedResult,
  Store,
  TraversalRow,
  TraversalStep,
} from '../store/store.js';
import type { GraphExport, ImportSummary } from '../transfer.js';
import { currentReadScope } from './read-scope.js';
import { GraphSnapshot } from './snapshot.js';

/** Whether a change record's subject is a relationship (its records have a relation) or an entity. */
function isEdgeRecord(record: NodeRecord | EdgeRecord): record is EdgeRecord {
  return 'relation' in record;
}

/** Updates a read waits for before it gives up (each started after the previous finished). */
const MAX_UPDATES_PER_READ = 5;

/** `version` is at least `wanted` (versions are counters). */
function atLeast(version: string, wanted: string): boolean {
  return Number(version) >= Number(wanted);
}

export class ReadModelStore implements Store {
  private snapshot: GraphSnapshot | null = null;
  /** The update in flight, shared by every read that needs it. */
  private updating: Promise<GraphSnapshot> | null = null;
  /** How the copy was last brought up to date (for tests and the benchmark). */
  readonly updates = { loads: 0, applied: 0 };

  /** `source`: the store the model reads from and writes to (the source of truth). */
  constructor(readonly source: Store) {}

  /** The snapshot the caller's reads use: the scope's pinned one, or one at the version the store has now. */
  private current(): Promise<GraphSnapshot> {
    const scope = currentReadScope();
    if (!scope) return this.atStoreVersion();
    let pinned = scope.pins.get(this) as Promise<GraphSnapshot> | undefined;
    if (!pinned) {
      pinned = this.atStoreVersion();
      scope.pins.set(this, pinned);
      // A failed check is not kept: the request's next read asks again.
      pinned.catch(() => {
        if (scope.pins.get(this) === pinned) scope.pins.delete(this);
      });
    }
    return pinned;
  }

  /** After a write: the caller's scope no longer holds the version before it. */
  private unpin(): void {
    currentReadScope()?.pins.delete(this);
  }

  private async atStoreVersion(): Promise<GraphSnapshot> {
    const version = await this.source.graphVersion();
    const snapshot = this.snapshot;
    if (snapshot && snapshot.version === version) return snapshot;
    return this.update(version);
  }

  /** A snapshot at `version` or later: the update in flight if it gets there, else a new one. */
  private async update(version: string): Promise<GraphSnapshot> {
    for (let attempt = 0; attempt < MAX_UPDATES_PER_READ; attempt++) {
      const updating = this.updating ?? this.startUpdate();
      const snapshot = await updating;
      if (atLeast(snapshot.version, version)) return snapshot;
      // That update started before the version the caller saw: another one gets there.
      if (this.updating === updating) this.updating = null;
    }
    // A store whose reads lag behind its own version: failing is better than answering from the past.
    throw new Error(`The graph read from the store did not reach version ${version}, the version the store reported`);
  }

  private startUpdate(): Promise<GraphSnapshot> {
    const updating = this.bringUpToDate().finally(() => {
      if (this.updating === updating) this.updating = null;
    });
    this.updating = updating;
    return updating;
  }

  private async bringUpToDate(): Promise<GraphSnapshot> {
    const from = this.snapshot;
    let next: GraphSnapshot | null = null;
    if (from) {
      const { version, changes } = await this.source.changesSince(from.version, from.lastChangeId);
      if (changes !== null) next = changes.length === 0 ? from : applyChanges(from, version, changes);
      if (next && next !== from) this.updates.applied += changes!.length;
    }
    if (!next) {
      next = new GraphSnapshot(await this.source.graphRecords());
      this.updates.loads++;
    }
    // One update runs at a time, so this is the newest copy.
    this.snapshot = next;
    return next;
  }

  /** Loads the graph now (start-up), so that the first request does not wait for it. */
  async warm(): Promise<void> {
    await this.atStoreVersion();
  }

  async nodesByIds(ids: readonly string[]): Promise<NodeRecord[]> {
    return (await this.current()).nodesByIds(ids);
  }

  async nodesBySlugs(kind: EntityKind, slugs: readonly string[]): Promise<NodeRecord[]> {
    return (await this.current()).nodesBySlugs(kind, slugs);
  }

  async listNodes(query: NodePageQuery): Promise<Page<NodeRecord>> {
    return (await this.current()).listNodes(query);
  }

  async listEdges(query: EdgePageQuery): Promise<Page<EdgeRecord>> {
    return (await this.current()).listEdges(query);
  }

  async traverse(startIds: readonly string[], steps: readonly TraversalStep[]): Promise<TraversalRow[]> {
    return (await this.current()).traverse(startIds, steps);
  }

  async edgesTouching(nodeIds: readonly string[], options?: { limit?: number }): Promise<EdgeRecord[]> {
    return (await this.current()).edgesTouching(nodeIds, options);
  }

  async counts(): Promise<{ nodes: Record<string, number>; edges: Record<string, number> }> {
    return (await this.current()).counts();
  }

  /** The version the caller's reads see (in a read scope, the pinned one). */
  async graphVersion(): Promise<string> {
    return (await this.current()).version;
  }

  graphRecords(): Promise<GraphRecords> {
    return this.source.graphRecords();
  }

  changesSince(version: string, lastChangeId: number | null): Promise<{ version: string; changes: ChangeRecord[] | null }> {
    return this.source.changesSince(version, lastChangeId);
  }

  private async write<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } finally {
      this.unpin();
    }
  }

  seed(graph: Graph): Promise<SeedResult> {
    return this.write(() => this.source.seed(graph));
  }

  applyChange(change: Change, actor: Actor): Promise<ChangeOutcome> {
    return this.write(() => this.source.applyChange(change, actor));
  }

  importGraph(graph: GraphExport, options: { dryRun: boolean }): Promise<ImportSummary> {
    return this.write(() => this.source.importGraph(graph, options));
  }

  importDataset(dataset: DatasetImport): Promise<DatasetImportSummary> {
    return this.write(() => this.source.importDataset(dataset));
  }

  listChanges(query: ChangePageQuery): Promise<Page<ChangeRecord>> {
    return this.source.listChanges(query);
  }

  createApiKey(key: { id: string; label: string; scope: Scope; secretHash: string }): Promise<ApiKeyRecord> {
    return this.source.createApiKey(key);
  }

  revokeApiKey(id: string): Promise<boolean> {
    return this.source.revokeApiKey(id);
  }

  apiKeyById(id: string): Promise<(ApiKeyRecord & { secretHash: string }) | null> {
    return this.source.apiKeyById(id);
  }

  listApiKeys(): Promise<ApiKeyRecord[]> {
    return this.source.listApiKeys();
  }

  exportGraph(): Promise<GraphExport> {
    return this.source.exportGraph();
  }

  ping(): Promise<void> {
    return this.source.ping();
  }

  close(): Promise<void> {
    this.snapshot = null;
    return this.source.close();
  }
}

/** The snapshot after curators' changes (oldest first): each change's record after it replaces, or removes, its subject. */
function applyChanges(from: GraphSnapshot, version: string, changes: readonly ChangeRecord[]): GraphSnapshot {
  const { nodes, edges } = from.records();
  for (const change of changes) {
    const record = change.after ?? change.before;
    if (!record) continue;
    const table: Map<string, NodeRecord | EdgeRecord> = isEdgeRecord(record) ? edges : nodes;
    if (change.after) table.set(change.subjectId, change.after);
    else table.delete(change.subjectId);
  }
  return new GraphSnapshot({ version, lastChangeId: changes.at(-1)!.id, nodes: [...nodes.values()], edges: [...edges.values()] });
}

/** Reads of the graph from memory, kept current with `store` (see the module's comment). */
export function withReadModel(store: Store): ReadModelStore {
  return store instanceof ReadModelStore ? store : new ReadModelStore(store);
}
