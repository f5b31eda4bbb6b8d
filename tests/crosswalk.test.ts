/**
 * The crosswalk: the article's roles matched to ESCO occupations (cited), identifiers in ESCO,
 * ISCO-08 and O*NET-SOC 2010 on roles and occupations, the lookup by identifier, and the skill
 * domains' and certifications' links to ESCO skills that let the analyses cross between the sources.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { content } from '../src/data/content/index.js';
import { loadEscoSlice } from '../src/data/esco/esco-slice.js';
import { buildGraph } from '../src/data/index.js';
import { encodeGlobalID } from '../src/schema/global-id.js';
import { graphql } from './graphql/index.js';
import { createKey, expectTypename, startTestService, type TestService } from './support/knowledge-graph.js';
import { openTestGraph } from './support/test-store.js';

let service: TestService;
beforeAll(async () => {
  service = await startTestService();
});

const OPERATIONS_MANAGER = 'http://data.europa.eu/esco/occupation/f0ca39a8-1e30-487c-95f9-ef2d5e734adc';
const SYSTEM_ADMINISTRATOR = 'http://data.europa.eu/esco/occupation/9e2e6e1e-363b-4e1b-a673-7bc0f7343300';
const slugOf = (uri: string) => uri.slice(uri.lastIndexOf('/') + 1);

const RoleCrosswalk = graphql(`
  query SpecRoleCrosswalk($slug: String!) {
    role(slug: $slug) {
      name
      occupationMatches {
        matchType
        role { slug }
        occupation { name alternativeLabels externalIds { scheme code } }
        provenance { kind record rationale source { slug } }
      }
      externalIds {
        scheme
        code
        uri
        confidence
        label
        derivedFrom { matchType occupation { name } }
      }
      occupations { edges { matchType node { name } } }
    }
  }
`);

describe('the roles’ matches to ESCO occupations', () => {
  it('the manager is ESCO’s ICT operations manager, an EXACT match cited by ESCO’s own record (its label “IT operations manager”)', async () => {
    const { role } = await service.data(RoleCrosswalk, { slug: 'it-operations-manager' });
    expect(role!.occupationMatches).toHaveLength(1);
    const [match] = role!.occupationMatches;
    expect(match!.matchType).toBe('EXACT');
    expect(match!.role.slug).toBe('it-operations-manager');
    expect(match!.occupation.name).toBe('ICT operations manager');
    expect(match!.occupation.alternativeLabels).toContain('IT operations manager');
    expect(match!.provenance).toEqual({ kind: 'IMPORTED', record: OPERATIONS_MANAGER, rationale: null, source: { slug: 'esco-v1-1-1' } });
    // The same relationship as the `occupations` connection.
    expect(role!.occupations.edges).toEqual([{ matchType: 'EXACT', node: { name: 'ICT operations manager' } }]);
  });

  it('the manager carries its ESCO URI, ISCO-08 1330 and O*NET-SOC 11-3021.00, each derived from the match', async () => {
    const { role } = await service.data(RoleCrosswalk, { slug: 'it-operations-manager' });
    const derived = { matchType: 'EXACT', occupation: { name: 'ICT operations manager' } };
    expect(role!.externalIds).toEqual([
      { scheme: 'ESCO', code: OPERATIONS_MANAGER, uri: OPERATIONS_MANAGER, confidence: null, label: null, derivedFrom: derived },
      {
        scheme: 'ISCO_08',
        code: '1330',
        uri: 'http://data.europa.eu/esco/isco/C1330',
        confidence: null,
        label: null,
        derivedFrom: derived,
      },
      {
        scheme: 'ONET_SOC_2010',
        code: '11-3021.00',
        uri: null,
        confidence: 1,
        label: 'computer and information systems managers',
        derivedFrom: derived,
      },
    ]);
    // They are the occupation's own.
    expect(role!.occupationMatches[0]!.occupation.externalIds).toEqual(role!.externalIds.map(({ scheme, code }) => ({ scheme, code })));
  });

  it('the specialist matches the system administrator CLOSE and the network technician RELATED, each with a rationale; only the CLOSE match gives identifiers', async () => {
    const { role } = await service.data(RoleCrosswalk, { slug: 'it-operations-specialist' });
    expect(role!.occupationMatches.map((m) => [m.matchType, m.occupation.name, m.provenance.kind])).toEqual([
      ['CLOSE', 'ICT system administrator', 'CURATED'],
      ['RELATED', 'ICT network technician', 'CURATED'],
    ]);
    for (const match of role!.occupationMatches) expect(match.provenance.rationale!.length).toBeGreaterThan(100);
    expect(role!.externalIds.map((id) => [id.scheme, id.code, id.derivedFrom!.occupation.name])).toEqual([
      ['ESCO', SYSTEM_ADMINISTRATOR, 'ICT system administrator'],
      ['ISCO_08', '2522', 'ICT system administrator'],
      ['ONET_SOC_2010', '15-1142.00', 'ICT system administrator'],
    ]);
  });

  it('the generalist matches the ICT technician CLOSE (ISCO-08 3512)', async () => {
    const { role } = await service.data(RoleCrosswalk, { slug: 'it-operations-generalist' });
    expect(role!.occupationMatches.map((m) => [m.matchType, m.occupation.name])).toEqual([['CLOSE', 'ICT technician']]);
    expect(role!.externalIds.find((id) => id.scheme === 'ISCO_08')?.code).toBe('3512');
  });
});

describe('content links cited by an imported record', () => {
  const slice = loadEscoSlice(new URL('../src/data/content/esco-it-slice.json', import.meta.url));
  const withManagerMatch = (record: string, to = slugOf(OPERATIONS_MANAGER)) => ({
    ...content,
    roles: content.roles.map((role) =>
      role.slug === 'it-operations-manager' ? { ...role, occupations: [{ to, qualifier: 'EXACT' as const, imported: { record } }] } : role,
    ),
  });

  it('become IMPORTED provenance naming the occupation’s dataset and URI', () => {
    const graph = buildGraph(withManagerMatch(OPERATIONS_MANAGER), undefined, slice);
    const edge = graph.edges.find((e) => e.relation === 'MATCHES_OCCUPATION' && e.fromId === 'Role:it-operations-manager');
    expect(edge?.provenance).toMatchObject({ kind: 'IMPORTED', sourceId: 'Source:esco-v1-1-1', record: OPERATIONS_MANAGER });
  });

  it('are refused when the record is not the linked occupation’s URI', () => {
    expect(() => buildGraph(withManagerMatch(SYSTEM_ADMINISTRATOR), undefined, slice)).toThrow(
      /roles\[0\] \(slug "it-operations-manager"\) field "occupations"\[0\] field "imported.record": ".*9e2e6e1e.*" is not the URI of "f0ca39a8/,
    );
  });
});

const ByExternalId = graphql(`
  query SpecEntitiesByExternalId($scheme: ExternalIdScheme!, $code: String!) {
    entitiesByExternalId(scheme: $scheme, code: $code) { kind slug name }
  }
`);

/** ESCO's database administrator (ISCO-08 2521), which no role is matched to. */
const DATABASE_ADMINISTRATOR = '8c57af09-719c-42b3-be40-6ed4946236cc';

