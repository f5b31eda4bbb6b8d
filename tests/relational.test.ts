/** Relational questions answered in one request: search, role comparison, skill gap, paths, neighbourhoods. */
import { beforeAll, describe, expect, it } from 'vitest';
import { seedGraph } from '../src/data/index.js';
import type { EntityKind } from './graphql/graphql.js';
import { graphql } from './graphql/index.js';
import { ARTICLE_KINDS } from './support/article-kinds.js';
import { countingStore, startTestService, type TestService } from './support/knowledge-graph.js';
import { openTestGraph } from './support/test-store.js';

let service: TestService;
beforeAll(async () => {
  service = await startTestService();
});

const Search = graphql(`
  query Search($query: String!, $kinds: [EntityKind!], $first: Int) {
    search(query: $query, kinds: $kinds, first: $first) {
      totalCount
      edges { score node { kind slug name } highlight { field text ranges { start length } } }
    }
  }
`);

async function search(query: string, kinds?: EntityKind[], first = 5) {
  const result = await service.query(Search, { query, kinds, first });
  expect(result.errors).toBeUndefined();
  return result.data!.search;
}

describe('search', () => {
  it('"Security+" finds CompTIA Security+ first, highlighting the words matched', async () => {
    const { edges } = await search('Security+');
    expect(edges[0]!.node.slug).toBe('comptia-security-plus');
    expect(edges[0]!.score).toBeGreaterThan(edges[1]!.score * 2);
    expect(edges[0]!.highlight).toEqual({
      field: 'NAME',
      text: 'CompTIA Security+',
      ranges: [
        { start: 8, length: 8 },
        { start: 16, length: 1 },
      ],
    });
  });

  it('"SLA" finds service levels by the label people use (the only entity whose own texts say it)', async () => {
    const { edges } = await search('SLA');
    // Others are found only by their evidence (the manager's definition of service levels says "SLAs").
    expect(edges.filter((e) => !['QUOTE', 'RELATIONSHIP_STATEMENT', 'RELATIONSHIP_QUOTE'].includes(e.highlight.field))).toHaveLength(1);
    expect(edges[0]!.node.slug).toBe('service-levels');
    expect(edges[0]!.highlight).toEqual({ field: 'ALTERNATIVE_LABEL', text: 'SLA', ranges: [{ start: 0, length: 3 }] });
  });

  it('tolerates typing errors: "Certifed Etical Hakcer" finds the Certified Ethical Hacker', async () => {
    const { edges } = await search('Certifed Etical Hakcer');
    expect(edges[0]!.node).toMatchObject({ slug: 'ceh', name: 'Certified Ethical Hacker' });
    expect(edges[0]!.highlight.text).toBe('Certified Ethical Hacker');
  });

  it('matches prefixes as you type: "Sec" finds Security+ first', async () => {
    const { edges } = await search('Sec');
    expect(edges[0]!.node.slug).toBe('comptia-security-plus');
    // Among the article's kinds (ESCO's many "security …" skills aside), the skill domain follows.
    const article = await search('Sec', ARTICLE_KINDS);
    expect(article.edges[0]!.node.slug).toBe('comptia-security-plus');
    expect(article.edges.map((e) => e.node.slug)).toContain('security-management');
  });

  it('restricts results to the kinds asked for', async () => {
    const all = await search('security', undefined, 100);
    const certifications = await search('security', ['CERTIFICATION'], 100);
    expect(new Set(all.edges.map((e) => e.node.kind)).size).toBeGreaterThan(1);
    expect(certifications.edges.map((e) => e.node.slug).sort()).toEqual(['cissp', 'comptia-security-plus']);
    expect(certifications.totalCount).toBeLessThan(all.totalCount);
  });

  it('builds its index once, not per request, while the graph is unchanged', async () => {
    const { store } = await openTestGraph();
    const counted = countingStore(store);
    const fresh = await startTestService({ store: counted.store });
    await fresh.query(Search, { query: 'security' });
    expect(counted.log).toContain('listNodes'); // the first search reads every entity into the index
    counted.reset();
    await fresh.query(Search, { query: 'cloud' });
    expect(counted.log).not.toContain('listNodes');
  });

  it('rebuilds its index when the graph changes', async () => {
    const fresh = await startTestService();
    // ESCO has a Kubernetes skill; no technical area is called so yet.
    const before = await fresh.query(Search, { query: 'Kubernetes', kinds: ['TECHNICAL_AREA'] });
    expect(before.data!.search.totalCount).toBe(0);
    const graph = seedGraph();
    await fresh.store.seed({
      nodes: [
        ...graph.nodes,
        {
          id: 'TechnicalArea:kubernetes',
          kind: 'TechnicalArea',
          slug: 'kubernetes',
          name: 'Kubernetes',
          description: 'Container orchestration.',
          attributes: {},
          provenance: { kind: 'CURATED', quote: null, section: null, rationale: 'Test record.', sourceId: null },
        },
      ],
      edges: graph.edges,
    });
    const after = await fresh.query(Search, { query: 'Kubernetes', kinds: ['TECHNICAL_AREA'] });
    expect(after.data!.search.edges.map((e) => e.node.slug)).toEqual(['kubernetes']);
  });

  it.each([
    ['empty', '', 'must not be empty'],
    ['blank', '   ', 'must not be empty'],
    ['too long', 'x'.repeat(201), 'at most 200 characters'],
  ])('refuses %s text with BAD_USER_INPUT', async (_label, query, message) => {
    const result = await service.query(Search, { query });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain(message);
  });
});

