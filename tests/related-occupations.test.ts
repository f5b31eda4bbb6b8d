/**
 * `relatedOccupations(uri:, first:)`: ESCO occupations ranked by the essential skills they share
 * with one, the shared skills as evidence; bounded work, charged for in the query cost.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { edgeId, nodeId, type Provenance, type Store } from '../src/data/index.js';
import { validateGraphExport } from '../src/data/transfer.js';
import { graphql } from './graphql/index.js';
import { startTestService, type TestService } from './support/knowledge-graph.js';
import { alteredStore } from './support/store-wrappers.js';
import { openTestGraph } from './support/test-store.js';

const SYSTEM_ADMINISTRATOR = 'http://data.europa.eu/esco/occupation/9e2e6e1e-363b-4e1b-a673-7bc0f7343300';

let service: TestService;
beforeAll(async () => {
  service = await startTestService();
});

const Related = graphql(`
  query SpecRelatedOccupations($uri: String!, $first: Int) {
    relatedOccupations(uri: $uri, first: $first) {
      rank
      sharedCount
      occupation { name }
      sharedEssentialSkills { name slug }
    }
  }
`);

/**
 * The answer worked out from the shipped slice file on its own (not through the store or the
 * analysis): each occupation's essential skills, and the others ranked by how many they share.
 */
function expectedFromSlice(uri: string, first: number) {
  type Slice = { nodes: [string, string, string, string, { uri?: string }][]; edges: [string, string, string, string | null][] };
  const slice = JSON.parse(readFileSync(new URL('../src/data/content/esco-it-slice.json', import.meta.url), 'utf8')) as Slice;
  const names = new Map(slice.nodes.map(([kind, slug, name]) => [`${kind}:${slug}`, name]));
  const essential = new Map<string, Set<string>>();
  for (const [relation, from, to, qualifier] of slice.edges) {
    if (relation !== 'REQUIRES_SKILL' || qualifier !== 'ESSENTIAL') continue;
    essential.set(from, (essential.get(from) ?? new Set()).add(to));
  }
  const self = `Occupation:${uri.slice(uri.lastIndexOf('/') + 1)}`;
  const mine = essential.get(self)!;
  return [...essential]
    .filter(([occupation]) => occupation !== self)
    .map(([occupation, skills]) => ({
      name: names.get(occupation)!,
      shared: [...skills].filter((s) => mine.has(s)).map((s) => names.get(s)!),
    }))
    .filter((o) => o.shared.length > 0)
    .sort((a, b) => b.shared.length - a.shared.length || a.name.localeCompare(b.name, 'en'))
    .slice(0, first)
    .map((o, index) => ({
      rank: index + 1,
      sharedCount: o.shared.length,
      name: o.name,
      skills: o.shared.sort((a, b) => a.localeCompare(b, 'en')),
    }));
}

