/**
 * Explanation paths: the shortest chains of relationships between two entities, walking edges in
 * either direction.
 *
 * Bounded by a work budget, so that no input makes it slow: a unit of work is one relationship
 * read from the store or one extension of a path tried while listing, and a search may do
 * `PATH_SEARCH_BUDGET` units (the query-cost model charges for exactly that). In a well-connected graph the entities within 6 relationships of any entity are most of
 * the graph; the walk therefore grows from both ends at once (meeting in the middle reads the
 * relationships of the entities within half the length of either end, not the whole length of
 * one), and stops when the budget is spent. What it found is then the start of the answer, complete
 * up to the length it searched; the caller learns that length, and that the search was cut short.
 */
import type { Deadline } from '../deadline.js';
import { type DirectedRelation, type EdgeRecord, readRelation } from '../model.js';
import type { Store } from '../store/store.js';

export const MAX_PATH_LENGTH = 6;

/**
 * Units of work a search may do, whatever its `maxLength`: a fixed budget keeps a refusal's advice
 * true (a search with a smaller `maxLength` repeats the start of a longer one's work, so it fits),
 * and even a search of length 1 reads every relationship of its end. About 40 ms of CPU at most.
 */
export const PATH_SEARCH_BUDGET = 5_000;

/** Units of work (relationships read, extensions tried) per unit of query cost. */
export const PATH_WORK_PER_COST = 10;

/** The query cost of one path search, before the cost of what it selects: its work budget in cost units. */
export const PATH_SEARCH_COST = PATH_SEARCH_BUDGET / PATH_WORK_PER_COST;

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
  /**
   * The paths in order (length, then the ids along them): the first `limit`, or every path up to
   * `maxLength`; when `truncated`, fewer, but still the first ones in that order.
   */
  paths: RelationshipPath[];
  /** True when the budget ran out with fewer than `limit` paths found: more may exist up to `maxLength`. */
  truncated: boolean;
  /** The longest length up to which every path was found (`maxLength` when not truncated). */
  searchedLength: number;
}

export interface PathSearchOptions {
  maxLength: number;
  limit: number;
  /** Overrides `PATH_SEARCH_BUDGET`. */
  budget?: number;
  /** Stops the search (by throwing the deadline's error) once the request's time is up. */
  deadline?: Deadline;
}

interface Neighbour {
  edge: EdgeRecord;
  next: string;
}

