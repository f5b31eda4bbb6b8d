/**
 * The part of the graph around one entity, for drawing: every entity within `depth` relationships
 * and the relationships between them. With `kinds`, the walk only passes through (and returns)
 * entities of those kinds, plus the centre.
 */

import type { Deadline } from '../deadline.js';
import { type EdgeRecord, type EntityKind, kindOfNodeId, type NodeRecord } from '../model.js';
import type { Store } from '../store/store.js';

export const MAX_NEIGHBORHOOD_DEPTH = 3;
export const MAX_NEIGHBORHOOD_NODES = 500;
/**
 * Most relationships the walk reads: entities with thousands of relationships (in a large graph)
 * would otherwise make one neighbourhood read most of the graph to keep 500 entities of it.
 */
export const MAX_NEIGHBORHOOD_EDGES_READ = 5_000;

export interface Neighborhood {
  /** The centre first, then by distance from it, then by name. */
  nodes: NodeRecord[];
  /** Relationships whose two ends are both among `nodes`. */
  edges: EdgeRecord[];
  /** True when `MAX_NEIGHBORHOOD_NODES` or `MAX_NEIGHBORHOOD_EDGES_READ` stopped the walk early. */
  truncated: boolean;
}

export async function neighborhood(
  store: Store,
  center: NodeRecord,
  options: { depth: number; kinds?: readonly EntityKind[] /** Stops the walk once the request's time is up. */; deadline?: Deadline },
): Promise<Neighborhood> {
  const allowed = options.kinds && options.kinds.length > 0 ? new Set<string>(options.kinds) : null;
  const distance = new Map([[center.id, 0]]);
  const edges = new Map<string, EdgeRecord>();
  let frontier = [center.id];
  let truncated = false;
  let read = 0;
  for (let depth = 1; depth <= Math.min(options.depth, MAX_NEIGHBORHOOD_DEPTH) && frontier.length > 0; depth++) {
    const next: string[] = [];
    const readable = MAX_NEIGHBORHOOD_EDGES_READ - read;
    const touching = await store.edgesTouching(frontier, { limit: readable + 1 });
    const cut = touching.length > readable;
    if (cut) {
      // The layer is cut: what was read of it is kept, and the walk goes no further.
      truncated = true;
      touching.length = readable;
    }
    read += touching.length;
    for (const edge of touching) {
      options.deadline?.tick();
      for (const end of [edge.fromId, edge.toId]) {
        if (distance.has(end)) continue;
        if (allowed && !allowed.has(kindOfNodeId(end) ?? '')) continue;
        if (distance.size >= MAX_NEIGHBORHOOD_NODES) {
          truncated = true;
          continue;
        }
        distance.set(end, depth);
        next.push(end);
      }
      edges.set(edge.id, edge);
    }
    frontier = cut ? [] : next;
  }
  const nodes = await store.nodesByIds([...distance.keys()]);
  nodes.sort((a, b) => distance.get(a.id)! - distance.get(b.id)! || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  return {
    nodes,
    edges: [...edges.values()].filter((edge) => distance.has(edge.fromId) && distance.has(edge.toId)),
    truncated,
  };
}
