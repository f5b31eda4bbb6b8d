/** Every count the core-service issue names, answered over GraphQL from the seeded store. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './graphql/index.js';
import { ARTICLE_KINDS } from './support/article-kinds.js';
import { startTestService, type TestService } from './support/knowledge-graph.js';
import { openSharedTestGraph } from './support/test-store.js';

const GraphContents = graphql(`
  query GraphContents {
    roles { totalCount nodes { slug } }
    responsibilities(first: 100) { totalCount nodes { slug } }
    skillDomains { totalCount }
    certifications(first: 100) { totalCount nodes { slug acronym issuer { slug } } }
    issuers { totalCount nodes { slug } }
    itilFunctions { totalCount nodes { slug name framework } }
    comparisonDimensions {
      totalCount
      nodes { slug stances { edges { node { slug } statement provenance { kind quote } } } }
    }
    technicalAreas { totalCount }
    outlookStatements { totalCount nodes { slug attributedTo roles { nodes { slug } } } }
    source { title author sections }
    itOperations: itilFunction(slug: "it-operations") {
      responsibilities { totalCount nodes { slug } }
    }
    manager: role(slug: "it-operations-manager") {
      responsibilities { totalCount nodes { slug } }
      skillDomains { nodes { slug certifications { nodes { slug } } } }
      technicalAreas { edges { node { slug } statement } }
      leads { nodes { slug } }
      ledBy { totalCount }
    }
    specialist: role(slug: "it-operations-specialist") {
      responsibilities { totalCount nodes { slug } }
      primaryAreas { nodes { slug } }
      skillDomains { nodes { slug certifications { totalCount } } }
      ledBy { nodes { slug } }
    }
    generalist: role(slug: "it-operations-generalist") { name ledBy { nodes { slug } } }
  }
`);

let service: TestService;
beforeAll(async () => {
  service = await startTestService();
});

async function contents() {
  const result = await service.query(GraphContents);
  expect(result.errors).toBeUndefined();
  return result.data!;
}

describe('the seeded graph holds every fact of the article', () => {
  it('has the three roles of the IT ops team, the manager leading the other two', async () => {
    const data = await contents();
    expect(data.roles.nodes.map((r) => r.slug).sort()).toEqual([
      'it-operations-generalist',
      'it-operations-manager',
      'it-operations-specialist',
    ]);
    expect(data.manager!.leads.nodes.map((r) => r.slug).sort()).toEqual(['it-operations-generalist', 'it-operations-specialist']);
    expect(data.manager!.ledBy.totalCount).toBe(0);
    expect(data.specialist!.ledBy.nodes.map((r) => r.slug)).toEqual(['it-operations-manager']);
    expect(data.generalist!.ledBy.nodes.map((r) => r.slug)).toEqual(['it-operations-manager']);
  });

  it('has the four ITIL functions, labelled as ITIL v3/2011 Service Operation functions', async () => {
    const data = await contents();
    expect(data.itilFunctions.totalCount).toBe(4);
    expect(data.itilFunctions.nodes.map((f) => f.slug).sort()).toEqual([
      'application-management',
      'it-operations',
      'service-desk-management',
      'technical-management',
    ]);
    for (const f of data.itilFunctions.nodes) expect(f.framework).toMatch(/ITIL v3\/2011 Service Operation/);
  });

  it('links the seven core responsibilities to the IT operations function', async () => {
    const data = await contents();
    expect(data.itOperations!.responsibilities.totalCount).toBe(7);
    expect(data.itOperations!.responsibilities.nodes.map((r) => r.slug)).toEqual([
      'infrastructure-management',
      'resource-allocation',
      'service-delivery',
      'routine-maintenance',
      'security-monitoring',
      'performance-monitoring',
      'incident-management',
    ]);
  });

  it('gives the manager ten key responsibilities and the specialist nine, in the article’s order', async () => {
    const data = await contents();
    expect(data.manager!.responsibilities.totalCount).toBe(10);
    expect(data.manager!.responsibilities.nodes.map((r) => r.slug)).toEqual([
      'service-delivery',
      'performance-metrics',
      'service-levels',
      'team-management',
      'budgeting-and-vendor-coordination',
      'resource-allocation',
      'infrastructure-management',
      'security-oversight',
      'incident-response',
      'stakeholder-communication',
    ]);
    expect(data.specialist!.responsibilities.totalCount).toBe(9);
    expect(data.specialist!.responsibilities.nodes.map((r) => r.slug)).toEqual([
      'system-operations',
      'application-and-system-updates',
      'backup-and-restore',
      'security-configurations',
      'incident-response',
      'user-support',
      'application-management',
      'documentation',
      'special-projects',
    ]);
    expect(data.specialist!.primaryAreas.nodes.map((r) => r.slug)).toEqual(['system-support', 'user-support']);
  });

  it('keeps one node per responsibility concept (23 in all)', async () => {
    const data = await contents();
    const slugs = data.responsibilities.nodes.map((r) => r.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    // 7 core + 10 manager + 9 specialist + system support, less the 4 named in two lists
    // (service delivery, resource allocation, infrastructure management, incident response);
    // user support is both a responsibility and a primary area.
    expect(data.responsibilities.totalCount).toBe(23);
  });

  it('groups skill domains and certifications exactly as the article does', async () => {
    const data = await contents();
    const grouping = (domains: { slug: string; certifications: { nodes?: { slug: string }[]; totalCount?: number } }[]) =>
      Object.fromEntries(domains.map((d) => [d.slug, d.certifications.nodes?.map((c) => c.slug) ?? d.certifications.totalCount]));
    expect(grouping(data.manager!.skillDomains.nodes)).toEqual({
      'service-management': [],
      'project-management': ['pmp', 'comptia-project-plus'],
      'security-management': ['cisa', 'cissp'],
    });
    expect(grouping(data.specialist!.skillDomains.nodes)).toEqual({
      'system-management': 3,
      security: 2,
      'network-management': 2,
      'cloud-services': 4,
    });
    expect(data.skillDomains.totalCount).toBe(7);
    expect(data.certifications.totalCount).toBe(15);
  });

  it('names an issuer for every certification, among the ten issuers', async () => {
    const data = await contents();
    expect(data.issuers.nodes.map((i) => i.slug).sort()).toEqual([
      'aws',
      'cisco',
      'comptia',
      'ec-council',
      'google',
      'isaca',
      'isc2',
      'microsoft',
      'pmi',
      'red-hat',
    ]);
    const issuerOf = Object.fromEntries(data.certifications.nodes.map((c) => [c.slug, c.issuer?.slug]));
    expect(Object.values(issuerOf).every(Boolean)).toBe(true);
    expect(issuerOf).toMatchObject({
      cissp: 'isc2',
      cisa: 'isaca',
      pmp: 'pmi',
      'comptia-security-plus': 'comptia',
      ccna: 'cisco',
      ceh: 'ec-council',
      rhce: 'red-hat',
    });
    const acronyms = data.certifications.nodes
      .filter((c) => c.acronym)
      .map((c) => c.acronym)
      .sort();
    expect(acronyms).toEqual(['CCNA', 'CEH', 'CISA', 'CISSP', 'PMP', 'RHCE', 'RHCSA']);
  });

  it('has the four key-difference dimensions with the manager’s and the specialist’s stance on each, quoted', async () => {
    const data = await contents();
    expect(data.comparisonDimensions.nodes.map((d) => d.slug).sort()).toEqual([
      'leadership',
      'organizational-responsibilities',
      'strategy',
      'technical-expertise',
    ]);
    for (const dimension of data.comparisonDimensions.nodes) {
      const stances = dimension.stances.edges;
      expect(stances.map((s) => s.node.slug).sort()).toEqual(['it-operations-manager', 'it-operations-specialist']);
      for (const stance of stances) {
        expect(stance.statement).toBeTruthy();
        expect(stance.provenance.kind).toBe('STATED');
      }
    }
  });

  it('has the technologies a manager must understand, the outlook statements and the article itself', async () => {
    const data = await contents();
    const mustUnderstand = data
      .manager!.technicalAreas.edges.filter((e) => /must understand/i.test(e.statement ?? ''))
      .map((e) => e.node.slug);
    expect(mustUnderstand.sort()).toEqual(['cloud-computing', 'cybersecurity', 'networking']);
    const outlook = data.outlookStatements.nodes;
    expect(outlook).toHaveLength(5);
    expect(outlook.find((o) => o.attributedTo === 'Robert Half')).toBeTruthy();
    expect(
      outlook
        .find((o) => o.roles.nodes.length === 2)
        ?.roles.nodes.map((r) => r.slug)
        .sort(),
    ).toEqual(['it-operations-manager', 'it-operations-specialist']);
    expect(data.source).toMatchObject({
      title: 'IT operations manager vs. specialist: Compare roles and skills',
      author: 'Damon Garn',
    });
    expect(data.source!.sections).toContain('Key differences between IT ops specialists vs. IT ops managers');
  });
});

const ArticleStructure = graphql(`
  query ArticleStructure {
    topFinding: outlookStatement(slug: "robert-half-top-15-percent") {
      expertise { nodes { slug } }
      reportedBy { slug name }
      roles { nodes { slug } }
    }
    contractors: outlookStatement(slug: "reliance-on-contract-employees") {
      expertise { nodes { slug } }
      roles { nodes { slug } }
    }
    demand: outlookStatement(slug: "strong-demand-in-2025") { roles { nodes { slug } } }
    highDemand: outlookStatement(slug: "both-roles-in-high-demand") { roles { nodes { slug } } }
    networking: technicalArea(slug: "networking") { outlook { nodes { slug } } }
    manager: role(slug: "it-operations-manager") {
      competencies { edges { node { slug } statement provenance { kind quote } } }
      claims { nodes { slug } }
      itilFunctions { edges { node { slug } provenance { kind rationale } } }
    }
    specialist: role(slug: "it-operations-specialist") {
      competencies { edges { node { slug alternativeLabels } statement provenance { kind quote } } }
    }
    author: person(slug: "damon-garn") {
      description
      owns { nodes { slug name } }
      contributesTo { nodes { name } }
      publications { edges { node { name issuer { slug } } provenance { kind quote } } }
      sources { nodes { slug } }
    }
    itOperations: itilFunction(slug: "it-operations") { claims { nodes { slug } } }
  }
`);

const FindWord = graphql(`
  query FindWord($query: String!, $kinds: [EntityKind!]) { search(query: $query, kinds: $kinds, first: 5) { edges { node { kind slug } } } }
`);

const ResponsibilityDefinitions = graphql(`
  query ResponsibilityDefinitions {
    shared: responsibilities(first: 30) {
      nodes {
        slug description provenance { quote }
        roles { edges { node { slug } statement } }
        itilFunctions { edges { node { slug } statement } }
      }
    }
  }
`);

describe('the article’s facts are structure, not only quote text', () => {
  it('links the Robert Half finding to the four areas of expertise it names, and to Robert Half', async () => {
    const data = await service.data(ArticleStructure);
    const named = ['cloud-computing', 'cybersecurity', 'networking', 'system-administration'];
    expect(data.topFinding!.expertise.nodes.map((n) => n.slug).sort()).toEqual(named);
    expect(data.topFinding!.reportedBy).toEqual({ slug: 'robert-half', name: 'Robert Half' });
    // "these specialized positions" are the positions the finding names.
    expect(data.contractors!.expertise.nodes.map((n) => n.slug).sort()).toEqual(named);
    expect(data.networking!.outlook.nodes.map((n) => n.slug).sort()).toEqual([
      'reliance-on-contract-employees',
      'robert-half-top-15-percent',
    ]);
    const roles = ['it-operations-generalist', 'it-operations-manager', 'it-operations-specialist'];
    for (const statement of [data.topFinding!, data.contractors!, data.demand!])
      expect(statement.roles.nodes.map((n) => n.slug).sort()).toEqual(roles);
    expect(data.highDemand!.roles.nodes.map((n) => n.slug).sort()).toEqual(['it-operations-manager', 'it-operations-specialist']);
  });

  it('gives each role the skill mix the article names, quoted', async () => {
    const data = await service.data(ArticleStructure);
    const manager = data.manager!.competencies.edges;
    expect(manager.map((e) => e.node.slug)).toEqual(['technical-skills', 'managerial-skills', 'strategic-skills']);
    for (const edge of manager) expect(edge.provenance.quote).toContain('a mix of technical, managerial and strategic skills');
    const specialist = data.specialist!.competencies.edges;
    expect(specialist.map((e) => e.node.slug)).toEqual([
      'configuration',
      'problem-solving',
      'technical-expertise-competency',
      'adaptability',
    ]);
    const adaptability = specialist.find((e) => e.node.slug === 'adaptability')!;
    expect(adaptability.node.alternativeLabels).toContain('adaptable');
    expect(adaptability.provenance.quote).toContain('Specialists must also remain adaptable');
  });

  it('has the author: his company, the publishers he writes for and the study guides he wrote, each quoted', async () => {
    const { author } = await service.data(ArticleStructure);
    expect(author!.description).toBe('Damon Garn owns Cogspinner Coaction and provides freelance IT writing and editing services.');
    expect(author!.owns.nodes).toEqual([{ slug: 'cogspinner-coaction', name: 'Cogspinner Coaction' }]);
    expect(author!.contributesTo.nodes.map((n) => n.name).sort()).toEqual(['CompTIA Blogs', 'Informa TechTarget', 'The New Stack']);
    expect(author!.publications.edges.map((e) => e.node.name).sort()).toEqual([
      'CompTIA Cloud Essentials+ study guide',
      'CompTIA Linux+ study guide',
      'CompTIA Server+ study guide',
    ]);
    for (const edge of author!.publications.edges) {
      expect(edge.node.issuer?.slug).toBe('comptia');
      expect(edge.provenance).toMatchObject({
        kind: 'STATED',
        quote: expect.stringContaining('He has written multiple CompTIA study guides'),
      });
    }
    expect(author!.sources.nodes.map((n) => n.slug)).toEqual(['it-operations-manager-vs-specialist']);
  });

  it('makes the sentences no relation holds claims, reachable from the roles and functions they are about', async () => {
    const data = await service.data(ArticleStructure);
    expect(data.manager!.claims.nodes.map((n) => n.slug)).toEqual(
      expect.arrayContaining([
        'manager-role-also-includes-budgeting-and-business-alignment',
        'manager-technical-knowledge-remains-essential',
      ]),
    );
    expect(data.itOperations!.claims.nodes.map((n) => n.slug)).toEqual(
      expect.arrayContaining(['it-operations-critical-for-it-services', 'it-operations-cornerstone-of-business']),
    );
  });

  it('marks the role–ITIL function links as the maintainers’ reading, not as stated', async () => {
    const data = await service.data(ArticleStructure);
    for (const edge of data.manager!.itilFunctions.edges) {
      expect(edge.provenance.kind).toBe('CURATED');
      expect(edge.provenance.rationale).toContain('Within the IT ops team');
    }
  });

  it('describes a responsibility that lists define differently in neither list’s words; each link carries its own', async () => {
    const { shared } = await service.data(ResponsibilityDefinitions);
    const definedTwice = shared.nodes.filter((r) => {
      const statements = [...r.roles.edges, ...r.itilFunctions.edges].map((e) => e.statement).filter(Boolean);
      return new Set(statements).size > 1;
    });
    expect(definedTwice.map((r) => r.slug).sort()).toEqual([
      'incident-response',
      'infrastructure-management',
      'resource-allocation',
      'service-delivery',
    ]);
    for (const responsibility of definedTwice) {
      for (const edge of [...responsibility.roles.edges, ...responsibility.itilFunctions.edges]) {
        expect(responsibility.description, `${responsibility.slug}: ${edge.node.slug}'s definition`).not.toBe(edge.statement);
        // Its own citation is the name where the article first gives it, not one list's definition.
        expect(responsibility.provenance.quote, responsibility.slug).not.toContain(edge.statement!);
      }
    }
    const infrastructure = shared.nodes.find((r) => r.slug === 'infrastructure-management')!;
    expect(infrastructure.roles.edges[0]!.statement).toBe('Overseeing on-premises, virtual and cloud-based IT resources.');
  });

  it('finds the words the article says of them: "adaptable", "virtual", "Cogspinner"', async () => {
    const found = async (query: string) =>
      (await service.data(FindWord, { query, kinds: ARTICLE_KINDS })).search.edges.map((e) => `${e.node.kind}:${e.node.slug}`);
    expect(await found('adaptable')).toContain('COMPETENCY:adaptability');
    expect(await found('virtual')).toContain('RESPONSIBILITY:infrastructure-management');
    expect(await found('Cogspinner')).toContain('ORGANIZATION:cogspinner-coaction');
  });
});

describe('how strongly a role needs a technical area, in the article’s own wording', () => {
  const directory = mkdtempSync(join(tmpdir(), 'kg-needs-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  /** The wording each qualifier stands for, as it must stand in the edge's quote. */
  const WORDING: Record<string, RegExp> = {
    MUST_UNDERSTAND: /must understand technologies such as/,
    INVALUABLE: /can be invaluable/,
    MAY_FOCUS_ON: /focus on specific areas, such as/,
    HIGH_PROFICIENCY: /requires high technical proficiency, particularly in/,
    HANDLES: /handle various daily tasks and troubleshooting/,
    OFTEN_SPANS: /often spanning Linux and Windows environments/,
  };

  it('qualifies every NEEDS_TECHNICAL_AREA edge with the wording its quote uses (read from `kg export`)', async () => {
    const { store, databaseUrl } = await openSharedTestGraph(join(directory, 'needs.sqlite'));
    await store.close();
    const exported = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/kg.ts', 'export'], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(exported.status, exported.stderr).toBe(0);
    type Edge = { relation: string; fromId: string; toId: string; qualifier: string | null; provenance: { quote: string | null } };
    const needs = (JSON.parse(exported.stdout) as { edges: Edge[] }).edges.filter((e) => e.relation === 'NEEDS_TECHNICAL_AREA');
    for (const edge of needs) {
      expect(edge.qualifier, edge.toId).toBeTruthy();
      expect(edge.provenance.quote, `${edge.fromId} ${edge.qualifier} ${edge.toId}`).toMatch(WORDING[edge.qualifier!]!);
    }
    const byQualifier = (role: string, qualifier: string) =>
      needs
        .filter((e) => e.fromId === `Role:${role}` && e.qualifier === qualifier)
        .map((e) => e.toId.replace('TechnicalArea:', ''))
        .sort();
    expect(byQualifier('it-operations-manager', 'MUST_UNDERSTAND')).toEqual(['cloud-computing', 'cybersecurity', 'networking']);
    expect(byQualifier('it-operations-manager', 'INVALUABLE')).toEqual(['operating-systems']);
    expect(byQualifier('it-operations-specialist', 'MAY_FOCUS_ON')).toEqual(['cloud-infrastructure', 'database-management']);
    expect(byQualifier('it-operations-specialist', 'HIGH_PROFICIENCY')).toEqual(['system-administration', 'troubleshooting']);
    expect(byQualifier('it-operations-generalist', 'HANDLES')).toEqual(['troubleshooting']);
    expect(byQualifier('it-operations-generalist', 'OFTEN_SPANS')).toEqual(['linux', 'windows']);
    expect(needs).toHaveLength(11);
  });
});
