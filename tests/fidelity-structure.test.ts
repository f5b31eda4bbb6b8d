/**
 * Facts as structure (issue 14): how strongly a role needs a technical area (`need`, a typed
 * qualifier, filterable), each role's own definition of a responsibility wherever the
 * responsibility appears, and marks telling the source's words from the maintainers'
 * (`descriptionProvenance`, `statementProvenance`, `frameworkProvenance`). Through `yoga.fetch`,
 * on the seeded test store.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { RELATION_QUALIFIERS } from '../src/data/index.js';
import { EXPORT_FORMAT } from '../src/data/transfer.js';
import type { StructureEntityWordsQuery, StructureStatementsQuery } from './graphql/graphql.js';
import { graphql } from './graphql/index.js';
import { countingStore, createKey, expectTypename, startTestService, type TestService } from './support/knowledge-graph.js';
import { openTestGraph } from './support/test-store.js';

let service: TestService;
beforeAll(async () => {
  service = await startTestService();
});

const normalised = (text: string) => text.replace(/\s+/g, ' ').trim();
const NEEDS = Object.keys(RELATION_QUALIFIERS.NEEDS_TECHNICAL_AREA.values);
const SPECIALISTS_INCIDENT_RESPONSE = 'Troubleshooting and resolving technical issues.';

const RoleNeeds = graphql(`
  query StructureRoleNeeds($slug: String!, $need: [TechnicalAreaNeed!]) {
    role(slug: $slug) {
      technicalAreas(need: $need) {
        totalCount
        edges {
          need
          relation
          statement
          statementProvenance { kind quote rationale }
          provenance { kind quote }
          node { slug name }
        }
      }
    }
  }
`);

const AreaRoles = graphql(`
  query StructureAreaRoles($slug: String!, $need: [TechnicalAreaNeed!]) {
    technicalArea(slug: $slug) {
      roles(need: $need) { edges { need node { slug } } }
    }
  }
`);

describe('how strongly a role needs a technical area (TechnicalAreaNeed)', () => {
  it('“What must a manager understand?” answers exactly cloud computing, networking and cybersecurity', async () => {
    const { role } = await service.data(RoleNeeds, { slug: 'it-operations-manager', need: ['MUST_UNDERSTAND'] });
    expect(role!.technicalAreas.edges.map((edge) => edge.node.name).sort()).toEqual(['Cloud computing', 'Cybersecurity', 'Networking']);
    expect(role!.technicalAreas.totalCount).toBe(3);
    for (const edge of role!.technicalAreas.edges) {
      expect(edge.need).toBe('MUST_UNDERSTAND');
      expect(edge.provenance.quote).toContain('must understand');
    }
  });

  it('filters each role’s areas to exactly the edges whose need is asked for; no filter gives them all', async () => {
    for (const slug of ['it-operations-manager', 'it-operations-specialist', 'it-operations-generalist']) {
      const all = (await service.data(RoleNeeds, { slug })).role!.technicalAreas.edges;
      expect(all.length).toBeGreaterThan(0);
      for (const edge of all) {
        expect(edge.relation).toBe('NEEDS_TECHNICAL_AREA');
        expect(NEEDS).toContain(edge.need);
      }
      for (const need of NEEDS) {
        const filtered = (await service.data(RoleNeeds, { slug, need: [need as never] })).role!.technicalAreas.edges;
        expect(filtered.map((edge) => edge.node.slug)).toEqual(all.filter((edge) => edge.need === need).map((edge) => edge.node.slug));
      }
      const several = (await service.data(RoleNeeds, { slug, need: NEEDS as never })).role!.technicalAreas.edges;
      expect(several.map((edge) => edge.node.slug)).toEqual(all.map((edge) => edge.node.slug));
      const none = (await service.data(RoleNeeds, { slug, need: [] })).role!.technicalAreas.edges;
      expect(none).toEqual([]);
    }
  });

  it('reads the same from the technical area’s side: TechnicalArea.roles(need:)', async () => {
    const { technicalArea } = await service.data(AreaRoles, { slug: 'cloud-computing', need: ['MUST_UNDERSTAND'] });
    expect(technicalArea!.roles.edges).toEqual([{ need: 'MUST_UNDERSTAND', node: { slug: 'it-operations-manager' } }]);
    const { technicalArea: database } = await service.data(AreaRoles, { slug: 'database-management', need: ['MUST_UNDERSTAND'] });
    expect(database!.roles.edges).toEqual([]);
    const { technicalArea: unfiltered } = await service.data(AreaRoles, { slug: 'database-management' });
    expect(unfiltered!.roles.edges).toContainEqual({ need: 'MAY_FOCUS_ON', node: { slug: 'it-operations-specialist' } });
  });

  it('is null on role edges of other relations', async () => {
    const Holders = graphql(`
      query StructureHolders { responsibility(slug: "incident-response") { roles { edges { relation need } } } }
    `);
    const { responsibility } = await service.data(Holders);
    expect(responsibility!.roles.edges.length).toBeGreaterThan(0);
    for (const edge of responsibility!.roles.edges) expect(edge).toEqual({ relation: 'HOLDS_RESPONSIBILITY', need: null });
  });

  it('stands on every Relationship as its qualifier: one of the relation’s, or null for a relation without qualifiers', async () => {
    const Qualifiers = graphql(`
      query StructureQualifiers($relation: Relation!) {
        relationships(relation: $relation, first: 100) { totalCount nodes { qualifier } }
      }
    `);
    const needs = (await service.data(Qualifiers, { relation: 'NEEDS_TECHNICAL_AREA' })).relationships;
    expect(needs.nodes).toHaveLength(needs.totalCount);
    for (const edge of needs.nodes) expect(NEEDS).toContain(edge.qualifier);
    const leads = (await service.data(Qualifiers, { relation: 'LEADS' })).relationships.nodes;
    expect(leads.length).toBeGreaterThan(0);
    for (const edge of leads) expect(edge.qualifier).toBeNull();
  });

  it('filtering costs no store call: one per relationship level, as without the filter', async () => {
    const Levels = graphql(`
      query StructureNeedLevels {
        role(slug: "it-operations-manager") {
          technicalAreas(need: [MUST_UNDERSTAND]) {
            edges { need node { roles(need: [MUST_UNDERSTAND, INVALUABLE]) { edges { need node { slug } } } } }
          }
        }
      }
    `);
    const counter = countingStore((await openTestGraph()).store);
    const counted = await startTestService({ store: counter.store, responseCache: false });
    const data = await counted.data(Levels);
    expect(counter.log).toEqual(['nodesBySlugs', 'traverse', 'traverse']);
    const areas = data.role!.technicalAreas.edges;
    expect(areas).toHaveLength(3);
    for (const area of areas)
      expect(area.node.roles.edges).toContainEqual({ need: 'MUST_UNDERSTAND', node: { slug: 'it-operations-manager' } });
  });
});

const LinkQualified = graphql(`
  mutation StructureLinkQualified($input: LinkEntitiesInput!) {
    linkEntities(input: $input) {
      __typename
      ... on RelationshipChange { relationship { relation qualifier from { slug } to { slug } } }
      ... on ValidationError { field }
      ... on MutationError { message }
    }
  }
`);

const LinkEnds = graphql(`
  query StructureLinkEnds {
    manager: role(slug: "it-operations-manager") { id technicalAreas { totalCount } }
    specialist: role(slug: "it-operations-specialist") { id }
    generalist: role(slug: "it-operations-generalist") { id ledBy { totalCount } }
    database: technicalArea(slug: "database-management") { id }
  }
`);

describe('linkEntities takes a qualifier, checked against the relation’s', () => {
  it('requires one of the relation’s qualifiers, refuses one elsewhere, and writes nothing when it refuses', async () => {
    const curation = await startTestService();
    const { key } = await createKey(curation.store, 'edit', 'qualifier curator');
    const before = await curation.data(LinkEnds);
    const provenance = { kind: 'CURATED' as const, rationale: 'A test of the qualifier rule.' };
    const link = (input: Record<string, unknown>) =>
      curation.data(LinkQualified, { input: { provenance, ...input } as never }, { key }).then((data) => data.linkEntities);
    const needs = { relation: 'NEEDS_TECHNICAL_AREA', from: before.manager!.id, to: before.database!.id };

    const missing = expectTypename(await link(needs), 'ValidationError');
    expect(missing).toMatchObject({ field: 'input.qualifier', message: expect.stringContaining('is required for a NEEDS_TECHNICAL_AREA') });
    const unknown = expectTypename(await link({ ...needs, qualifier: 'VERY_MUCH' }), 'ValidationError');
    expect(unknown.field).toBe('input.qualifier');
    expect(unknown.message).toContain(`must be one of ${NEEDS.join(', ')} for a NEEDS_TECHNICAL_AREA relationship; got "VERY_MUCH"`);
    const leads = { relation: 'LEADS', from: before.specialist!.id, to: before.generalist!.id, qualifier: 'MUST_UNDERSTAND' };
    const misplaced = expectTypename(await link(leads), 'ValidationError');
    expect(misplaced).toMatchObject({
      field: 'input.qualifier',
      message: expect.stringContaining('a LEADS relationship takes no qualifier'),
    });

    const untouched = await curation.data(LinkEnds);
    expect(untouched.manager!.technicalAreas.totalCount).toBe(before.manager!.technicalAreas.totalCount);
    expect(untouched.generalist!.ledBy.totalCount).toBe(before.generalist!.ledBy.totalCount);

    const linked = expectTypename(await link({ ...needs, qualifier: 'MAY_FOCUS_ON' }), 'RelationshipChange');
    expect(linked.relationship).toEqual({
      relation: 'NEEDS_TECHNICAL_AREA',
      qualifier: 'MAY_FOCUS_ON',
      from: { slug: 'it-operations-manager' },
      to: { slug: 'database-management' },
    });
    const { role } = await curation.data(RoleNeeds, { slug: 'it-operations-manager', need: ['MAY_FOCUS_ON'] });
    expect(role!.technicalAreas.edges.map((edge) => [edge.need, edge.node.slug])).toEqual([['MAY_FOCUS_ON', 'database-management']]);
  });
});

const RoleResponsibilities = graphql(`
  query StructureRoleResponsibilities($slug: String!) {
    role(slug: $slug) {
      responsibilities(first: 100) {
        edges { statement statementProvenance { kind quote } provenance { kind quote } node { slug } }
      }
    }
  }
`);

/** Each responsibility's slug → the role's own definition of it, as `Role.responsibilities` gives it. */
async function definitionsOf(slug: string): Promise<Map<string, string | null>> {
  const { role } = await service.data(RoleResponsibilities, { slug });
  return new Map(role!.responsibilities.edges.map((edge) => [edge.node.slug, edge.statement ?? null]));
}

