/**
 * What a person holding some certifications is missing for a role, and which certifications
 * close the gap: the leading recommendations form a smallest set of certifications that covers
 * every missing skill domain any known certification covers.
 */

import type { Deadline } from '../deadline.js';
import type { NodeRecord } from '../model.js';
import type { Store, TraversalRow } from '../store/store.js';
import { WALKS } from '../walks.js';
import type { HeldResponsibility } from './role-comparison.js';

export interface Recommendation {
  certification: NodeRecord;
  /** The missing skill domains it covers. */
  closes: NodeRecord[];
  /** 1 for the first recommendation. */
  rank: number;
  /** Whether it belongs to the smallest covering set (the leading recommendations). */
  inSmallestCover: boolean;
}

export interface SkillGap {
  role: NodeRecord;
  heldCertifications: NodeRecord[];
  coveredSkillDomains: NodeRecord[];
  /** Every skill domain the role needs that the held certifications do not cover (uncoverable ones included). */
  missingSkillDomains: NodeRecord[];
  /** Missing skill domains no known certification covers. */
  uncoverableSkillDomains: NodeRecord[];
  /** The role's key responsibilities supported by at least one covered skill domain, each with the role's own definition. */
  coveredResponsibilities: HeldResponsibility[];
  missingResponsibilities: HeldResponsibility[];
  recommendedCertifications: Recommendation[];
  /**
   * True when the leading recommendations are proven a smallest cover; false when the exact search
   * ran out of its budget and they are the greedy cover (at most ln(n)+1 times the smallest).
   */
  smallestCoverProven: boolean;
}

/**
 * Most steps the exact smallest-cover search may take (a step tries one certification in one
 * partial cover, or checks one domain). Finding a smallest cover is NP-hard: a role whose missing domains many
 * certifications cover in overlapping ways could otherwise keep a request busy for minutes. The
 * seed graph needs a few dozen steps; past the budget (about 30 ms of CPU) the greedy cover answers,
 * marked as such.
 */
export const EXACT_COVER_STEP_BUDGET = 500_000;

/** Steps of the cover search per unit of query cost: about the CPU a unit of a path search's cost buys. */
export const EXACT_COVER_STEPS_PER_COST = 2_000;

/** The query cost of one skill gap, before what it selects: its cover search's budget in cost units. */
export const SKILL_GAP_COST = EXACT_COVER_STEP_BUDGET / EXACT_COVER_STEPS_PER_COST;

export interface SkillGapOptions {
  /** Stops the cover search (by throwing the deadline's error) once the request's time is up. */
  deadline?: Deadline;
  /** Overrides `EXACT_COVER_STEP_BUDGET` (tests of the fallback). */
  exactCoverStepBudget?: number;
}

export async function skillGap(
  store: Store,
  role: NodeRecord,
  heldCertifications: NodeRecord[],
  options: SkillGapOptions = {},
): Promise<SkillGap> {
  const heldIds = heldCertifications.map((c) => c.id);
  const [neededRows, heldDomainRows, responsibilityRows, responsibilityDomainRows] = await Promise.all([
    store.traverse([role.id], WALKS.Role.skillDomains.steps),
    store.traverse(heldIds, WALKS.Certification.skillDomains.steps),
    store.traverse([role.id], WALKS.Role.responsibilities.steps),
    // The skill domains supporting each of the role's responsibilities (`hops[0]` names the responsibility).
    store.traverse([role.id], [...WALKS.Role.responsibilities.steps, ...WALKS.Responsibility.skillDomains.steps]),
  ]);
  const needed = distinctNodes(neededRows);
  const heldDomainIds = new Set(heldDomainRows.map((row) => row.node.id));
  const coveredSkillDomains = needed.filter((d) => heldDomainIds.has(d.id));
  const missingSkillDomains = needed.filter((d) => !heldDomainIds.has(d.id));

  // Which known certifications cover each missing domain (one more round-trip, only if needed).
  const coverRows = missingSkillDomains.length
    ? await store.traverse(
        missingSkillDomains.map((d) => d.id),
        WALKS.SkillDomain.certifications.steps,
      )
    : [];
  const coverableIds = new Set(coverRows.map((row) => row.startId));
  const uncoverableSkillDomains = missingSkillDomains.filter((d) => !coverableIds.has(d.id));

  // The role's responsibilities, each with the role's own edge to it (its definition, its quote).
  const responsibilities = new Map<string, HeldResponsibility>();
  for (const row of responsibilityRows) {
    if (!responsibilities.has(row.node.id))
      responsibilities.set(row.node.id, { role, responsibility: row.node, relationship: row.hops[0]! });
  }
  const coveredResponsibilityIds = new Set(
    responsibilityDomainRows.filter((row) => heldDomainIds.has(row.node.id)).map((row) => row.hops[0]!.toId),
  );

  const { recommendations, proven } = recommend(missingSkillDomains, coverRows, new Set(heldIds), options);
  return {
    role,
    heldCertifications,
    coveredSkillDomains,
    missingSkillDomains,
    uncoverableSkillDomains,
    coveredResponsibilities: [...responsibilities.values()].filter((r) => coveredResponsibilityIds.has(r.responsibility.id)),
    missingResponsibilities: [...responsibilities.values()].filter((r) => !coveredResponsibilityIds.has(r.responsibility.id)),
    recommendedCertifications: recommendations,
    smallestCoverProven: proven,
  };
}

