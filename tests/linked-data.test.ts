/**
 * Linked data: an entity as schema.org JSON-LD (over HTTP at /entities/{id}.jsonld and as the
 * `jsonLd` field), and the whole graph as SKOS Turtle (`npm run kg -- export --format turtle`),
 * parsed back with n3.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser, type Quad } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { edgeId, nodeId, openKnowledgeGraph, type Store } from '../src/data/index.js';
import type { GraphExport } from '../src/data/transfer.js';
import { createKnowledgeGraphListener } from '../src/server/node-listener.js';
import { graphql } from './graphql/index.js';
import { countingStore, createKey, startTestService, type TestService } from './support/knowledge-graph.js';
import { close, listen } from './support/listen.js';
import { openTestGraph } from './support/test-store.js';

const ESCO_ICT_OPERATIONS_MANAGER = 'http://data.europa.eu/esco/occupation/f0ca39a8-1e30-487c-95f9-ef2d5e734adc';
const ICT_OPERATIONS_MANAGER_ID = nodeId('Occupation', 'f0ca39a8-1e30-487c-95f9-ef2d5e734adc');
const MANAGER_ID = nodeId('Role', 'it-operations-manager');
const SKOS = 'http://www.w3.org/2004/02/skos/core#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

type JsonLd = Record<string, unknown> & { '@context': string; '@type': string; '@id': string };

/**
 * The manager's ESCO match, made by a curator unless the seed already holds it (the crosswalk's
 * matches): either way the role matches ESCO's ICT operations manager EXACTly.
 */
async function ensureManagerMatch(store: Store): Promise<void> {
  const id = edgeId('MATCHES_OCCUPATION', MANAGER_ID, ICT_OPERATIONS_MANAGER_ID);
  const existing = (await store.edgesTouching([MANAGER_ID])).find((edge) => edge.id === id);
  if (existing) {
    expect(existing.qualifier).toBe('EXACT');
    return;
  }
  const outcome = await store.applyChange(
    {
      action: 'LINK',
      edge: {
        id,
        relation: 'MATCHES_OCCUPATION',
        fromId: MANAGER_ID,
        toId: ICT_OPERATIONS_MANAGER_ID,
        position: 0,
        statement: null,
        qualifier: 'EXACT',
        provenance: {
          kind: 'CURATED',
          quote: null,
          section: null,
          rationale: 'ESCO lists “IT operations manager” among the alternative labels of ICT operations manager.',
          sourceId: null,
        },
      },
    },
    { keyId: 'test', label: 'test' },
  );
  expect(outcome).toMatchObject({ ok: true });
}

const EntityJsonLd = graphql(`
  query SpecEntityJsonLd($id: ID!) {
    node(id: $id) {
      id
      ... on Entity { name description alternativeLabels jsonLd provenance { kind quote } }
    }
  }
`);

const CertificationIssuerJsonLd = graphql(`
  query SpecCertificationIssuerJsonLd($slug: String!) {
    certification(slug: $slug) { id name jsonLd issuer { name alternativeLabels } }
  }
`);

const NewRole = graphql(`
  mutation SpecLinkedDataNewRole($input: CreateEntityInput!) {
    createEntity(input: $input) { __typename ... on EntityChange { entity { id jsonLd } } }
  }
`);

const globalId = (storeId: string) => Buffer.from(storeId, 'utf8').toString('base64');

let service: TestService;
beforeAll(async () => {
  service = await startTestService();
  await ensureManagerMatch(service.store);
});