const Compare = graphql(`
  query CompareRoles($first: String!, $second: String!) {
    compareRoles(first: $first, second: $second) {
      first { slug }
      second { slug }
      sharedResponsibilities { responsibility { slug } }
      responsibilitiesOnlyFirst { responsibility { slug } }
      responsibilitiesOnlySecond { responsibility { slug } }
      sharedSkillDomains { slug }
      skillDomainsOnlyFirst { slug }
      skillDomainsOnlySecond { slug }
      sharedCertifications { slug }
      certificationsOnlyFirst { slug }
      certificationsOnlySecond { slug }
      dimensions {
        dimension { slug }
        first { role { slug } statement provenance { kind quote } }
        second { role { slug } statement provenance { kind quote } }
      }
    }
  }
`);

describe('compareRoles', () => {
  it('separates the manager from the specialist', async () => {
    const result = await service.query(Compare, { first: 'it-operations-manager', second: 'it-operations-specialist' });
    expect(result.errors).toBeUndefined();
    const c = result.data!.compareRoles;
    const slugs = (list: { slug: string }[]) => list.map((n) => n.slug);
    const held = (list: { responsibility: { slug: string } }[]) => list.map((h) => h.responsibility.slug);
    expect(held(c.sharedResponsibilities)).toEqual(['incident-response']);
    expect(held(c.responsibilitiesOnlyFirst)).toContain('budgeting-and-vendor-coordination');
    expect(held(c.responsibilitiesOnlySecond)).toContain('backup-and-restore');
    expect(held(c.responsibilitiesOnlyFirst)).toHaveLength(9);
    expect(held(c.responsibilitiesOnlySecond)).toHaveLength(8);
    expect(slugs(c.sharedSkillDomains)).toEqual([]);
    expect(slugs(c.skillDomainsOnlyFirst)).toEqual(['service-management', 'project-management', 'security-management']);
    expect(slugs(c.skillDomainsOnlySecond)).toEqual(['system-management', 'security', 'network-management', 'cloud-services']);
    expect(slugs(c.sharedCertifications)).toEqual([]);
    expect(slugs(c.certificationsOnlyFirst)).toEqual(['pmp', 'comptia-project-plus', 'cisa', 'cissp']);
    expect(slugs(c.certificationsOnlySecond)).toHaveLength(11);
    expect(c.dimensions.map((d) => d.dimension.slug)).toEqual([
      'leadership',
      'organizational-responsibilities',
      'strategy',
      'technical-expertise',
    ]);
    const leadership = c.dimensions[0]!;
    expect(leadership.first!.role.slug).toBe('it-operations-manager');
    expect(leadership.first!.provenance.quote).toContain('IT ops managers are responsible for leading the IT operations department.');
    expect(leadership.second!.role.slug).toBe('it-operations-specialist');
    expect(leadership.second!.provenance.quote).toContain('IT ops specialists have fewer leadership responsibilities.');
  });

  it('names an unknown role slug in a BAD_USER_INPUT error', async () => {
    const result = await service.query(Compare, { first: 'it-operations-manager', second: 'chief-wizard' });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toBe('No Role has the slug "chief-wizard" (argument `second`)');
  });
});

const Gap = graphql(`
  query SkillGap($role: String!, $held: [String!]!) {
    skillGap(role: $role, heldCertifications: $held) {
      coveredSkillDomains { slug }
      missingSkillDomains { slug }
      uncoverableSkillDomains { slug }
      coveredResponsibilities { responsibility { slug } }
      missingResponsibilities { responsibility { slug } }
      recommendedCertifications { rank inSmallestCover certification { slug } closes { slug } }
    }
  }
`);

