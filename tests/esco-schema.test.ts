/**
 * ESCO in the API: occupations, skills and ISCO-08 groups of the shipped IT slice, looked up by URI
 * or code, listed and paged, walked (skills by requirement, hierarchies), cited as IMPORTED, and
 * found by every label. Expected sets are read from the seeded graph (`seedGraph()`), the figures
 * of the done-when check are written out.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type ContentEdge, seedGraph } from '../src/data/index.js';
import type { EscoOccupationsPageQuery } from './graphql/graphql.js';
import { graphql } from './graphql/index.js';
import { countingStore, startTestService, type TestService } from './support/knowledge-graph.js';
import { openTestGraph } from './support/test-store.js';

const ESCO = 'http://data.europa.eu/esco';
const ICT_OPERATIONS_MANAGER = `${ESCO}/occupation/f0ca39a8-1e30-487c-95f9-ef2d5e734adc`;
const PERFORM_ICT_TROUBLESHOOTING = `${ESCO}/skill/744442ac-c157-4350-8be0-ce454df4f5c5`;
const PYTHON = `${ESCO}/skill/ccd0a1d9-afda-43d9-b901-96344886e14d`;

const seeded = seedGraph();
const nameOf = new Map(seeded.nodes.map((node) => [node.id, node.name]));
const edgesOf = (relation: string, test: (edge: ContentEdge) => boolean) =>
  seeded.edges.filter((edge) => edge.relation === relation && test(edge));
const sorted = (values: Iterable<string>) => [...values].sort();

let service: TestService;
beforeAll(async () => {
  service = await startTestService();
});

const OccupationByUri = graphql(`
  query EscoOccupationByUri($uri: String!) {
    occupation(uri: $uri) {
      uri
      preferredLabel
      name
      code
      alternativeLabels
      hiddenLabels
      description
      iscoGroup { code name uri }
      essentialSkills(first: 100) { totalCount edges { requirement node { name } provenance { kind record } } }
      optionalSkills(first: 100) { totalCount edges { requirement node { name } } }
      skills { totalCount }
      provenance { kind quote rationale record verified source { slug name } }
    }
  }
`);

describe('occupation(uri:)', () => {
  it('answers ESCO’s ICT operations manager with its ISCO group and its 16 essential and 22 optional skills (the done-when check)', async () => {
    const { occupation } = await service.data(OccupationByUri, { uri: ICT_OPERATIONS_MANAGER });
    expect(occupation).toMatchObject({
      uri: ICT_OPERATIONS_MANAGER,
      preferredLabel: 'ICT operations manager',
      name: 'ICT operations manager',
      iscoGroup: { code: '1330', uri: `${ESCO}/isco/C1330` },
      essentialSkills: { totalCount: 16 },
      optionalSkills: { totalCount: 22 },
      skills: { totalCount: 38 },
    });
    expect(occupation!.code).toMatch(/^1330\./);
    expect(occupation!.iscoGroup!.name).toBe(nameOf.get('IscoGroup:1330'));
    expect(occupation!.alternativeLabels).toContain('IT operations manager');
    expect(occupation!.description.length).toBeGreaterThan(20);
  });

  it('splits the skills by the requirement ESCO gives, as the seeded relationships say', async () => {
    const { occupation } = await service.data(OccupationByUri, { uri: ICT_OPERATIONS_MANAGER });
    const id = 'Occupation:f0ca39a8-1e30-487c-95f9-ef2d5e734adc';
    const wanted = (qualifier: string) =>
      sorted(edgesOf('REQUIRES_SKILL', (edge) => edge.fromId === id && edge.qualifier === qualifier).map((edge) => nameOf.get(edge.toId)!));
    expect(sorted(occupation!.essentialSkills.edges.map((edge) => edge.node.name))).toEqual(wanted('ESSENTIAL'));
    expect(sorted(occupation!.optionalSkills.edges.map((edge) => edge.node.name))).toEqual(wanted('OPTIONAL'));
    expect(new Set(occupation!.essentialSkills.edges.map((edge) => edge.requirement))).toEqual(new Set(['ESSENTIAL']));
    expect(new Set(occupation!.optionalSkills.edges.map((edge) => edge.requirement))).toEqual(new Set(['OPTIONAL']));
  });

  it('cites the occupation and its requirements as IMPORTED: the dataset and the concept URI, never a quote, and nothing to verify', async () => {
    const { occupation } = await service.data(OccupationByUri, { uri: ICT_OPERATIONS_MANAGER });
    expect(occupation!.provenance).toEqual({
      kind: 'IMPORTED',
      quote: null,
      rationale: null,
      record: ICT_OPERATIONS_MANAGER,
      verified: null,
      source: { slug: 'esco-v1-1-1', name: 'ESCO v1.1.1' },
    });
    for (const edge of occupation!.essentialSkills.edges)
      expect(edge.provenance).toEqual({ kind: 'IMPORTED', record: ICT_OPERATIONS_MANAGER });
  });

  it('answers null for a well-formed URI of no occupation, and finds one by slug (the URI’s UUID) too', async () => {
    const unknown = await service.data(OccupationByUri, { uri: `${ESCO}/occupation/00000000-0000-4000-8000-000000000000` });
    expect(unknown.occupation).toBeNull();
    const BySlug = graphql(`query EscoOccupationBySlug($slug: String!) { occupation(slug: $slug) { uri } }`);
    const { occupation } = await service.data(BySlug, { slug: 'f0ca39a8-1e30-487c-95f9-ef2d5e734adc' });
    expect(occupation!.uri).toBe(ICT_OPERATIONS_MANAGER);
    expect((await service.data(BySlug, { slug: 'it-operations-manager' })).occupation).toBeNull();
  });

  it('walks essential and optional skills for many occupations in one store call per field', async () => {
    const counter = countingStore((await openTestGraph()).store);
    const counted = await startTestService({ store: counter.store, responseCache: false });
    const Many = graphql(`
      query EscoManyOccupations {
        occupations(first: 20) { nodes { essentialSkills { totalCount } optionalSkills { totalCount } } }
      }
    `);
    counter.reset();
    const { occupations } = await counted.data(Many);
    expect(occupations.nodes).toHaveLength(20);
    expect(counter.log).toEqual(['listNodes', 'traverse', 'traverse']);
  });
});

const BadLookups = graphql(`
  query EscoBadLookup($uri: String, $slug: String) {
    occupation(uri: $uri, slug: $slug) { name }
  }
`);

describe('lookups refuse malformed input with BAD_USER_INPUT', () => {
  const refusal = async (variables: { uri?: string; slug?: string }) => {
    const result = await service.query(BadLookups, variables);
    expect(result.data?.occupation ?? null).toBeNull();
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]!.extensions!['code']).toBe('BAD_USER_INPUT');
    return result.errors![0]!;
  };

  it('a string that is not an ESCO occupation URI, saying what one looks like', async () => {
    for (const uri of ['f0ca39a8-1e30-487c-95f9-ef2d5e734adc', `${ESCO}/occupation/not-a-uuid`, 'https://example.org/occupation/1', '']) {
      const error = await refusal({ uri });
      expect(error.message).toContain('is not an ESCO occupation URI');
      expect(error.message).toContain(`${ESCO}/occupation/<UUID>`);
      expect(error.extensions!['argument']).toBe('uri');
    }
  });

  it('a skill URI given for an occupation, naming its kind', async () => {
    const error = await refusal({ uri: PYTHON });
    expect(error.message).toContain('is an ESCO skill URI: expected an ESCO occupation URI');
  });

  it('both or neither of `uri` and `slug`', async () => {
    expect((await refusal({ uri: ICT_OPERATIONS_MANAGER, slug: 'x' })).message).toBe('Give exactly one of `uri` and `slug`');
    expect((await refusal({})).message).toBe('Give exactly one of `uri` and `slug`');
  });

  it('an over-long URI, before it reaches the store', async () => {
    const error = await refusal({ uri: `${ESCO}/occupation/${'a'.repeat(300)}` });
    expect(error.message).toContain('at most 200 characters');
  });

  it('a malformed ISCO-08 code; an unknown one answers null', async () => {
    const ByCode = graphql(`query EscoIscoByCode($code: String!) { iscoGroup(code: $code) { name } }`);
    for (const code of ['13x', '12345', 'C1330']) {
      const result = await service.query(ByCode, { code });
      expect(result.errors![0]!.extensions!['code']).toBe('BAD_USER_INPUT');
      expect(result.errors![0]!.message).toContain('is not an ISCO-08 code');
    }
    expect((await service.data(ByCode, { code: '9999' })).iscoGroup).toBeNull();
  });

  it('skill(uri:) refuses an occupation URI', async () => {
    const SkillLookup = graphql(`query EscoSkillBadUri($uri: String!) { skill(uri: $uri) { name } }`);
    const result = await service.query(SkillLookup, { uri: ICT_OPERATIONS_MANAGER });
    expect(result.errors![0]!.extensions!['code']).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.message).toContain('is an ESCO occupation URI: expected an ESCO skill URI');
  });
});

describe('skills', () => {
  const SkillByUri = graphql(`
    query EscoSkillByUri($uri: String!, $requirement: [SkillRequirement!]) {
      skill(uri: $uri) {
        uri
        preferredLabel
        skillType
        reuseLevel
        alternativeLabels
        hiddenLabels
        occupations(first: 100, requirement: $requirement) { totalCount edges { requirement node { uri name } } }
        provenance { kind record }
      }
    }
  `);

  it('Skill.occupations gives each occupation with the requirement, filterable by it', async () => {
    const id = 'Skill:744442ac-c157-4350-8be0-ce454df4f5c5';
    const edges = edgesOf('REQUIRES_SKILL', (edge) => edge.toId === id);
    const { skill } = await service.data(SkillByUri, { uri: PERFORM_ICT_TROUBLESHOOTING });
    expect(skill!.preferredLabel).toBe('perform ICT troubleshooting');
    expect(skill!.occupations.totalCount).toBe(edges.length);
    expect(sorted(skill!.occupations.edges.map((edge) => `${edge.node.name}:${edge.requirement}`))).toEqual(
      sorted(edges.map((edge) => `${nameOf.get(edge.fromId)}:${edge.qualifier}`)),
    );
    expect(new Set(skill!.occupations.edges.map((edge) => edge.requirement))).toEqual(new Set(['ESSENTIAL', 'OPTIONAL']));

    const essential = await service.data(SkillByUri, { uri: PERFORM_ICT_TROUBLESHOOTING, requirement: ['ESSENTIAL'] });
    expect(essential.skill!.occupations.totalCount).toBe(edges.filter((edge) => edge.qualifier === 'ESSENTIAL').length);
    expect(essential.skill!.occupations.edges.every((edge) => edge.requirement === 'ESSENTIAL')).toBe(true);
  });

  it('gives the skill’s type, reuse level and labels as ESCO has them', async () => {
    const { skill } = await service.data(SkillByUri, { uri: PYTHON });
    const seededPython = seeded.nodes.find((node) => node.id === 'Skill:ccd0a1d9-afda-43d9-b901-96344886e14d')!;
    expect(skill).toMatchObject({
      uri: PYTHON,
      preferredLabel: seededPython.name,
      skillType: 'KNOWLEDGE',
      alternativeLabels: seededPython.attributes.alternativeLabels,
      hiddenLabels: seededPython.attributes.hiddenLabels,
      provenance: { kind: 'IMPORTED', record: PYTHON },
    });
    expect(skill!.hiddenLabels).toContain('Python 3K');
    expect(['TRANSVERSAL', 'CROSS_SECTOR', 'SECTOR_SPECIFIC', 'OCCUPATION_SPECIFIC']).toContain(skill!.reuseLevel);
  });
});

describe('broader and narrower', () => {
  it('an occupation’s broader and narrower occupations, both ways', async () => {
    const Hierarchy = graphql(`
      query EscoOccupationHierarchy($uri: String!) {
        occupation(uri: $uri) { name broader { nodes { name uri narrower(first: 100) { nodes { name } } } } }
      }
    `);
    const [edge] = edgesOf('BROADER_OCCUPATION', () => true);
    const uriOf = (id: string) => `${ESCO}/occupation/${id.slice('Occupation:'.length)}`;
    const { occupation } = await service.data(Hierarchy, { uri: uriOf(edge!.fromId) });
    expect(occupation!.broader.nodes.map((node) => node.uri)).toEqual([uriOf(edge!.toId)]);
    expect(sorted(occupation!.broader.nodes[0]!.narrower.nodes.map((node) => node.name))).toEqual(
      sorted(edgesOf('BROADER_OCCUPATION', (other) => other.toId === edge!.toId).map((other) => nameOf.get(other.fromId)!)),
    );
    expect(occupation!.broader.nodes[0]!.narrower.nodes.map((node) => node.name)).toContain(occupation!.name);
  });

  it('a skill’s broader and narrower skills', async () => {
    const Hierarchy = graphql(`
      query EscoSkillHierarchy($uri: String!) {
        skill(uri: $uri) { name broader { nodes { name } } narrower(first: 100) { totalCount nodes { name } } }
      }
    `);
    const programming = 'Skill:21d2f96d-35f7-4e3f-9745-c533d2dd6e97';
    const { skill } = await service.data(Hierarchy, { uri: `${ESCO}/skill/21d2f96d-35f7-4e3f-9745-c533d2dd6e97` });
    expect(skill!.name).toBe('computer programming');
    const narrower = edgesOf('BROADER_SKILL', (edge) => edge.toId === programming).map((edge) => nameOf.get(edge.fromId)!);
    expect(skill!.narrower.totalCount).toBe(narrower.length);
    expect(skill!.narrower.nodes.map((node) => node.name)).toContain('Haskell');
    expect(sorted(skill!.broader.nodes.map((node) => node.name))).toEqual(
      sorted(edgesOf('BROADER_SKILL', (edge) => edge.fromId === programming).map((edge) => nameOf.get(edge.toId)!)),
    );
  });

  it('ISCO-08 groups: a unit group’s broader group up to the major group, narrower groups and occupations', async () => {
    const Groups = graphql(`
      query EscoIscoHierarchy {
        iscoGroup(code: "1330") {
          code
          broader { code broader { code broader { code broader { code } } } }
          occupations(first: 100) { nodes { uri } }
        }
        major: iscoGroup(code: "1") { narrower { nodes { code } } }
      }
    `);
    const { iscoGroup, major } = await service.data(Groups);
    expect(iscoGroup!.broader).toEqual({ code: '133', broader: { code: '13', broader: { code: '1', broader: null } } });
    expect(iscoGroup!.occupations.nodes.map((node) => node.uri)).toContain(ICT_OPERATIONS_MANAGER);
    expect(major!.narrower.nodes.map((node) => node.code)).toEqual(['13']);
  });
});

describe('root lists', () => {
  const Occupations = graphql(`
    query EscoOccupationsPage($first: Int, $after: String, $filter: EntityFilter) {
      occupations(first: $first, after: $after, filter: $filter) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { name uri }
      }
    }
  `);
  const count = (kind: string) => seeded.nodes.filter((node) => node.kind === kind).length;

  it('pages through every occupation, each once, in the order of one long page', async () => {
    const names: string[] = [];
    let after: string | null | undefined = null;
    for (;;) {
      const { occupations }: EscoOccupationsPageQuery = await service.data(Occupations, { first: 40, after });
      expect(occupations.totalCount).toBe(count('Occupation'));
      names.push(...occupations.nodes.map((node) => node.name));
      if (!occupations.pageInfo.hasNextPage) break;
      after = occupations.pageInfo.endCursor;
    }
    expect(names).toHaveLength(count('Occupation'));
    expect(new Set(names).size).toBe(names.length);
    const whole = await service.data(Occupations, { first: 100 });
    const rest = await service.data(Occupations, { first: 100, after: whole.occupations.pageInfo.endCursor });
    expect(names).toEqual([...whole.occupations.nodes, ...rest.occupations.nodes].map((node) => node.name));
  });

  it('filters by name', async () => {
    const { occupations } = await service.data(Occupations, { first: 100, filter: { nameContains: 'operations manager' } });
    expect(occupations.nodes.map((node) => node.uri)).toContain(ICT_OPERATIONS_MANAGER);
    expect(occupations.nodes.every((node) => node.name.toLowerCase().includes('operations manager'))).toBe(true);
  });

  it('skills and ISCO groups are listed too, every one IMPORTED', async () => {
    const Lists = graphql(`
      query EscoSkillAndGroupLists {
        skills(first: 5, filter: { provenanceKind: IMPORTED }) { totalCount nodes { skillType } }
        iscoGroups(first: 100, orderBy: { field: NAME, direction: DESC }) { totalCount nodes { code name } }
      }
    `);
    const { skills, iscoGroups } = await service.data(Lists);
    expect(skills.totalCount).toBe(count('Skill'));
    expect(skills.nodes).toHaveLength(5);
    expect(iscoGroups.totalCount).toBe(count('IscoGroup'));
    expect(iscoGroups.nodes.map((node) => node.code)).toContain('1330');
  });
});

describe('search covers every label of occupations and skills', () => {
  const Search = graphql(`
    query EscoSearch($query: String!, $kinds: [EntityKind!]) {
      search(query: $query, kinds: $kinds, first: 10) {
        edges { node { kind name ... on Occupation { uri } ... on Skill { uri } } highlight { field text } }
      }
    }
  `);

  it('"IT operations manager" (an ESCO alternative label) finds the ESCO occupation ICT operations manager', async () => {
    const { search } = await service.data(Search, { query: 'IT operations manager', kinds: ['OCCUPATION'] });
    expect(search.edges[0]!.node).toMatchObject({ kind: 'OCCUPATION', name: 'ICT operations manager', uri: ICT_OPERATIONS_MANAGER });
    // "it" is a stop word: the name matches the query's other words as well as the label does, and the
    // highlight shows the most telling field that matched.
    expect(search.edges[0]!.highlight).toEqual({ field: 'NAME', text: 'ICT operations manager' });
    const { occupation } = await service.data(OccupationByUri, { uri: ICT_OPERATIONS_MANAGER });
    expect(occupation!.alternativeLabels).toContain('IT operations manager');
    // Over every kind, the article's role (by its name) and the occupation (by its name and this label) come first.
    const all = await service.data(Search, { query: 'IT operations manager' });
    expect(sorted(all.search.edges.slice(0, 2).map((edge) => `${edge.node.kind} ${edge.node.name}`))).toEqual([
      'OCCUPATION ICT operations manager',
      'ROLE IT operations manager',
    ]);
  });

  it('a skill’s hidden label (kept for search only) finds the skill', async () => {
    const skill = seeded.nodes.find((node) => node.id === 'Skill:9035afc4-5317-455d-ab60-f32e2ecc6bfc')!;
    const hidden = 'Hyperledger';
    expect(skill.attributes.hiddenLabels).toContain(hidden);
    expect(`${skill.name} ${skill.description} ${(skill.attributes.alternativeLabels ?? []).join(' ')}`).not.toContain(hidden);
    const { search } = await service.data(Search, { query: hidden });
    expect(search.edges[0]!.node.name).toBe(skill.name);
    expect(search.edges[0]!.highlight).toEqual({ field: 'HIDDEN_LABEL', text: hidden });
  });

  it('an occupation’s hidden label finds the occupation', async () => {
    // The shipped slice has no occupation with a hidden label: give one a label as a newer ESCO would.
    const { store } = await openTestGraph();
    const [node] = await store.nodesBySlugs('Occupation', ['f0ca39a8-1e30-487c-95f9-ef2d5e734adc']);
    const outcome = await store.applyChange(
      {
        action: 'UPDATE_ENTITY',
        id: node!.id,
        expectedVersion: node!.version,
        patch: { attributes: { ...node!.attributes, hiddenLabels: ['Rechenzentrumsleiterin'] } },
      },
      { keyId: 'test', label: 'test' },
    );
    expect(outcome.ok).toBe(true);
    const changed = await startTestService({ store });
    const { search } = await changed.data(Search, { query: 'Rechenzentrumsleiterin' });
    expect(search.edges).toHaveLength(1);
    expect(search.edges[0]!.node).toMatchObject({ name: 'ICT operations manager', uri: ICT_OPERATIONS_MANAGER });
    expect(search.edges[0]!.highlight).toEqual({ field: 'HIDDEN_LABEL', text: 'Rechenzentrumsleiterin' });
  });
});

const SkillGroups = graphql(`
  query EscoSkillGroups($uri: String!, $group: String!) {
    skill(uri: $uri) { groups { nodes { slug uri name } } }
    skillGroup(slug: $group) { uri code name broader { nodes { slug } } narrower { totalCount } skills { totalCount } provenance { kind record } }
  }
`);

describe('ESCO’s skills hierarchy: skill groups', () => {
  it('places a skill in its groups and walks the groups up and down, as the seeded relationships say', async () => {
    const python = seeded.nodes.find((node) => node.attributes.uri === PYTHON)!;
    const groups = edgesOf('IN_SKILL_GROUP', (edge) => edge.fromId === python.id).map((edge) => edge.toId);
    expect(groups.length).toBeGreaterThan(0);
    const group = seeded.nodes.find((node) => node.id === groups[0])!;
    const data = await service.data(SkillGroups, { uri: PYTHON, group: group.slug });
    expect(sorted(data.skill!.groups.nodes.map((node) => `SkillGroup:${node.slug}`))).toEqual(sorted(groups));
    expect(data.skillGroup).toMatchObject({
      uri: group.attributes.uri,
      name: group.name,
      provenance: { kind: 'IMPORTED', record: group.attributes.uri },
    });
    expect(sorted(data.skillGroup!.broader.nodes.map((node) => `SkillGroup:${node.slug}`))).toEqual(
      sorted(edgesOf('BROADER_SKILL_GROUP', (edge) => edge.fromId === group.id).map((edge) => edge.toId)),
    );
    expect(data.skillGroup!.narrower.totalCount).toBe(edgesOf('BROADER_SKILL_GROUP', (edge) => edge.toId === group.id).length);
    expect(data.skillGroup!.skills.totalCount).toBe(edgesOf('IN_SKILL_GROUP', (edge) => edge.toId === group.id).length);
  });
});