/** The entity's document over HTTP (checked to equal the `jsonLd` field's) and what GraphQL says of it. */
async function documentOf(storeId: string) {
  const { node } = await service.data(EntityJsonLd, { id: globalId(storeId) });
  if (!node || !('jsonLd' in node)) throw new Error(`no entity ${storeId}`);
  const answer = await service.yoga.fetch(`http://kg.test/entities/${encodeURIComponent(node.id)}.jsonld`);
  expect(answer.status).toBe(200);
  expect(answer.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
  const document = (await answer.json()) as JsonLd;
  expect(JSON.parse(node.jsonLd)).toEqual(document);
  expect(document['@context']).toBe('https://schema.org');
  return { document, node };
}

const categories = (document: JsonLd) =>
  (document['occupationalCategory'] as { codeValue: string; inCodeSet: { name: string } }[]).map(
    (c) => `${c.inCodeSet.name} ${c.codeValue}`,
  );

describe('an entity as JSON-LD', () => {
  it('ESCO’s ICT operations manager: an Occupation under its ESCO URI, ISCO-08 1330 and O*NET-SOC 11-3021.00, its essential skills, the dataset it is based on', async () => {
    const { document, node } = await documentOf(ICT_OPERATIONS_MANAGER_ID);
    expect(document).toMatchObject({
      '@type': 'Occupation',
      '@id': ESCO_ICT_OPERATIONS_MANAGER,
      name: node.name,
      description: node.description,
    });
    expect(document['alternateName']).toEqual(node.alternativeLabels);
    expect(document['alternateName']).toContain('IT operations manager');
    expect(document['sameAs']).toEqual([ESCO_ICT_OPERATIONS_MANAGER]);
    expect(categories(document)).toEqual(expect.arrayContaining(['ISCO-08 1330', 'O*NET-SOC 2010 11-3021.00']));
    expect(document['occupationalCategory']).toContainEqual(
      expect.objectContaining({ '@type': 'CategoryCode', '@id': 'http://data.europa.eu/esco/isco/C1330', codeValue: '1330' }),
    );
    expect(document['skills']).toHaveLength(16);
    expect(document['isBasedOn']).toMatchObject({ '@type': 'Dataset', name: 'ESCO v1.1.1' });
    expect(node.provenance.kind).toBe('IMPORTED');
  });

  it('the article’s IT operations manager: an Occupation with the codes of the ESCO occupation it matches, and the article’s words as citation', async () => {
    const { document, node } = await documentOf(MANAGER_ID);
    expect(document).toMatchObject({
      '@type': 'Occupation',
      '@id': 'urn:it-ops-kg:Role:it-operations-manager',
      name: 'IT operations manager',
    });
    expect(categories(document)).toEqual(expect.arrayContaining(['ISCO-08 1330', 'O*NET-SOC 2010 11-3021.00']));
    expect(document['sameAs']).toContain(ESCO_ICT_OPERATIONS_MANAGER);
    expect(document['isBasedOn']).toMatchObject({
      '@type': 'CreativeWork',
      name: 'IT operations manager vs. specialist: Compare roles and skills',
    });
    expect(document['citation']).toMatchObject({ '@type': 'Quotation', text: node.provenance.quote });
  });

  it('a role that matches no occupation has no occupationalCategory', async () => {
    const { key } = await createKey(service.store, 'edit');
    const created = await service.data(
      NewRole,
      {
        input: {
          kind: 'ROLE',
          slug: 'site-reliability-engineer',
          name: 'Site reliability engineer',
          description: 'Applies software engineering to operations.',
          provenance: { kind: 'CURATED', rationale: 'A role added for the test.' },
        },
      },
      { key },
    );
    if (created.createEntity.__typename !== 'EntityChange') throw new Error(created.createEntity.__typename);
    const document = JSON.parse(created.createEntity.entity.jsonLd) as JsonLd;
    expect(document).toMatchObject({ '@type': 'Occupation', name: 'Site reliability engineer' });
    expect(document).not.toHaveProperty('occupationalCategory');
    expect(document).not.toHaveProperty('isBasedOn'); // CURATED: it has no source to name
  });

  it('a certification: an EducationalOccupationalCredential recognizedBy its issuer as an Organization', async () => {
    const { certification } = await service.data(CertificationIssuerJsonLd, { slug: 'pmp' });
    const document = JSON.parse(certification!.jsonLd) as JsonLd;
    expect(document).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'EducationalOccupationalCredential',
      name: certification!.name,
    });
    expect(document['recognizedBy']).toEqual([
      {
        '@type': 'Organization',
        '@id': 'urn:it-ops-kg:Issuer:pmi',
        name: certification!.issuer!.name,
        alternateName: certification!.issuer!.alternativeLabels,
      },
    ]);
    const answer = await service.yoga.fetch(`http://kg.test/entities/${certification!.id}.jsonld`);
    expect(await answer.json()).toEqual(document);
  });

  it('an ESCO skill: a DefinedTerm in ESCO’s skills scheme, sameAs its URI', async () => {
    const uuid = '000f1d3d-220f-4789-9c0a-cc742521fb02';
    const { document } = await documentOf(nodeId('Skill', uuid));
    expect(document).toMatchObject({
      '@type': 'DefinedTerm',
      '@id': `http://data.europa.eu/esco/skill/${uuid}`,
      name: 'Haskell',
      inDefinedTermSet: { '@type': 'DefinedTermSet', '@id': 'http://data.europa.eu/esco/concept-scheme/skills' },
      sameAs: [`http://data.europa.eu/esco/skill/${uuid}`],
    });
  });

  it('is served over HTTP by the listener `npm start` uses, cross-origin, with an ETag that answers 304', async () => {
    const { listener } = createKnowledgeGraphListener({ store: service.store, logger: false });
    const server = createServer(listener);
    const origin = await listen(server);
    try {
      const url = `${origin}/entities/${encodeURIComponent(globalId(MANAGER_ID))}.jsonld`;
      const answer = await fetch(url, { headers: { origin: 'https://portal.example' } });
      expect(answer.status).toBe(200);
      expect(answer.headers.get('access-control-allow-origin')).toBe('https://portal.example');
      expect((await answer.json()) as JsonLd).toMatchObject({ '@type': 'Occupation', name: 'IT operations manager' });
      const again = await fetch(url, { headers: { 'if-none-match': answer.headers.get('etag')! } });
      expect(again.status).toBe(304);
      const unknown = await fetch(`${origin}/entities/${encodeURIComponent(globalId('Role:astronaut'))}.jsonld`);
      expect(unknown.status).toBe(404);
      expect(await unknown.json()).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
    } finally {
      await close(server);
    }
  });

  it('the article’s skill domain: a DefinedTerm in the term set of its kind', async () => {
    const { document } = await documentOf(nodeId('SkillDomain', 'service-management'));
    expect(document).toMatchObject({
      '@type': 'DefinedTerm',
      '@id': 'urn:it-ops-kg:SkillDomain:service-management',
      inDefinedTermSet: { '@id': 'urn:it-ops-kg:vocab#SkillDomain' },
    });
  });
});

