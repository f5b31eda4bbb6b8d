/**
 * The ESCO occupations closest to one occupation, by how many of its essential skills they list as
 * essential too (O*NET's "related occupations", JobTech's substitutability): the shared skills are
 * the evidence.
 *
 * Two walks along REQUIRES_SKILL: out to the occupation's essential skills, then back from those
 * skills to every occupation that lists them. The second reads one row per occupation–skill
 * relation of those skills, so it is bounded by a work budget (`RELATED_OCCUPATIONS_BUDGET` rows)
 * and read in batches of skills sized to what is left of it; the query-cost model charges for the
 * budget. ESCO v1.1.1's most connected occupation needs 8,569 rows: every occupation of the full
 * package fits. A graph where one does not is answered with `complete: false` and no ranking (the API
 * refuses it as too costly), as a ranking from part of the skills could put the wrong occupations first.
 */
import type { Deadline } from '../deadline.js';
import type { NodeRecord } from '../model.js';
import type { Store } from '../store/store.js';
import { WALKS } from '../walks.js';

/** Occupation–skill relations a search may read (one row each), whatever `first` asks for. */
export const RELATED_OCCUPATIONS_BUDGET = 10_000;

/** Relations read per unit of query cost (a row carries its whole occupation: dearer than a path step). */
export const RELATED_OCCUPATION_ROWS_PER_COST = 20;

/** The query cost of one search, before what it selects: its budget in cost units. */
export const RELATED_OCCUPATIONS_COST = RELATED_OCCUPATIONS_BUDGET / RELATED_OCCUPATION_ROWS_PER_COST;

/** Skills read in the first batch of the walk back, before the batch size is estimated from what was read. */
const FIRST_BATCH = 8;

export interface RelatedOccupation {
  occupation: NodeRecord;
  /** The essential skills of the given occupation that this one lists as essential too, by name. */
  sharedEssentialSkills: NodeRecord[];
  /** 1 for the closest. */
  rank: number;
}

export interface RelatedOccupations {
  occupation: NodeRecord;
  /** The given occupation's essential skills (deprecated ones left out). */
  essentialSkills: NodeRecord[];
  /** The closest occupations, at most `first`: most shared essential skills first, ties by name. Empty when not `complete`. */
  related: RelatedOccupation[];
  /** False when the budget ran out before every occupation listing one of the skills was read. */
  complete: boolean;
  /** Occupation–skill relations read walking back from the skills. */
  relationsRead: number;
}

export interface RelatedOccupationsOptions {
  first: number;
  /** Overrides `RELATED_OCCUPATIONS_BUDGET`. */
  budget?: number;
  /** Stops the search (by throwing the deadline's error) once the request's time is up. */
  deadline?: Deadline;
}

const byName = (a: NodeRecord, b: NodeRecord) => a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export async function relatedOccupations(
  store: Store,
  occupation: NodeRecord,
  options: RelatedOccupationsOptions,
): Promise<RelatedOccupations> {
  const budget = options.budget ?? RELATED_OCCUPATIONS_BUDGET;
  const essential = WALKS.Occupation.essentialSkills;
  const qualifiers: readonly string[] = essential.qualifiers;
  const isEssential = (qualifier: string | null) => qualifier !== null && qualifiers.includes(qualifier);

  const skillRows = await store.traverse([occupation.id], essential.steps);
  const skills = new Map<string, NodeRecord>();
  for (const row of skillRows) {
    if (isEssential(row.hops.at(-1)!.qualifier) && row.node.deprecatedAt === null) skills.set(row.node.id, row.node);
  }
  const skillIds = [...skills.keys()];

  // Walk back from the skills in batches, each sized to the budget left by the rows per skill read so far.
  const shared = new Map<string, { occupation: NodeRecord; skills: Map<string, NodeRecord> }>();
  let read = 0;
  let done = 0;
  while (done < skillIds.length) {
    options.deadline?.check();
    if (read >= budget) break;
    const perSkill = done === 0 ? null : Math.max(1, read / done);
    const take = perSkill === null ? FIRST_BATCH : Math.max(1, Math.floor((budget - read) / perSkill));
    const batch = skillIds.slice(done, done + take);
    const rows = await store.traverse(batch, WALKS.Skill.occupations.steps);
    read += rows.length;
    done += batch.length;
    for (const row of rows) {
      options.deadline?.tick();
      const other = row.node;
      if (other.id === occupation.id || other.deprecatedAt !== null || !isEssential(row.hops.at(-1)!.qualifier)) continue;
      const entry = shared.get(other.id) ?? { occupation: other, skills: new Map<string, NodeRecord>() };
      entry.skills.set(row.startId, skills.get(row.startId)!);
      shared.set(other.id, entry);
    }
  }
  const complete = done === skillIds.length && read <= budget;
  const essentialSkills = [...skills.values()].sort(byName);
  if (!complete) return { occupation, essentialSkills, related: [], complete, relationsRead: read };

  const related = [...shared.values()]
    .sort((a, b) => b.skills.size - a.skills.size || byName(a.occupation, b.occupation))
    .slice(0, Math.max(0, options.first))
    .map((entry, index) => ({
      occupation: entry.occupation,
      sharedEssentialSkills: [...entry.skills.values()].sort(byName),
      rank: index + 1,
    }));
  return { occupation, essentialSkills, related, complete, relationsRead: read };
}
