/**
 * The graph's promise: every node and every edge says where it comes from, every quote is the
 * article's exact words, and no edge lacks an end.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { escoSource } from '../src/data/esco/esco-graph.js';
import { seedGraph } from '../src/data/index.js';
import type { AllRelationshipsQuery } from './graphql/graphql.js';
import { graphql } from './graphql/index.js';
import { startTestService, type TestService } from './support/knowledge-graph.js';

const article = readFileSync(new URL('../src/data/content/source-article.txt', import.meta.url), 'utf8');
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
const articleText = normalise(article);
/** The shipped slice's dataset: ESCO v1.1.1. */
const ESCO_SOURCE_SLUG = escoSource('1.1.1').slug;

const AllRelationships = graphql(`
  query AllRelationships($after: String) {
    relationships(first: 100, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        relation
        from { id kind slug }
        to { id kind slug }
        provenance { kind quote section rationale source { slug } }
      }
    }
  }
`);

graphql(`
  fragment Cited on Entity { id kind slug name provenance { kind quote section rationale source { slug } } }
`);

const EntitiesOfEveryKind = graphql(`
  query EntitiesOfEveryKind {
    roles(first: 100) { nodes { ...Cited } }
    responsibilities(first: 100) { nodes { ...Cited } }
    skillDomains(first: 100) { nodes { ...Cited } }
    certifications(first: 100) { nodes { ...Cited } }
    issuers(first: 100) { nodes { ...Cited } }
    itilFunctions(first: 100) { nodes { ...Cited } }
    comparisonDimensions(first: 100) { nodes { ...Cited } }
    technicalAreas(first: 100) { nodes { ...Cited } }
    outlookStatements(first: 100) { nodes { ...Cited } }
    claims(first: 100) { nodes { ...Cited } }
    competencies(first: 100) { nodes { ...Cited } }
    people(first: 100) { nodes { ...Cited } }
    organizations(first: 100) { nodes { ...Cited } }
    publications(first: 100) { nodes { ...Cited } }
    source { ...Cited sections }
  }
`);

type Provenance = {
  kind: string;
  quote?: string | null;
  section?: string | null;
  rationale?: string | null;
  source?: { slug: string } | null;
};

let service: TestService;
let sections: string[];
beforeAll(async () => {
  // Reading every entity at once costs more than the default query-cost limit allows one request.
  service = await startTestService({ limits: { maxQueryCost: 100_000 } });
  const result = await service.query(EntitiesOfEveryKind);
  sections = result.data!.source!.sections;
});

async function allRelationships() {
  const all = [];
  let after: string | null | undefined = null;
  do {
    const result: Awaited<ReturnType<typeof service.query<AllRelationshipsQuery>>> = await service.query(AllRelationships, { after });
    expect(result.errors).toBeUndefined();
    all.push(...result.data!.relationships.nodes);
    after = result.data!.relationships.pageInfo.hasNextPage ? result.data!.relationships.pageInfo.endCursor : null;
  } while (after);
  return all;
}

/** The normalised text of one section of the article: from its heading to the next heading. */
function sectionText(section: string): string {
  const starts = sections.map((heading) => articleText.indexOf(`${heading} `));
  const index = sections.indexOf(section);
  if (section === 'Introduction') return articleText.slice(0, starts[0]);
  expect(index, `section "${section}"`).toBeGreaterThanOrEqual(0);
  return articleText.slice(starts[index]!, starts[index + 1] ?? articleText.length);
}

function expectCited(provenance: Provenance, what: string) {
  if (provenance.kind === 'STATED') {
    expect(provenance.quote, `${what}: quote`).toBeTruthy();
    expect(articleText.includes(normalise(provenance.quote!)), `${what}: "${provenance.quote}" is not verbatim in the article`).toBe(true);
    expect(sectionText(provenance.section!).includes(normalise(provenance.quote!)), `${what}: not in section "${provenance.section}"`).toBe(
      true,
    );
    expect(provenance.source?.slug, `${what}: source`).toBe('it-operations-manager-vs-specialist');
    expect(provenance.rationale, `${what}: a stated fact has no rationale`).toBeNull();
  } else if (provenance.kind === 'IMPORTED') {
    // A record of a dataset (the ESCO dataset's Source, by version), never a quote or a rationale;
    // the record's URI is checked on the stored records below.
    expect(provenance.source?.slug, `${what}: source`).toBe(ESCO_SOURCE_SLUG);
    expect(provenance.quote, `${what}: an imported fact has no quote`).toBeNull();
    expect(provenance.section, `${what}: an imported fact has no section`).toBeNull();
    expect(provenance.rationale, `${what}: an imported fact has no rationale`).toBeNull();
  } else {
    expect(provenance.kind, what).toBe('CURATED');
    expect(provenance.rationale?.trim(), `${what}: rationale`).toBeTruthy();
    expect(provenance.quote, `${what}: a curated fact has no quote`).toBeNull();
    expect(provenance.source, `${what}: a curated fact cites no source`).toBeNull();
  }
}