describe('jsonLd over a list', () => {
  it('gives every entity of a page its own document in two store calls, however many entities select it', async () => {
    const counter = countingStore((await openTestGraph()).store);
    const counted = await startTestService({ store: counter.store, responseCache: false });
    const Certifications = graphql(`
      query LinkedDataCertifications { certifications(first: 15) { nodes { id jsonLd } } }
    `);
    counter.reset();
    const { certifications } = await counted.data(Certifications);
    expect(certifications.nodes).toHaveLength(15);
    expect(counter.log).toEqual(['listNodes', 'edgesTouching', 'nodesByIds']);
    // Each is the document the entity has on its own (the HTTP route answers one at a time).
    for (const { id, jsonLd } of certifications.nodes) {
      const answer = await service.yoga.fetch(`http://kg.test/entities/${encodeURIComponent(id)}.jsonld`);
      expect(JSON.parse(jsonLd), id).toEqual(await answer.json());
    }
  });
});

describe('the graph as SKOS Turtle (npm run kg -- export --format turtle)', () => {
  const directory = mkdtempSync(join(tmpdir(), 'kg-turtle-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));
  const kg = (...args: string[]) => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/kg.ts', ...args], {
      env: { ...process.env, DATABASE_URL: `sqlite:${join(directory, 'graph.sqlite')}` },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  let graph: GraphExport;
  let quads: Quad[];
  let bySubject: Map<string, Quad[]>;
  beforeAll(async () => {
    const { store } = await openKnowledgeGraph(`sqlite:${join(directory, 'graph.sqlite')}`);
    await ensureManagerMatch(store);
    await store.close();
    graph = JSON.parse(kg('export').stdout) as GraphExport;
    const turtle = kg('export', '--format', 'turtle');
    expect(turtle.code).toBe(0);
    quads = new Parser().parse(turtle.stdout);
    bySubject = new Map();
    for (const q of quads) bySubject.set(q.subject.value, [...(bySubject.get(q.subject.value) ?? []), q]);
  }, 60_000);

  const iriOf = (node: GraphExport['nodes'][number]) => node.attributes.uri ?? `urn:it-ops-kg:${node.id}`;
  const objects = (subject: string, predicate: string) =>
    (bySubject.get(subject) ?? []).filter((q) => q.predicate.value === predicate).map((q) => q.object);

  it('has every entity as a skos:Concept, and one triple for each relationship (and a skos:narrower for each skos:broader)', () => {
    const concepts = new Set(
      quads.filter((q) => q.predicate.value === RDF_TYPE && q.object.value === `${SKOS}Concept`).map((q) => q.subject.value),
    );
    expect(concepts.size).toBe(graph.nodes.length);
    expect(new Set(graph.nodes.map(iriOf))).toEqual(concepts);
    const between = quads.filter(
      (q) => concepts.has(q.subject.value) && concepts.has(q.object.value) && q.predicate.value !== 'http://purl.org/dc/terms/source',
    );
    const narrower = between.filter((q) => q.predicate.value === `${SKOS}narrower`);
    expect(between.length - narrower.length).toBe(graph.edges.length);
    const hierarchy = graph.edges.filter((edge) => edge.relation.startsWith('BROADER_') || edge.relation === 'IN_SKILL_GROUP');
    expect(hierarchy.length).toBeGreaterThan(0);
    expect(narrower.length).toBe(hierarchy.length);
    expect(between.filter((q) => q.predicate.value === `${SKOS}broader`).length).toBe(hierarchy.length);
  });

  it('round-trips every entity’s labels and definition', () => {
    for (const node of graph.nodes) {
      const iri = iriOf(node);
      const text = (predicate: string) =>
        objects(iri, `${SKOS}${predicate}`)
          .map((term) => term.value)
          .sort();
      expect(text('prefLabel')).toEqual([node.name]);
      expect(text('altLabel')).toEqual([...new Set(node.attributes.alternativeLabels ?? [])].sort());
      expect(text('hiddenLabel')).toEqual([...new Set(node.attributes.hiddenLabels ?? [])].sort());
      expect(text('definition')).toEqual(node.description ? [node.description] : []);
    }
  });

  it('keeps ESCO’s URI for the ICT operations manager, with its skills, ISCO group and the role’s exact match', () => {
    expect(objects(ESCO_ICT_OPERATIONS_MANAGER, `${SKOS}prefLabel`)).toEqual([
      expect.objectContaining({ value: 'ICT operations manager', language: 'en' }),
    ]);
    expect(objects(ESCO_ICT_OPERATIONS_MANAGER, 'urn:it-ops-kg:vocab#REQUIRES_SKILL.ESSENTIAL')).toHaveLength(16);
    expect(objects(ESCO_ICT_OPERATIONS_MANAGER, 'urn:it-ops-kg:vocab#REQUIRES_SKILL.OPTIONAL')).toHaveLength(22);
    expect(objects(ESCO_ICT_OPERATIONS_MANAGER, 'urn:it-ops-kg:vocab#IN_ISCO_GROUP').map((t) => t.value)).toEqual([
      'http://data.europa.eu/esco/isco/C1330',
    ]);
    expect(objects(ESCO_ICT_OPERATIONS_MANAGER, 'http://purl.org/dc/terms/source').map((t) => t.value)).toEqual([
      'urn:it-ops-kg:Source:esco-v1-1-1',
    ]);
    expect(objects('urn:it-ops-kg:Role:it-operations-manager', `${SKOS}exactMatch`).map((t) => t.value)).toContain(
      ESCO_ICT_OPERATIONS_MANAGER,
    );
  });

  it('names the article’s entities under --base, and refuses a base that is not an absolute IRI or a bad format with usage', () => {
    const based = kg('export', '--format', 'turtle', '--base', 'https://kg.example.org/');
    expect(based.code).toBe(0);
    const subjects = new Set(new Parser().parse(based.stdout).map((q) => q.subject.value));
    expect(subjects).toContain('https://kg.example.org/Role:it-operations-manager');
    expect(subjects).toContain(ESCO_ICT_OPERATIONS_MANAGER);
    expect(kg('export', '--format', 'turtle', '--base', 'kg')).toMatchObject({ code: 2, stderr: expect.stringContaining('absolute IRI') });
    expect(kg('export', '--format', 'rdfxml')).toMatchObject({ code: 2, stderr: expect.stringContaining('usage:') });
  });
});