const LinkMatch = graphql(`
  mutation SpecLinkOccupationMatch($input: LinkEntitiesInput!) {
    linkEntities(input: $input) {
      __typename
      ... on MutationError { message }
    }
  }
`);

describe('lookup by an identifier of another classification', () => {
  it('O*NET-SOC 11-3021.00 finds ESCO’s ICT operations manager (among the occupations Nesta maps to it) and the article’s manager', async () => {
    const { entitiesByExternalId } = await service.data(ByExternalId, { scheme: 'ONET_SOC_2010', code: '11-3021.00' });
    const occupations = entitiesByExternalId.filter((e) => e.kind === 'OCCUPATION');
    expect(occupations.map((e) => e.name)).toContain('ICT operations manager');
    expect(occupations.map((e) => e.name)).toEqual([...occupations.map((e) => e.name)].sort((a, b) => a.localeCompare(b, 'en')));
    // Occupations first, then the roles that carry the code through a match.
    expect(entitiesByExternalId.at(-1)).toEqual({ kind: 'ROLE', slug: 'it-operations-manager', name: 'IT operations manager' });
    expect(entitiesByExternalId.filter((e) => e.kind === 'ROLE')).toHaveLength(1);
  });

  it('ISCO-08 2522 finds every ESCO occupation of the unit group, and the specialist through its CLOSE match', async () => {
    const { entitiesByExternalId } = await service.data(ByExternalId, { scheme: 'ISCO_08', code: '2522' });
    expect(entitiesByExternalId.map((e) => e.name)).toEqual([
      'ICT network administrator',
      'ICT system administrator',
      'system configurator',
      'IT operations specialist',
    ]);
  });

  it('an ESCO URI finds its occupation; the network technician’s is not the specialist’s (a RELATED match gives none)', async () => {
    const technician = 'http://data.europa.eu/esco/occupation/64c7d461-152c-477f-a8e2-c2c537e9d617';
    const { entitiesByExternalId } = await service.data(ByExternalId, { scheme: 'ESCO', code: technician });
    expect(entitiesByExternalId).toEqual([{ kind: 'OCCUPATION', slug: slugOf(technician), name: 'ICT network technician' }]);
  });

  it('follows the graph: a match a curator adds is found at once, and gives the role its identifiers', async () => {
    const fresh = await startTestService({ store: (await openTestGraph()).store });
    const { key } = await createKey(fresh.store, 'edit', 'curator');
    const before = await fresh.data(ByExternalId, { scheme: 'ISCO_08', code: '2521' });
    expect(before.entitiesByExternalId.map((e) => e.kind)).not.toContain('ROLE');
    const linked = await fresh.query(
      LinkMatch,
      {
        input: {
          relation: 'MATCHES_OCCUPATION',
          from: encodeGlobalID('Role', 'it-operations-specialist'),
          to: encodeGlobalID('Occupation', DATABASE_ADMINISTRATOR),
          qualifier: 'CLOSE',
          provenance: { kind: 'CURATED', rationale: 'Specialists may focus on database management (a test of the lookup).' },
        },
      },
      { key },
    );
    expectTypename(linked.data!.linkEntities, 'RelationshipChange');
    const after = await fresh.data(ByExternalId, { scheme: 'ISCO_08', code: '2521' });
    expect(after.entitiesByExternalId.filter((e) => e.kind === 'ROLE')).toEqual([
      { kind: 'ROLE', slug: 'it-operations-specialist', name: 'IT operations specialist' },
    ]);
  });

  it('an identifier nothing carries finds nothing', async () => {
    const { entitiesByExternalId } = await service.data(ByExternalId, { scheme: 'ISCO_08', code: '9999' });
    expect(entitiesByExternalId).toEqual([]);
  });
});

