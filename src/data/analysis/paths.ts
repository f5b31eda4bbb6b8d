/**
 * Explanation paths: the shortest chains of relationships between two entities, walking edges in
 * either direction. Bounded so that no input makes it slow: the walk reads one store call per
 * step of length, visits at most `MAX_VISITED_NODES` entities and tries at most
 * `MAX_SEARCH_STEPS` extensions while it lists paths.
 */
import { readRelation, type DirectedRelation, type EdgeRecord } from '../model.js';
import type { Store } from '../store/store.js';

export const MAX_PATH_LENGTH = 6;
export const MAX_VISITED_NODES = 5_000;
export const MAX_SEARCH_STEPS = 100_000;

export interface PathStep {
  fromId: string;
  toId: string;
  /** The relation as it reads along the path (`COVERS_SKILL_DOMAIN` walking COVERED_BY_CERTIFICATION backwards). */
  relation: DirectedRelation;
  /** The stored relationship walked, with its provenance. */
  edge: EdgeRecord;
}

export interface RelationshipPath {
  steps: PathStep[];
}

export interface PathSearch {
  paths: RelationshipPath[];
  /** True when a bound stopped the search before it had looked at every path up to `maxLength`. */
  truncated: boolean;
}

export async function findPaths(
  store: Store,
  fromId: string,
  toId: string,
  options: { maxLength: number; limit: number },
): Promise<PathSearch> {
  if (fromId === toId) return { paths: [{ steps: [] }], truncated: false };
  const maxLength = Math.min(options.maxLength, MAX_PATH_LENGTH);

  // Breadth-first from `from`, one store call per layer, collecting every edge seen.
  const adjacency = new Map<string, Map<string, EdgeRecord>>();
  const seen = new Set([fromId]);
  let frontier = [fromId];
  let truncated = false;
  for (let depth = 0; depth < maxLength && frontier.length > 0; depth++) {
    const edges = await store.edgesTouching(frontier);
    const next: string[] = [];
    for (const edge of edges) {
      for (const [end, other] of [
        [edge.fromId, edge.toId],
        [edge.toId, edge.fromId],
      ] as const) {
        const known = adjacency.get(end) ?? new Map<string, EdgeRecord>();
        known.set(edge.id, edge);
        adjacency.set(end, known);
        if (!seen.has(other) && seen.size < MAX_VISITED_NODES) {
          seen.add(other);
          next.push(other);
        } else if (!seen.has(other)) {
          truncated = true;
        }
      }
    }
    frontier = next;
  }

  // Distance of every collected node to `to`, so the listing only extends paths that can still arrive.
  const distanceToTarget = new Map([[toId, 0]]);
  let layer = [toId];
  while (layer.length > 0) {
    const following: string[] = [];
    for (const node of layer) {
      for (const edge of adjacency.get(node)?.values() ?? []) {
        const other = edge.fromId === node ? edge.toId : edge.fromId;
        if (!distanceToTarget.has(other)) {
          distanceToTarget.set(other, distanceToTarget.get(node)! + 1);
          following.push(other);
        }
      }
    }
    layer = following;
  }

  const shortest = distanceToTarget.get(fromId);
  const paths: RelationshipPath[] = [];
  if (shortest === undefined || shortest > maxLength) return { paths, truncated };

  // Paths in order of length, then of the ids along them; each length is listed depth-first.
  let budget = MAX_SEARCH_STEPS;
  const onPath = new Set([fromId]);
  const steps: PathStep[] = [];
  const extend = (node: string, remaining: number): void => {
    if (paths.length >= options.limit || budget <= 0) return;
    if (node === toId) {
      if (remaining === 0) paths.push({ steps: [...steps] });
      return;
    }
    const choices = [...(adjacency.get(node)?.values() ?? [])]
      .map((edge) => ({ edge, next: edge.fromId === node ? edge.toId : edge.fromId }))
      .filter(({ next }) => !onPath.has(next) && (distanceToTarget.get(next) ?? Infinity) <= remaining - 1)
      .sort((a, b) => a.next.localeCompare(b.next) || a.edge.id.localeCompare(b.edge.id));
    for (const { edge, next } of choices) {
      if (--budget <= 0) {
        truncated = true;
        return;
      }
      onPath.add(next);
      steps.push({ fromId: node, toId: next, relation: readRelation(edge.relation, edge.fromId === node), edge });
      extend(next, remaining - 1);
      steps.pop();
      onPath.delete(next);
    }
  };
  for (let length = shortest; length <= maxLength && paths.length < options.limit && budget > 0; length++) {
    extend(fromId, length);
  }
  return { paths, truncated };
}