describe('skillGap', () => {
  it('a manager holding CISSP: security management covered, project management to close, service management uncoverable', async () => {
    const result = await service.query(Gap, { role: 'it-operations-manager', held: ['cissp'] });
    expect(result.errors).toBeUndefined();
    const gap = result.data!.skillGap;
    expect(gap.coveredSkillDomains).toEqual([{ slug: 'security-management' }]);
    expect(gap.missingSkillDomains).toEqual([{ slug: 'service-management' }, { slug: 'project-management' }]);
    expect(gap.uncoverableSkillDomains).toEqual([{ slug: 'service-management' }]);
    expect(gap.coveredResponsibilities).toEqual([
      { responsibility: { slug: 'security-oversight' } },
      { responsibility: { slug: 'incident-response' } },
    ]);
    expect(gap.missingResponsibilities).toHaveLength(8);
    expect(gap.recommendedCertifications).toEqual([
      { rank: 1, inSmallestCover: true, certification: { slug: 'comptia-project-plus' }, closes: [{ slug: 'project-management' }] },
      { rank: 2, inSmallestCover: false, certification: { slug: 'pmp' }, closes: [{ slug: 'project-management' }] },
    ]);
  });

  it('a specialist holding Security+ and CCNA: two certifications close system management and cloud services', async () => {
    const result = await service.query(Gap, { role: 'it-operations-specialist', held: ['comptia-security-plus', 'ccna'] });
    expect(result.errors).toBeUndefined();
    const gap = result.data!.skillGap;
    expect(gap.coveredSkillDomains).toEqual([{ slug: 'security' }, { slug: 'network-management' }]);
    expect(gap.missingSkillDomains).toEqual([{ slug: 'system-management' }, { slug: 'cloud-services' }]);
    expect(gap.uncoverableSkillDomains).toEqual([]);
    expect(gap.coveredResponsibilities).toEqual([
      { responsibility: { slug: 'security-configurations' } },
      { responsibility: { slug: 'incident-response' } },
    ]);
    const cover = gap.recommendedCertifications.filter((r) => r.inSmallestCover);
    expect(cover.map((r) => [r.rank, r.certification.slug, r.closes.map((d) => d.slug)])).toEqual([
      [1, 'aws-certified-sysops-administrator-associate', ['cloud-services']],
      [2, 'microsoft-certified-windows-server-hybrid-administrator-associate', ['system-management']],
    ]);
    expect(gap.recommendedCertifications.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(gap.recommendedCertifications.slice(2).map((r) => r.certification.slug)).toEqual([
      'comptia-cloud-plus',
      'google-associate-cloud-engineer',
      'microsoft-certified-azure-administrator-associate',
      'rhce',
      'rhcsa',
    ]);
  });

  it('holding nothing, every coverable domain is recommended for', async () => {
    const result = await service.query(Gap, { role: 'it-operations-manager', held: [] });
    const gap = result.data!.skillGap;
    expect(gap.coveredSkillDomains).toEqual([]);
    expect(gap.recommendedCertifications.filter((r) => r.inSmallestCover).map((r) => r.certification.slug)).toEqual([
      'cisa',
      'comptia-project-plus',
    ]);
  });

  it.each([
    [{ role: 'chief-wizard', held: [] }, 'No Role has the slug "chief-wizard" (argument `role`)'],
    [
      { role: 'it-operations-manager', held: ['cissp', 'made-up', 'also-fake'] },
      'No Certification has the slug "made-up", "also-fake" (argument `heldCertifications`)',
    ],
    [{ role: 'it-operations-manager', held: Array.from({ length: 51 }, (_, i) => `c${i}`) }, 'at most 50 slugs'],
  ])('refuses %o with BAD_USER_INPUT naming the problem', async (variables, message) => {
    const result = await service.query(Gap, variables);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain(message);
  });
});

const Ids = graphql(`
  query PathEnds { ccna: certification(slug: "ccna") { id } manager: role(slug: "it-operations-manager") { id } }
`);

const Paths = graphql(`
  query Paths($from: ID!, $to: ID!, $maxLength: Int, $first: Int) {
    paths(from: $from, to: $to, maxLength: $maxLength, first: $first) {
      length
      steps { from { slug } relation to { slug } provenance { kind quote rationale } relationship { relation from { slug } } }
    }
  }
`);

async function pathEnds() {
  const ids = await service.query(Ids);
  return { ccna: ids.data!.ccna!.id, manager: ids.data!.manager!.id };
}

describe('paths', () => {
  it('explains how CCNA relates to the manager, shortest first, each step with its evidence', async () => {
    const { ccna, manager } = await pathEnds();
    const result = await service.query(Paths, { from: ccna, to: manager });
    expect(result.errors).toBeUndefined();
    const readable = result.data!.paths.map((p) => [p.length, p.steps.map((s) => `${s.from.slug} ${s.relation} ${s.to.slug}`)]);
    expect(readable).toEqual([
      [
        3,
        [
          'ccna COVERS_SKILL_DOMAIN network-management',
          'network-management SUPPORTS_RESPONSIBILITY infrastructure-management',
          'infrastructure-management RESPONSIBILITY_OF it-operations-manager',
        ],
      ],
      [
        3,
        [
          'ccna COVERS_SKILL_DOMAIN network-management',
          'network-management SKILL_DOMAIN_OF it-operations-specialist',
          'it-operations-specialist LED_BY it-operations-manager',
        ],
      ],
      [
        4,
        [
          // Across the sources: CCNA attests an ESCO skill that ESCO's ICT network technician requires, the specialist's RELATED match.
          'ccna CERTIFIES_SKILL 0ab03c6c-281b-48f4-83e0-10eeb27a1bae',
          '0ab03c6c-281b-48f4-83e0-10eeb27a1bae REQUIRED_BY_OCCUPATION 64c7d461-152c-477f-a8e2-c2c537e9d617',
          '64c7d461-152c-477f-a8e2-c2c537e9d617 MATCHED_BY_ROLE it-operations-specialist',
          'it-operations-specialist LED_BY it-operations-manager',
        ],
      ],
    ]);
    const first = result.data!.paths[0]!.steps;
    // Steps chain end to start; a step walked backwards still shows the stored relationship's direction.
    expect(first[0]!.relationship).toEqual({ relation: 'COVERED_BY_CERTIFICATION', from: { slug: 'network-management' } });
    expect(first[0]!.provenance).toMatchObject({ kind: 'STATED', quote: 'Cisco Certified Network Associate (CCNA).' });
    expect(first[1]!.provenance.kind).toBe('CURATED');
  });

  it('honours maxLength and first', async () => {
    const { ccna, manager } = await pathEnds();
    const short = await service.query(Paths, { from: ccna, to: manager, maxLength: 2 });
    expect(short.data!.paths).toEqual([]);
    const one = await service.query(Paths, { from: ccna, to: manager, first: 1 });
    expect(one.data!.paths).toHaveLength(1);
    const same = await service.query(Paths, { from: ccna, to: ccna });
    expect(same.data!.paths).toEqual([{ length: 0, steps: [] }]);
  });

  it.each([
    [{ maxLength: 0 }, '`maxLength` must be between 1 and 6'],
    [{ maxLength: 7 }, '`maxLength` must be between 1 and 6'],
    [{ first: 0 }, '`first` must be between 1 and 20'],
    [{ first: 21 }, '`first` must be between 1 and 20'],
    [{ from: 'not-an-id' }, 'is not a valid ID'],
    [{ to: Buffer.from('Role:chief-wizard').toString('base64') }, 'No entity has the ID'],
  ])('refuses %o with BAD_USER_INPUT', async (change, message) => {
    const { ccna, manager } = await pathEnds();
    const result = await service.query(Paths, { from: ccna, to: manager, ...change });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain(message);
  });
});

const Neighborhood = graphql(`
  query Neighborhood($id: ID!, $depth: Int, $kinds: [EntityKind!]) {
    neighborhood(id: $id, depth: $depth, kinds: $kinds) {
      truncated
      nodes { id kind slug }
      edges { from to relation provenance { kind } }
    }
  }
`);

describe('neighborhood', () => {
  it('draws CCNA with its issuer and skill domain, every edge’s ends among the nodes', async () => {
    const { ccna } = await pathEnds();
    const result = await service.query(Neighborhood, { id: ccna });
    expect(result.errors).toBeUndefined();
    const n = result.data!.neighborhood;
    // Its issuer, its skill domain and the two ESCO skills it attests (ICT network routing, network management system tools).
    expect(n.nodes.map((node) => node.slug)).toEqual([
      'ccna',
      'cisco',
      '0da6cab1-0ee9-4391-a299-f71fbf21db56',
      'network-management',
      '0ab03c6c-281b-48f4-83e0-10eeb27a1bae',
    ]);
    expect(n.edges.map((e) => e.relation).sort()).toEqual(['CERTIFIES_SKILL', 'CERTIFIES_SKILL', 'COVERED_BY_CERTIFICATION', 'ISSUED_BY']);
    const ids = new Set(n.nodes.map((node) => node.id));
    for (const edge of n.edges) expect(ids.has(edge.from) && ids.has(edge.to)).toBe(true);
    expect(n.truncated).toBe(false);
  });

  it('goes deeper with depth, and only through the kinds asked for', async () => {
    const { manager } = await pathEnds();
    const deep = await service.query(Neighborhood, { id: manager, depth: 2, kinds: ['ROLE', 'SKILL_DOMAIN', 'CERTIFICATION'] });
    const n = deep.data!.neighborhood;
    expect(n.nodes[0]!.slug).toBe('it-operations-manager');
    expect(new Set(n.nodes.map((node) => node.kind))).toEqual(new Set(['ROLE', 'SKILL_DOMAIN', 'CERTIFICATION']));
    // Depth 1: the led roles and the manager's three domains; depth 2: their certifications and the specialist's domains.
    expect(n.nodes.map((node) => node.slug)).toEqual(
      expect.arrayContaining(['cissp', 'pmp', 'it-operations-specialist', 'cloud-services']),
    );
    expect(n.nodes.map((node) => node.slug)).not.toContain('ccna'); // three steps away through the specialist's domain
    const ids = new Set(n.nodes.map((node) => node.id));
    for (const edge of n.edges) expect(ids.has(edge.from) && ids.has(edge.to)).toBe(true);
  });

  it.each([
    [{ depth: 0 }, '`depth` must be between 1 and 3'],
    [{ depth: 4 }, '`depth` must be between 1 and 3'],
    [{ id: '%%%' }, 'is not a valid ID'],
  ])('refuses %o with BAD_USER_INPUT', async (change, message) => {
    const { ccna } = await pathEnds();
    const result = await service.query(Neighborhood, { id: ccna, ...change });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain(message);
  });
});

const Browse = graphql(`
  query Browse($kinds: [EntityKind!], $filter: EntityFilter, $orderBy: EntityOrder, $first: Int) {
    entities(kinds: $kinds, filter: $filter, orderBy: $orderBy, first: $first) { totalCount nodes { kind slug name } }
  }
`);

describe('filtering and ordering', () => {
  it('filters by kind, name and provenance kind', async () => {
    const comptia = await service.query(Browse, { kinds: ['CERTIFICATION'], filter: { nameContains: 'comptia' } });
    expect(comptia.data!.entities.nodes.map((n) => n.slug)).toEqual([
      'comptia-cloud-plus',
      'comptia-network-plus',
      'comptia-project-plus',
      'comptia-security-plus',
    ]);
    // The issuers, and the two dataset sources (ESCO, Nesta's crosswalk) the maintainers describe.
    const curated = await service.query(Browse, { filter: { provenanceKind: 'CURATED' }, first: 100 });
    expect(curated.data!.entities.totalCount).toBe(12);
    expect(new Set(curated.data!.entities.nodes.map((n) => n.kind))).toEqual(new Set(['ISSUER', 'SOURCE']));
    const seeded = seedGraph();
    for (const kind of ['STATED', 'CURATED', 'IMPORTED'] as const) {
      const filtered = await service.query(Browse, { filter: { provenanceKind: kind }, first: 1 });
      expect(filtered.data!.entities.totalCount, kind).toBe(seeded.nodes.filter((node) => node.provenance.kind === kind).length);
    }
    // LIKE wildcards match themselves: only the Robert Half finding has a "%" in its name.
    const percent = await service.query(Browse, { filter: { nameContains: '%' } });
    expect(percent.data!.entities.nodes.map((n) => n.slug)).toEqual(['robert-half-top-15-percent']);
    const underscore = await service.query(Browse, { filter: { nameContains: '_' } });
    expect(underscore.data!.entities.totalCount).toBe(0);
  });

  it('orders by name by default, and by slug or descending on request', async () => {
    const byName = await service.query(Browse, { kinds: ['ROLE'] });
    expect(byName.data!.entities.nodes.map((n) => n.name)).toEqual([
      'IT operations generalist',
      'IT operations manager',
      'IT operations specialist',
    ]);
    const descending = await service.query(Browse, { kinds: ['ISSUER'], orderBy: { field: 'SLUG', direction: 'DESC' }, first: 3 });
    expect(descending.data!.entities.nodes.map((n) => n.slug)).toEqual(['red-hat', 'pmi', 'microsoft']);
    const byIssuer = await service.query(
      graphql(
        `query RedHatByNameDescending { certifications(issuer: "red-hat", orderBy: { field: NAME, direction: DESC }) { nodes { slug } } }`,
      ),
    );
    expect(byIssuer.data!.certifications.nodes.map((n) => n.slug)).toEqual(['rhcsa', 'rhce']);
  });

  it('refuses an over-long name filter', async () => {
    const result = await service.query(Browse, { filter: { nameContains: 'x'.repeat(201) } });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