const EscoSkillsOf = graphql(`
  query SpecEscoSkillsOfCertification($slug: String!) {
    certification(slug: $slug) {
      escoSkills { edges { node { name } provenance { kind rationale } } }
    }
    skillDomains { nodes { slug escoSkills { totalCount } } }
  }
`);

const CrossingPaths = graphql(`
  query SpecCrossingPaths($from: ID!, $to: ID!) {
    paths(from: $from, to: $to, maxLength: 3, first: 5) {
      length
      steps { relation to { kind name } provenance { kind } }
    }
  }
`);

describe('the article’s certifications and skill domains linked to ESCO skills', () => {
  it('RHCSA attests “administer ICT system” and “operating systems”, each with a rationale', async () => {
    const { certification, skillDomains } = await service.data(EscoSkillsOf, { slug: 'rhcsa' });
    const edges = certification!.escoSkills.edges;
    expect(edges.map((e) => e.node.name).sort()).toEqual(['administer ICT system', 'operating systems']);
    for (const edge of edges) expect(edge.provenance.kind).toBe('CURATED');
    // Every skill domain but service management (ESCO's nearest skill is service-desk procedures only).
    expect(skillDomains.nodes.filter((d) => d.escoSkills.totalCount === 0).map((d) => d.slug)).toEqual(['service-management']);
  });

  it('paths cross between the sources: from RHCSA to ESCO’s ICT system administrator through the ESCO skill', async () => {
    const { paths } = await service.data(CrossingPaths, {
      from: encodeGlobalID('Certification', 'rhcsa'),
      to: encodeGlobalID('Occupation', slugOf(SYSTEM_ADMINISTRATOR)),
    });
    expect(paths.length).toBeGreaterThan(0);
    expect(paths[0]!.length).toBe(2);
    expect(paths[0]!.steps.map((s) => [s.relation, s.to.name, s.provenance.kind])).toEqual([
      ['CERTIFIES_SKILL', 'administer ICT system', 'CURATED'],
      ['REQUIRED_BY_OCCUPATION', 'ICT system administrator', 'IMPORTED'],
    ]);
  });
});
