/**
 * Every entity type is a Relay node loaded through a per-request DataLoader (plugin-dataloader),
 * so `node(id:)`, `nodes(ids:)` and every field that returns entities by id batch into one store
 * call per kind.
 */
import { type EntityKind, type NodeRecord, nodeId } from '../data/index.js';
import { builder } from './builder.js';
import { loaderOptions } from './loader-options.js';

/** The id the API encodes into a global ID: the store id without its kind prefix. */
export function localId(node: Pick<NodeRecord, 'id' | 'kind'>): string {
  return node.id.slice(node.kind.length + 1);
}

export function entityNodeRef(kind: EntityKind) {
  return builder.loadableNodeRef<NodeRecord, string, string>(kind, {
    id: { resolve: localId },
    loaderOptions,
    load: (ids, context) => context.store.nodesByIds(ids.map((id) => nodeId(kind, id))),
    sort: localId,
  });
}