describe('each role’s own definition of a shared responsibility', () => {
  it('Role.responsibilities: the specialist’s incident response in the specialist’s words, stated in the edge’s quote', async () => {
    const { role } = await service.data(RoleResponsibilities, { slug: 'it-operations-specialist' });
    const incident = role!.responsibilities.edges.find((edge) => edge.node.slug === 'incident-response')!;
    expect(incident.statement).toBe(SPECIALISTS_INCIDENT_RESPONSE);
    expect(incident.statementProvenance).toEqual({ kind: 'STATED', quote: SPECIALISTS_INCIDENT_RESPONSE });
    expect(normalised(incident.provenance.quote!)).toContain(SPECIALISTS_INCIDENT_RESPONSE);
  });

  it('compareRoles: both roles’ definitions side by side, as each role’s responsibilities give them', async () => {
    const Compare = graphql(`
      query StructureCompare($first: String!, $second: String!) {
        compareRoles(first: $first, second: $second) {
          sharedResponsibilities {
            responsibility { slug }
            first { role { slug } definition definitionProvenance { kind quote } relationship { relation provenance { quote } } }
            second { role { slug } definition definitionProvenance { kind quote } relationship { relation provenance { quote } } }
          }
          responsibilitiesOnlyFirst { role { slug } responsibility { slug } definition }
          responsibilitiesOnlySecond { role { slug } responsibility { slug } definition }
        }
      }
    `);
    const { compareRoles: c } = await service.data(Compare, { first: 'it-operations-manager', second: 'it-operations-specialist' });
    const manager = await definitionsOf('it-operations-manager');
    const specialist = await definitionsOf('it-operations-specialist');

    const incident = c.sharedResponsibilities.find((shared) => shared.responsibility.slug === 'incident-response')!;
    expect(incident.second.definition).toBe(SPECIALISTS_INCIDENT_RESPONSE);
    expect(incident.first.definition).toBe(manager.get('incident-response'));
    expect(incident.first.definition).not.toBe(incident.second.definition);
    for (const shared of c.sharedResponsibilities) {
      expect(shared.first.role.slug).toBe('it-operations-manager');
      expect(shared.second.role.slug).toBe('it-operations-specialist');
      expect(shared.first.definition).toBe(manager.get(shared.responsibility.slug));
      expect(shared.second.definition).toBe(specialist.get(shared.responsibility.slug));
      for (const side of [shared.first, shared.second]) {
        expect(side.relationship.relation).toBe('HOLDS_RESPONSIBILITY');
        if (side.definitionProvenance?.kind === 'STATED') {
          expect(side.definitionProvenance.quote).toBe(normalised(side.definition!));
          expect(normalised(side.relationship.provenance.quote!)).toContain(side.definitionProvenance.quote);
        }
      }
    }
    for (const only of c.responsibilitiesOnlyFirst) {
      expect(only.role.slug).toBe('it-operations-manager');
      expect(only.definition).toBe(manager.get(only.responsibility.slug));
    }
    for (const only of c.responsibilitiesOnlySecond) {
      expect(only.role.slug).toBe('it-operations-specialist');
      expect(only.definition).toBe(specialist.get(only.responsibility.slug));
    }
  });

  it('skillGap: the role’s responsibilities in the role’s own words', async () => {
    const Gap = graphql(`
      query StructureGap($role: String!, $held: [String!]!) {
        skillGap(role: $role, heldCertifications: $held) {
          coveredResponsibilities { role { slug } responsibility { slug } definition definitionProvenance { kind } }
          missingResponsibilities { role { slug } responsibility { slug } definition }
        }
      }
    `);
    const { skillGap } = await service.data(Gap, { role: 'it-operations-specialist', held: ['comptia-security-plus', 'ccna'] });
    const incident = skillGap.coveredResponsibilities.find((held) => held.responsibility.slug === 'incident-response')!;
    expect(incident.definition).toBe(SPECIALISTS_INCIDENT_RESPONSE);
    expect(incident.definitionProvenance).toEqual({ kind: 'STATED' });
    const specialist = await definitionsOf('it-operations-specialist');
    const all = [...skillGap.coveredResponsibilities, ...skillGap.missingResponsibilities];
    expect(all.map((held) => held.responsibility.slug).sort()).toEqual([...specialist.keys()].sort());
    for (const held of all) {
      expect(held.role.slug).toBe('it-operations-specialist');
      expect(held.definition).toBe(specialist.get(held.responsibility.slug));
    }
  });
});