export async function findPaths(store: Store, fromId: string, toId: string, options: PathSearchOptions): Promise<PathSearch> {
  const maxLength = Math.min(options.maxLength, MAX_PATH_LENGTH);
  if (fromId === toId) return { paths: [{ steps: [] }], truncated: false, searchedLength: maxLength };
  const deadline = options.deadline;
  let work = 0;
  const budget = options.budget ?? PATH_SEARCH_BUDGET;

  // Every relationship read, by both its ends.
  const adjacency = new Map<string, Map<string, EdgeRecord>>();
  const remember = (edge: EdgeRecord) => {
    for (const end of [edge.fromId, edge.toId]) {
      const known = adjacency.get(end) ?? new Map<string, EdgeRecord>();
      known.set(edge.id, edge);
      adjacency.set(end, known);
    }
  };

  /**
   * One side of the walk: `layers` layers of entities have had all their relationships read.
   * Every relationship of a path up to `from.layers + to.layers` long has an end among them
   * (the step at position i leaves an entity i steps from `from`, or reaches one `length - i - 1`
   * steps from `to`), so every such path has been read.
   */
  const side = (start: string) => ({ seen: new Set([start]), frontier: [start], layers: 0 });
  const ends = { from: side(fromId), to: side(toId) };
  let expanded = 0; // entities whose relationships were read, and how many they had: to size the next store call
  let read = 0;

  /** Reads the next layer of one side, in as many store calls as the budget needs; false when it ran out first. */
  const expand = async (walk: ReturnType<typeof side>): Promise<boolean> => {
    const next: string[] = [];
    for (let done = 0; done < walk.frontier.length; ) {
      deadline?.check();
      const perEntity = expanded === 0 ? 1 : Math.max(1, read / expanded);
      const take = Math.max(1, Math.floor((budget - work) / perEntity));
      const chunk = walk.frontier.slice(done, done + take);
      // One more than the budget allows: a full answer means the budget ran out within this chunk.
      const allowed = budget - work;
      const edges = await store.edgesTouching(chunk, { limit: allowed + 1 });
      if (edges.length > allowed) {
        work = budget;
        return false;
      }
      done += chunk.length;
      expanded += chunk.length;
      read += edges.length;
      work += edges.length;
      for (const edge of edges) {
        deadline?.tick();
        remember(edge);
        for (const end of [edge.fromId, edge.toId]) {
          if (!walk.seen.has(end)) {
            walk.seen.add(end);
            next.push(end);
          }
        }
      }
      if (work >= budget && done < walk.frontier.length) return false;
    }
    walk.frontier = next;
    walk.layers++;
    return true;
  };

  // Distance of every entity read to `to`, so the listing only extends paths that can still arrive.
  // (Distances within what was read are never shorter than in the graph: no path is pruned wrongly.)
  let distanceToTarget = new Map<string, number>();
  const measureDistances = () => {
    distanceToTarget = new Map([[toId, 0]]);
    let layer = [toId];
    for (let distance = 1; layer.length > 0 && distance <= maxLength; distance++) {
      const following: string[] = [];
      for (const node of layer) {
        for (const edge of adjacency.get(node)?.values() ?? []) {
          deadline?.tick();
          const other = edge.fromId === node ? edge.toId : edge.fromId;
          if (!distanceToTarget.has(other)) {
            distanceToTarget.set(other, distance);
            following.push(other);
          }
        }
      }
      layer = following;
    }
  };

  // Each entity's relationships in listing order, sorted once (the listing visits entities many times).
  const ordered = new Map<string, Neighbour[]>();
  const neighbours = (node: string): Neighbour[] => {
    let list = ordered.get(node);
    if (!list) {
      list = [...(adjacency.get(node)?.values() ?? [])]
        .map((edge) => ({ edge, next: edge.fromId === node ? edge.toId : edge.fromId }))
        .sort((a, b) => (a.next < b.next ? -1 : a.next > b.next ? 1 : a.edge.id < b.edge.id ? -1 : a.edge.id > b.edge.id ? 1 : 0));
      ordered.set(node, list);
    }
    return list;
  };

  // Paths in order of length, then of the ids along them; each length is listed depth-first.
  const paths: RelationshipPath[] = [];
  const onPath = new Set([fromId]);
  const steps: PathStep[] = [];
  let listingRanOut = false;
  const extend = (node: string, remaining: number): void => {
    if (node === toId) {
      if (remaining === 0) paths.push({ steps: [...steps] });
      return;
    }
    for (const { edge, next } of neighbours(node)) {
      if (paths.length >= options.limit || listingRanOut) return;
      if (onPath.has(next) || (distanceToTarget.get(next) ?? Infinity) > remaining - 1) continue;
      deadline?.tick();
      if (++work > budget) {
        listingRanOut = true;
        return;
      }
      onPath.add(next);
      steps.push({ fromId: node, toId: next, relation: readRelation(edge.relation, edge.fromId === node), edge });
      extend(next, remaining - 1);
      steps.pop();
      onPath.delete(next);
    }
  };

  // Paths up to `from.layers + to.layers` long are all read: list them, and read further only when
  // they are not yet `limit` (the shortest paths are usually found long before `maxLength`).
  let listed = 0; // every path up to this length is in `paths`
  let searchedLength = 0;
  for (;;) {
    const exhausted = ends.from.frontier.length === 0 || ends.to.frontier.length === 0;
    const complete = exhausted ? maxLength : Math.min(ends.from.layers + ends.to.layers, maxLength);
    if (complete > listed) {
      ordered.clear(); // relationships read since the last listing
      measureDistances();
      for (let length = listed + 1; length <= complete && paths.length < options.limit; length++) {
        extend(fromId, length);
        if (listingRanOut) break;
        listed = length;
      }
    }
    searchedLength = listed;
    if (paths.length >= options.limit || listingRanOut || listed >= maxLength) break;
    // Grow the smaller side: it reads the fewest relationships for the same gain in length.
    if (work >= budget || !(await expand(ends.from.frontier.length <= ends.to.frontier.length ? ends.from : ends.to))) break;
  }
  const truncated = paths.length < options.limit && searchedLength < maxLength;
  return { paths, truncated, searchedLength: truncated ? searchedLength : maxLength };
}
