/**
 * What two roles share and what separates them: responsibilities, skill domains, certifications
 * (through the skill domains) and each role's stance on every comparison dimension.
 */
import type { EdgeRecord, NodeRecord } from '../model.js';
import type { Store } from '../store/store.js';
import { WALKS } from '../walks.js';

export interface Split {
  shared: NodeRecord[];
  onlyFirst: NodeRecord[];
  onlySecond: NodeRecord[];
}

/** A key responsibility as one role holds it: with the role's own relationship to it (its definition, its quote). */
export interface HeldResponsibility {
  role: NodeRecord;
  responsibility: NodeRecord;
  /** The HOLDS_RESPONSIBILITY edge: `statement` is the role's definition, `provenance` its quote. */
  relationship: EdgeRecord;
}

/** A responsibility both roles hold, with each role's own relationship to it. */
export interface SharedResponsibility {
  responsibility: NodeRecord;
  first: HeldResponsibility;
  second: HeldResponsibility;
}

export interface ResponsibilitySplit {
  shared: SharedResponsibility[];
  onlyFirst: HeldResponsibility[];
  onlySecond: HeldResponsibility[];
}

export interface DimensionComparison {
  dimension: NodeRecord;
  /** The stance edges (statement and provenance); null where the source gives the role none. */
  first: EdgeRecord | null;
  second: EdgeRecord | null;
}

export interface RoleComparison {
  first: NodeRecord;
  second: NodeRecord;
  responsibilities: ResponsibilitySplit;
  skillDomains: Split;
  certifications: Split;
  dimensions: DimensionComparison[];
}

export async function compareRoles(store: Store, first: NodeRecord, second: NodeRecord): Promise<RoleComparison> {
  const ids = [first.id, second.id];
  const [responsibilities, skillDomains, certifications, stances] = await Promise.all(
    [WALKS.Role.responsibilities, WALKS.Role.skillDomains, WALKS.Role.certifications, WALKS.Role.stances].map((walk) =>
      store.traverse(ids, walk.steps),
    ),
  );
  const reached = (rows: Awaited<ReturnType<Store['traverse']>>, roleId: string) => {
    const nodes = new Map<string, NodeRecord>();
    for (const row of rows) if (row.startId === roleId && !nodes.has(row.node.id)) nodes.set(row.node.id, row.node);
    return [...nodes.values()];
  };
  const split = (rows: Awaited<ReturnType<Store['traverse']>>): Split => {
    const a = reached(rows, first.id);
    const b = reached(rows, second.id);
    const inB = new Set(b.map((n) => n.id));
    const inA = new Set(a.map((n) => n.id));
    return {
      shared: a.filter((n) => inB.has(n.id)),
      onlyFirst: a.filter((n) => !inB.has(n.id)),
      onlySecond: b.filter((n) => !inA.has(n.id)),
    };
  };

  /** Each role's responsibilities in the source's order, each with the role's own edge to it. */
  const held = (role: NodeRecord) => {
    const byResponsibility = new Map<string, HeldResponsibility>();
    for (const row of responsibilities!) {
      if (row.startId === role.id && !byResponsibility.has(row.node.id)) {
        byResponsibility.set(row.node.id, { role, responsibility: row.node, relationship: row.hops[0]! });
      }
    }
    return byResponsibility;
  };
  const [heldByFirst, heldBySecond] = [held(first), held(second)];
  const responsibilitySplit: ResponsibilitySplit = {
    shared: [...heldByFirst.values()].flatMap((mine) => {
      const theirs = heldBySecond.get(mine.responsibility.id);
      return theirs ? [{ responsibility: mine.responsibility, first: mine, second: theirs }] : [];
    }),
    onlyFirst: [...heldByFirst.values()].filter((mine) => !heldBySecond.has(mine.responsibility.id)),
    onlySecond: [...heldBySecond.values()].filter((theirs) => !heldByFirst.has(theirs.responsibility.id)),
  };

  const dimensions = new Map<string, DimensionComparison>();
  for (const row of stances!) {
    const entry = dimensions.get(row.node.id) ?? { dimension: row.node, first: null, second: null };
    if (row.startId === first.id) entry.first = row.hops[0]!;
    if (row.startId === second.id) entry.second = row.hops[0]!;
    dimensions.set(row.node.id, entry);
  }

  return {
    first,
    second,
    responsibilities: responsibilitySplit,
    skillDomains: split(skillDomains!),
    certifications: split(certifications!),
    dimensions: [...dimensions.values()].sort((x, y) => x.dimension.name.localeCompare(y.dimension.name)),
  };
}