function distinctNodes(rows: readonly TraversalRow[]): NodeRecord[] {
  const nodes = new Map<string, NodeRecord>();
  for (const row of rows) if (!nodes.has(row.node.id)) nodes.set(row.node.id, row.node);
  return [...nodes.values()];
}

/**
 * Ranks every certification that covers a missing domain. Candidates are ordered by how many
 * missing domains they close (most first), then by slug; the smallest cover is the first set of
 * that order (lexicographically) of the least possible size, and leads the ranking. When the exact
 * search runs out of its budget, the greedy cover leads instead (`proven: false`).
 */
function recommend(
  missing: NodeRecord[],
  coverRows: readonly TraversalRow[],
  held: Set<string>,
  options: SkillGapOptions,
): { recommendations: Recommendation[]; proven: boolean } {
  const domainOrder = new Map(missing.map((d, i) => [d.id, i]));
  const candidates = new Map<string, { certification: NodeRecord; closes: NodeRecord[] }>();
  for (const row of coverRows) {
    if (held.has(row.node.id)) continue;
    const entry = candidates.get(row.node.id) ?? { certification: row.node, closes: [] };
    const domain = missing[domainOrder.get(row.startId)!]!;
    if (!entry.closes.includes(domain)) entry.closes.push(domain);
    candidates.set(row.node.id, entry);
  }
  const ordered = [...candidates.values()]
    .map((c) => ({ ...c, closes: c.closes.sort((a, b) => domainOrder.get(a.id)! - domainOrder.get(b.id)!) }))
    .sort((a, b) => b.closes.length - a.closes.length || a.certification.slug.localeCompare(b.certification.slug));

  const sets = ordered.map((c) => c.closes.map((d) => domainOrder.get(d.id)!));
  const exact = smallestCover(sets, missing.length, options.exactCoverStepBudget ?? EXACT_COVER_STEP_BUDGET, options.deadline);
  const cover = exact ?? greedyCover(sets, missing.length, options.deadline);
  const inCover = new Set(cover);
  const ranking = [...cover.map((i) => ordered[i]!), ...ordered.filter((_, i) => !inCover.has(i))];
  return {
    recommendations: ranking.map((c, index) => ({ ...c, rank: index + 1, inSmallestCover: index < cover.length })),
    proven: exact !== null,
  };
}

/**
 * Indexes (into `sets`, each a list of domain indexes below `domains`) of the first set of
 * candidates, in lexicographic order of indexes, of the least size that covers every domain some
 * candidate covers; null when that takes more than `budget` steps.
 *
 * Sizes are tried from the least the largest candidate allows; for each, a depth-first search
 * over increasing indexes (so the first cover found is the lexicographically first). It never takes
 * a candidate that adds no domain (no smallest cover has one), gives up on a branch whose remaining
 * slots cannot cover what is left even at the next candidate's size (candidates come largest
 * first), or where some uncovered domain has no candidate left.
 */
function smallestCover(sets: number[][], domains: number, budget: number, deadline: Deadline | undefined): number[] | null {
  const coverable = new Set(sets.flat());
  if (coverable.size === 0) return [];
  // The last candidate that covers each domain: past it, the domain can no longer be covered.
  const lastCovering = new Array<number>(domains).fill(-1);
  sets.forEach((set, i) => {
    for (const d of set) lastCovering[d] = i;
  });
  const coveredTimes = new Array<number>(domains).fill(0);
  let uncovered = coverable.size;
  let steps = 0;
  const chosen: number[] = [];

  /** Whether some uncovered domain has no candidate from `start` on (each domain looked at is a step). */
  const stranded = (start: number) => {
    for (const d of coverable) {
      steps++;
      if (coveredTimes[d] === 0 && lastCovering[d]! < start) return true;
    }
    return false;
  };

  const search = (start: number, size: number): boolean | null => {
    if (uncovered === 0) return true;
    const slots = size - chosen.length;
    if (slots === 0 || start >= sets.length) return false;
    if (uncovered > slots * sets[start]!.length || stranded(start)) return steps > budget ? null : false;
    for (let i = start; i < sets.length; i++) {
      if (++steps > budget) return null;
      deadline?.tick();
      if (uncovered > slots * sets[i]!.length) return false; // smaller candidates only from here on
      const set = sets[i]!;
      let gain = 0;
      for (const d of set) if (coveredTimes[d] === 0) gain++;
      if (gain === 0) continue;
      for (const d of set) coveredTimes[d]!++;
      uncovered -= gain;
      chosen.push(i);
      const found = search(i + 1, size);
      if (found !== false) return found;
      chosen.pop();
      uncovered += gain;
      for (const d of set) coveredTimes[d]!--;
    }
    return false;
  };

  for (let size = Math.ceil(coverable.size / sets[0]!.length); size <= sets.length; size++) {
    const found = search(0, size);
    if (found === null) return null;
    if (found) return [...chosen];
  }
  return null; // unreachable: all candidates together cover every coverable domain
}

function greedyCover(sets: number[][], domains: number, deadline: Deadline | undefined): number[] {
  const uncovered = new Array<boolean>(domains).fill(false);
  for (const set of sets) for (const d of set) uncovered[d] = true;
  const chosen: number[] = [];
  for (;;) {
    let best = -1;
    let bestGain = 0;
    sets.forEach((set, i) => {
      deadline?.tick();
      const gain = set.filter((d) => uncovered[d]).length;
      if (gain > bestGain) [best, bestGain] = [i, gain];
    });
    if (best === -1) return chosen;
    chosen.push(best);
    for (const d of sets[best]!) uncovered[d] = false;
  }
}