describe('relatedOccupations', () => {
  it('ranks the occupations closest to an ICT system administrator: the network administrator first, sharing 12 essential skills', async () => {
    const { relatedOccupations } = await service.data(Related, { uri: SYSTEM_ADMINISTRATOR, first: 10 });
    expect(relatedOccupations[0]).toMatchObject({ rank: 1, sharedCount: 12, occupation: { name: 'ICT network administrator' } });
    // The occupations the specialist and the generalist are matched to are among the closest.
    const names = relatedOccupations.map((r) => r.occupation.name);
    expect(names).toContain('ICT network technician');
    expect(names).toContain('ICT technician');
    expect(names).not.toContain('ICT system administrator');
    expect(
      relatedOccupations.map((r) => ({
        rank: r.rank,
        sharedCount: r.sharedCount,
        name: r.occupation.name,
        skills: r.sharedEssentialSkills.map((s) => s.name),
      })),
    ).toEqual(expectedFromSlice(SYSTEM_ADMINISTRATOR, 10));
    for (const r of relatedOccupations) expect(r.sharedEssentialSkills).toHaveLength(r.sharedCount);
  });

  it('answers `first` occupations (10 by default)', async () => {
    expect((await service.data(Related, { uri: SYSTEM_ADMINISTRATOR })).relatedOccupations).toHaveLength(10);
    expect((await service.data(Related, { uri: SYSTEM_ADMINISTRATOR, first: 3 })).relatedOccupations.map((r) => r.rank)).toEqual([1, 2, 3]);
  });

  it('refuses a malformed or unknown URI, and a `first` out of range, with BAD_USER_INPUT', async () => {
    for (const [uri, first, message] of [
      ['ICT system administrator', 5, /must be an ESCO occupation URI/],
      ['http://data.europa.eu/esco/occupation/00000000-0000-0000-0000-000000000000', 5, /No occupation has the URI/],
      [SYSTEM_ADMINISTRATOR, 0, /`first` must be 1 to 100/],
      [SYSTEM_ADMINISTRATOR, 101, /`first` must be 1 to 100/],
    ] as const) {
      const result = await service.query(Related, { uri, first });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toMatch(message);
    }
  });

  it('walks back from the skills in a few batched store calls', async () => {
    const { store } = await openTestGraph();
    const calls: number[] = [];
    const counting = alteredStore(store, {
      traverse: async (...args: Parameters<Store['traverse']>) => {
        calls.push(args[0].length);
        return store.traverse(...args);
      },
    });
    const counted = await startTestService({ store: counting, responseCache: false });
    await counted.data(Related, { uri: SYSTEM_ADMINISTRATOR, first: 5 });
    // One walk out to its 29 essential skills, then one back from the first 8 and one from the other 21.
    expect(calls).toEqual([1, 8, 21]);
  });

  it('is charged its work budget in the query cost: fifteen at once are refused before they run, one answers', async () => {
    // Generated at run time (aliases of one field), so plain text rather than a typed document.
    const aliases = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `r${i}: relatedOccupations(uri: "${SYSTEM_ADMINISTRATOR}", first: 100) { sharedCount occupation { name } }`).join(' ')} }`;
    // Each: 500 for the search, and 100 occupations of 3 each; without the search's charge, fifteen would cost 4,500.
    const refused = await service.query(aliases(15));
    expect(refused.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
    expect(refused.errors?.[0]?.message).toContain('query cost 12,000');
    const answered = await service.query(aliases(1));
    expect(answered.errors).toBeUndefined();
  });
});

describe('relatedOccupations on a graph its budget cannot rank', () => {
  it('answers no partial ranking but QUERY_TOO_COSTLY', async () => {
    // 120 occupations that all require the same 90 skills as essential: 10,800 relations to read back.
    const { store } = await openTestGraph();
    const exported = await store.exportGraph();
    const provenance: Provenance = {
      kind: 'CURATED',
      quote: null,
      section: null,
      rationale: 'A test graph.',
      sourceId: null,
      record: null,
    };
    const node = (kind: 'Occupation' | 'Skill', slug: string) => ({
      id: nodeId(kind, slug),
      kind,
      slug,
      name: `${kind} ${slug}`,
      description: `A made-up ${kind.toLowerCase()}.`,
      attributes: { uri: `http://data.europa.eu/esco/${kind.toLowerCase()}/${slug}` },
      provenance,
      version: 1,
      deprecatedAt: null,
      replacedById: null,
      origin: 'api' as const,
    });
    const uuid = (n: number) => `00000000-0000-0000-0000-${String(n).padStart(12, '0')}`;
    const occupations = Array.from({ length: 120 }, (_, i) => node('Occupation', uuid(i + 1)));
    const skills = Array.from({ length: 90 }, (_, i) => node('Skill', `dense-skill-${i + 1}`));
    const edges = occupations.flatMap((occupation) =>
      skills.map((skill, position) => ({
        id: edgeId('REQUIRES_SKILL', occupation.id, skill.id),
        relation: 'REQUIRES_SKILL' as const,
        fromId: occupation.id,
        toId: skill.id,
        position,
        statement: null,
        qualifier: 'ESSENTIAL',
        provenance,
        version: 1,
        origin: 'api' as const,
      })),
    );
    const graph = { ...exported, nodes: [...exported.nodes, ...occupations, ...skills], edges: [...exported.edges, ...edges] };
    await store.importGraph(validateGraphExport(graph), { dryRun: false });
    const dense = await startTestService({ store, responseCache: false });
    const result = await dense.query(Related, {
      uri: 'http://data.europa.eu/esco/occupation/00000000-0000-0000-0000-000000000001',
      first: 5,
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', argument: 'uri' });
    expect(result.errors?.[0]?.extensions?.['relationsRead']).toBeGreaterThan(10_000);
    expect(result.errors?.[0]?.extensions?.['relationsRead']).toBeLessThan(10_800);
    // Ranked within the budget, the slice's occupations still answer on the same store.
    expect((await dense.data(Related, { uri: SYSTEM_ADMINISTRATOR, first: 1 })).relatedOccupations).toHaveLength(1);
  }, 60_000);
});