const EntityWords = graphql(`
  query StructureEntityWords($after: String) {
    entities(first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes {
        kind
        slug
        description
        provenance { kind quote section source { slug } }
        descriptionProvenance { kind quote section rationale source { slug } }
      }
    }
  }
`);

describe('whose words: descriptionProvenance, statementProvenance, frameworkProvenance', () => {
  it('marks every description STATED exactly when it stands in the entity’s own quote, else CURATED', async () => {
    let after: string | null = null;
    const marks = { STATED: 0, CURATED: 0, IMPORTED: 0 };
    do {
      const { entities }: StructureEntityWordsQuery = await service.data(EntityWords, { after });
      for (const entity of entities.nodes) {
        const { provenance, descriptionProvenance: words } = entity;
        const inQuote = provenance.kind === 'STATED' && normalised(provenance.quote!).includes(normalised(entity.description));
        marks[words.kind]++;
        if (inQuote) {
          expect(words, entity.slug).toEqual({
            kind: 'STATED',
            quote: normalised(entity.description),
            section: provenance.section,
            rationale: null,
            source: provenance.source,
          });
        } else {
          expect(words, entity.slug).toMatchObject({ kind: 'CURATED', quote: null, source: null });
          expect(words.rationale).toContain('maintainers’ wording');
        }
      }
      after = entities.pageInfo.hasNextPage ? entities.pageInfo.endCursor! : null;
    } while (after !== null);
    expect(marks.STATED + marks.CURATED).toBeGreaterThan(0);
  });

  it('follows what a curator writes: a description inside the quote is STATED; once reworded, CURATED', async () => {
    const curation = await startTestService();
    const { key } = await createKey(curation.store, 'edit', 'description curator');
    // The manager's own quote, from its own source: words the source certainly has.
    const Quoted = graphql(`query StructureQuoted { role(slug: "it-operations-manager") { provenance { quote source { id } } } }`);
    const { provenance } = (await curation.data(Quoted)).role!;
    const quote = normalised(provenance.quote!);
    const words = quote.split(' ');
    expect(words.length).toBeGreaterThan(6);
    const inside = words.slice(2, 6).join(' ');
    const Create = graphql(`
      mutation StructureCreate($input: CreateEntityInput!) {
        createEntity(input: $input) {
          __typename
          ... on EntityChange { entity { id version descriptionProvenance { kind quote } } }
          ... on MutationError { message }
        }
      }
    `);
    const Update = graphql(`
      mutation StructureUpdate($input: UpdateEntityInput!) {
        updateEntity(input: $input) {
          __typename
          ... on EntityChange { entity { descriptionProvenance { kind quote rationale } } }
          ... on MutationError { message }
        }
      }
    `);
    const created = await curation.data(
      Create,
      {
        input: {
          kind: 'ROLE',
          slug: 'words-test-role',
          name: 'Words test role',
          description: inside.replace(' ', '   '),
          provenance: { kind: 'STATED', quote, source: provenance.source!.id },
        },
      },
      { key },
    );
    const entity = expectTypename(created.createEntity, 'EntityChange').entity;
    expect(entity.descriptionProvenance).toEqual({ kind: 'STATED', quote: inside });
    const updated = await curation.data(
      Update,
      { input: { id: entity.id, expectedVersion: entity.version, description: 'Runs the operations team.' } },
      { key },
    );
    expect(expectTypename(updated.updateEntity, 'EntityChange').entity.descriptionProvenance).toMatchObject({
      kind: 'CURATED',
      quote: null,
    });
  });

  it('marks a relationship’s statement STATED when it stands in the relationship’s quote, else CURATED, and null without one', async () => {
    const Statements = graphql(`
      query StructureStatements($after: String) {
        relationships(first: 100, after: $after) {
          pageInfo { hasNextPage endCursor }
          nodes { statement provenance { kind quote section } statementProvenance { kind quote section rationale } }
        }
      }
    `);
    let after: string | null = null;
    const seen = { STATED: 0, CURATED: 0, none: 0 };
    do {
      const { relationships }: StructureStatementsQuery = await service.data(Statements, { after });
      for (const edge of relationships.nodes) {
        if (edge.statement == null) {
          expect(edge.statementProvenance).toBeNull();
          seen.none++;
        } else if (edge.provenance.kind === 'STATED' && normalised(edge.provenance.quote!).includes(normalised(edge.statement))) {
          expect(edge.statementProvenance).toEqual({
            kind: 'STATED',
            quote: normalised(edge.statement),
            section: edge.provenance.section,
            rationale: null,
          });
          seen.STATED++;
        } else {
          expect(edge.statementProvenance).toMatchObject({ kind: 'CURATED', quote: null });
          seen.CURATED++;
        }
      }
      after = relationships.pageInfo.hasNextPage ? relationships.pageInfo.endCursor! : null;
    } while (after !== null);
    // The roles' definitions of responsibilities are the source's words; "must understand cloud computing, even when …" is not.
    expect(seen.STATED).toBeGreaterThan(0);
    expect(seen.CURATED).toBeGreaterThan(0);
    const { role } = await service.data(RoleNeeds, { slug: 'it-operations-manager', need: ['MUST_UNDERSTAND'] });
    for (const edge of role!.technicalAreas.edges) {
      const inQuote = normalised(edge.provenance.quote!).includes(normalised(edge.statement!));
      expect(edge.statementProvenance!.kind).toBe(inQuote ? 'STATED' : 'CURATED');
    }
  });

  it('marks ItilFunction.framework as the maintainers’ label', async () => {
    const Framework = graphql(`
      query StructureFramework { itilFunctions { nodes { framework frameworkProvenance { kind quote rationale } } } }
    `);
    const { itilFunctions } = await service.data(Framework);
    expect(itilFunctions.nodes.length).toBeGreaterThan(0);
    for (const fn of itilFunctions.nodes) {
      expect(fn.frameworkProvenance.kind).toBe('CURATED');
      expect(fn.frameworkProvenance.quote).toBeNull();
      expect(fn.frameworkProvenance.rationale).toContain('ITIL 4');
      expect(fn.framework).toContain('ITIL v3/2011');
    }
  });
});