describe('provenance', () => {
  it('cites every entity: a verbatim quote with its section, or a curated rationale', async () => {
    const result = await service.query(EntitiesOfEveryKind);
    expect(result.errors).toBeUndefined();
    const d = result.data!;
    type Cited = { kind: string; slug: string; provenance: Provenance };
    const lists: { nodes: Cited[] }[] = [
      d.roles,
      d.responsibilities,
      d.skillDomains,
      d.certifications,
      d.issuers,
      d.itilFunctions,
      d.comparisonDimensions,
      d.technicalAreas,
      d.outlookStatements,
      d.claims,
      d.competencies,
      d.people,
      d.organizations,
      d.publications,
    ];
    const entities: Cited[] = [...lists.flatMap((list) => list.nodes), d.source!];
    expect(entities).toHaveLength(116);
    for (const entity of entities) expectCited(entity.provenance, `${entity.kind} ${entity.slug}`);
  });

  it('cites every relationship, and every relationship has both ends', async () => {
    const relationships = await allRelationships();
    expect(relationships.length).toBeGreaterThan(100);
    for (const r of relationships) {
      expect(r.from.id).toBeTruthy();
      expect(r.to.id).toBeTruthy();
      expectCited(r.provenance, `${r.from.slug} ${r.relation} ${r.to.slug}`);
    }
  });

  it('names the ESCO dataset and the concept URI on every imported entity and relationship', async () => {
    const stored = await service.store.exportGraph();
    const byId = new Map(stored.nodes.map((node) => [node.id, node]));
    const imported = [...stored.nodes, ...stored.edges].filter((record) => record.provenance.kind === 'IMPORTED');
    const seed = seedGraph();
    expect(imported.length).toBe([...seed.nodes, ...seed.edges].filter((record) => record.provenance.kind === 'IMPORTED').length);
    expect(imported.length).toBeGreaterThan(8000);
    for (const node of stored.nodes.filter((n) => n.provenance.kind === 'IMPORTED')) {
      expect(node.provenance.sourceId, node.id).toBe(`Source:${ESCO_SOURCE_SLUG}`);
      expect(node.provenance.record, node.id).toMatch(/^http:\/\/data\.europa\.eu\/esco\/(occupation|skill|isco|isced-f)\//);
      expect(node.provenance.record, node.id).toBe(node.attributes.uri);
    }
    // A relationship is a row of the concept it is read from: its record is its `from` entity's URI;
    // a role's match to an occupation (the role has no URI) cites the occupation's record.
    for (const edge of stored.edges.filter((e) => e.provenance.kind === 'IMPORTED')) {
      expect(edge.provenance.sourceId, edge.id).toBe(`Source:${ESCO_SOURCE_SLUG}`);
      const cited = byId.get(edge.fromId)!.attributes.uri ?? byId.get(edge.toId)!.attributes.uri;
      expect(cited, edge.id).toBeDefined();
      expect(edge.provenance.record, edge.id).toBe(cited);
    }
  });

  it('marks facts the article does not state as curated: issuers, which domain supports which responsibility, which ITIL function a role works in', async () => {
    const relationships = await allRelationships();
    const kinds = (relation: string) => new Set(relationships.filter((r) => r.relation === relation).map((r) => r.provenance.kind));
    expect(kinds('ISSUED_BY')).toEqual(new Set(['CURATED']));
    expect(kinds('SUPPORTED_BY_SKILL_DOMAIN')).toEqual(new Set(['CURATED']));
    // The article places the roles in the IT ops team, and calls IT ops an ITIL function; no sentence joins the two.
    expect(kinds('WORKS_IN_FUNCTION')).toEqual(new Set(['CURATED']));
    expect(kinds('COVERED_BY_CERTIFICATION')).toEqual(new Set(['STATED']));
    expect(kinds('HOLDS_RESPONSIBILITY')).toEqual(new Set(['STATED']));
  });

  it('quotes each role’s own sentence where two roles share one responsibility', async () => {
    const relationships = await allRelationships();
    const holders = relationships.filter((r) => r.relation === 'HOLDS_RESPONSIBILITY' && r.to.slug === 'incident-response');
    expect(holders.map((r) => r.from.slug).sort()).toEqual(['it-operations-manager', 'it-operations-specialist']);
    expect(new Set(holders.map((r) => r.provenance.quote)).size).toBe(2);
  });
});
