/**
 * What a person holding some certifications is missing for a role, and which certifications
 * close the gap: the leading recommendations form a smallest set of certifications that covers
 * every missing skill domain any known certification covers.
 */
import type { NodeRecord } from '../model.js';
import type { Store, TraversalRow } from '../store/store.js';

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
  /** The role's key responsibilities supported by at least one covered skill domain. */
  coveredResponsibilities: NodeRecord[];
  missingResponsibilities: NodeRecord[];
  recommendedCertifications: Recommendation[];
}

/**
 * Exact smallest-cover search is exponential in the number of candidate certifications; past this
 * many it falls back to the greedy cover (at most ln(n)+1 times the smallest), which the seed graph
 * never needs.
 */
export const EXACT_COVER_CANDIDATE_LIMIT = 24;

export async function skillGap(store: Store, role: NodeRecord, heldCertifications: NodeRecord[]): Promise<SkillGap> {
  const heldIds = heldCertifications.map((c) => c.id);
  const [neededRows, heldDomainRows, responsibilityRows, responsibilityDomainRows] = await Promise.all([
    store.traverse([role.id], [{ relation: 'NEEDS_SKILL_DOMAIN', direction: 'out' }]),
    store.traverse(heldIds, [{ relation: 'COVERED_BY_CERTIFICATION', direction: 'in' }]),
    store.traverse([role.id], [{ relation: 'HOLDS_RESPONSIBILITY', direction: 'out' }]),
    store.traverse(
      [role.id],
      [
        { relation: 'HOLDS_RESPONSIBILITY', direction: 'out' },
        { relation: 'SUPPORTED_BY_SKILL_DOMAIN', direction: 'out' },
      ],
    ),
  ]);
  const needed = distinctNodes(neededRows);
  const heldDomainIds = new Set(heldDomainRows.map((row) => row.node.id));
  const coveredSkillDomains = needed.filter((d) => heldDomainIds.has(d.id));
  const missingSkillDomains = needed.filter((d) => !heldDomainIds.has(d.id));

  // Which known certifications cover each missing domain (one more round-trip, only if needed).
  const coverRows = missingSkillDomains.length
    ? await store.traverse(
        missingSkillDomains.map((d) => d.id),
        [{ relation: 'COVERED_BY_CERTIFICATION', direction: 'out' }],
      )
    : [];
  const coverableIds = new Set(coverRows.map((row) => row.startId));
  const uncoverableSkillDomains = missingSkillDomains.filter((d) => !coverableIds.has(d.id));

  const responsibilities = distinctNodes(responsibilityRows);
  const coveredResponsibilityIds = new Set(
    responsibilityDomainRows.filter((row) => heldDomainIds.has(row.node.id)).map((row) => row.hops[0]!.toId),
  );

  return {
    role,
    heldCertifications,
    coveredSkillDomains,
    missingSkillDomains,
    uncoverableSkillDomains,
    coveredResponsibilities: responsibilities.filter((r) => coveredResponsibilityIds.has(r.id)),
    missingResponsibilities: responsibilities.filter((r) => !coveredResponsibilityIds.has(r.id)),
    recommendedCertifications: recommend(missingSkillDomains, coverRows, new Set(heldIds)),
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
 * that order (lexicographically) of the least possible size, and leads the ranking.
 */
function recommend(missing: NodeRecord[], coverRows: readonly TraversalRow[], held: Set<string>): Recommendation[] {
  const domainOrder = new Map(missing.map((d, i) => [d.id, i]));
  const candidates = new Map<string, { certification: NodeRecord; closes: NodeRecord[] }>();
  for (const row of coverRows) {
    if (held.has(row.node.id)) continue;
    const entry = candidates.get(row.node.id) ?? { certification: row.node, closes: [] };
    const domain = missing.find((d) => d.id === row.startId)!;
    if (!entry.closes.includes(domain)) entry.closes.push(domain);
    candidates.set(row.node.id, entry);
  }
  const ordered = [...candidates.values()]
    .map((c) => ({ ...c, closes: c.closes.sort((a, b) => domainOrder.get(a.id)! - domainOrder.get(b.id)!) }))
    .sort((a, b) => b.closes.length - a.closes.length || a.certification.slug.localeCompare(b.certification.slug));

  const target = new Set(ordered.flatMap((c) => c.closes.map((d) => d.id)));
  const cover = ordered.length <= EXACT_COVER_CANDIDATE_LIMIT ? smallestCover(ordered, target) : greedyCover(ordered, target);
  const inCover = new Set(cover);
  const ranking = [...cover.map((i) => ordered[i]!), ...ordered.filter((_, i) => !inCover.has(i))];
  return ranking.map((c, index) => ({ ...c, rank: index + 1, inSmallestCover: index < cover.length }));
}

type Candidate = { closes: NodeRecord[] };

/** Indexes (into `candidates`) of the first smallest set whose domains include every target domain. */
function smallestCover(candidates: Candidate[], target: Set<string>): number[] {
  if (target.size === 0) return [];
  for (let size = 1; size <= candidates.length; size++) {
    const found = firstCombination(candidates.length, size, (indexes) => {
      const covered = new Set(indexes.flatMap((i) => candidates[i]!.closes.map((d) => d.id)));
      return covered.size === target.size;
    });
    if (found) return found;
  }
  return [];
}

/** The first k-combination of 0..n-1 in lexicographic order that `accept`s, or null. */
function firstCombination(n: number, k: number, accept: (indexes: number[]) => boolean): number[] | null {
  const indexes = Array.from({ length: k }, (_, i) => i);
  for (;;) {
    if (accept(indexes)) return [...indexes];
    let i = k - 1;
    while (i >= 0 && indexes[i] === n - k + i) i--;
    if (i < 0) return null;
    indexes[i]!++;
    for (let j = i + 1; j < k; j++) indexes[j] = indexes[j - 1]! + 1;
  }
}

function greedyCover(candidates: Candidate[], target: Set<string>): number[] {
  const uncovered = new Set(target);
  const chosen: number[] = [];
  while (uncovered.size > 0) {
    let best = -1;
    let bestGain = 0;
    candidates.forEach((c, i) => {
      const gain = c.closes.filter((d) => uncovered.has(d.id)).length;
      if (gain > bestGain) [best, bestGain] = [i, gain];
    });
    if (best === -1) break;
    chosen.push(best);
    for (const d of candidates[best]!.closes) uncovered.delete(d.id);
  }
  return chosen;
}