describe('OutlookStatement horizon and topPercent', () => {
  it('gives the year and the percentile an outlook statement records, null where it records none', async () => {
    const opened = await openTestGraph();
    const base = await opened.store.exportGraph();
    const finding = base.nodes.find((node) => node.kind === 'OutlookStatement')!;
    const other = base.nodes.find((node) => node.kind === 'OutlookStatement' && node.id !== finding.id)!;
    const { horizon: _h, topPercent: _t, ...otherAttributes } = other.attributes;
    await opened.store.importGraph(
      {
        format: EXPORT_FORMAT,
        nodes: [
          { ...finding, attributes: { ...finding.attributes, horizon: '2025', topPercent: 15 } },
          { ...other, attributes: otherAttributes },
        ],
        edges: [],
      },
      { dryRun: false },
    );
    const recorded = await startTestService({ store: opened.store });
    const Outlook = graphql(`
      query StructureOutlook($a: String!, $b: String!) {
        a: outlookStatement(slug: $a) { horizon topPercent }
        b: outlookStatement(slug: $b) { horizon topPercent }
      }
    `);
    const data = await recorded.data(Outlook, { a: finding.slug, b: other.slug });
    expect(data.a).toEqual({ horizon: '2025', topPercent: 15 });
    expect(data.b).toEqual({ horizon: null, topPercent: null });
  });
});
