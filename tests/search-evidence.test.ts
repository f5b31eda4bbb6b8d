/**
 * Search reaches the words of the evidence: an entity's own quote and the statements and quotes of
 * its relationships are searched, a match there ranks below a match in a name or a description,
 * and the highlight shows the quote or statement that matched (and the relationship it is of).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { syntheticGraph } from '../bench/synthetic-graph.js';
import { validateGraphExport } from '../src/data/transfer.js';
import type { EntityKind } from './graphql/graphql.js';
import { graphql } from './graphql/index.js';
import { ARTICLE_KINDS } from './support/article-kinds.js';
import { countingStore, createKey, startTestService, type TestService } from './support/knowledge-graph.js';
import { openTestGraph } from './support/test-store.js';

const EvidenceSearch = graphql(`
  query EvidenceSearch($query: String!, $first: Int, $kinds: [EntityKind!]) {
    search(query: $query, first: $first, kinds: $kinds) {
      totalCount
      edges {
        score
        node { kind slug name }
        highlight {
          field
          text
          ranges { start length }
          relationship { id relation from { slug } to { slug } statement provenance { quote } }
        }
      }
    }
  }
`);

type Hit = Awaited<ReturnType<typeof search>>['edges'][number];

let service: TestService;
beforeAll(async () => {
  service = await startTestService();
});

async function search(query: string, first = 50, on: TestService = service, kinds?: EntityKind[]) {
  const result = await on.query(EvidenceSearch, { query, first, kinds });
  expect(result.errors).toBeUndefined();
  return result.data!.search;
}

const SourceIds = graphql(`query EvidenceSourceIds { source { id } }`); // the article (the default source)
const ManagerId = graphql(`query EvidenceManagerId { role(slug: "it-operations-manager") { id } }`);
const ItilFunctionId = graphql(`query EvidenceItilFunctionId { itilFunction(slug: "it-operations") { id } }`);
const CreateEntity = graphql(`
  mutation EvidenceCreateEntity($input: CreateEntityInput!) {
    createEntity(input: $input) { __typename ... on EntityChange { entity { id slug } } ... on MutationError { message } }
  }
`);
const Link = graphql(`
  mutation EvidenceLink($input: LinkEntitiesInput!) {
    linkEntities(input: $input) { __typename ... on RelationshipChange { relationship { id } } ... on MutationError { message } }
  }
`);

const EVIDENCE_FIELDS = ['QUOTE', 'RELATIONSHIP_STATEMENT', 'RELATIONSHIP_QUOTE'];
/** Where a match ranks: a name or label, then the description, then the evidence. */
const tier = (hit: Hit) => (EVIDENCE_FIELDS.includes(hit.highlight.field) ? 2 : hit.highlight.field === 'DESCRIPTION' ? 1 : 0);
/** The words each range of a highlight points at. */
const marked = (hit: Hit) => hit.highlight.ranges.map(({ start, length }) => hit.highlight.text.slice(start, start + length));
const hitFor = (hits: readonly Hit[], slug: string) => hits.find((hit) => hit.node.slug === slug);

/** Levenshtein distance (search tolerates one or two typing errors per word). */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

describe('search reaches the evidence', () => {
  it('"virtual" (only in the manager’s definition of infrastructure management) finds the role and the responsibility, naming the relationship', async () => {
    const { edges } = await search('virtual');
    const manager = hitFor(edges, 'it-operations-manager');
    expect(manager?.highlight).toMatchObject({
      field: 'RELATIONSHIP_STATEMENT',
      text: 'Overseeing on-premises, virtual and cloud-based IT resources.',
      relationship: {
        relation: 'HOLDS_RESPONSIBILITY',
        from: { slug: 'it-operations-manager' },
        to: { slug: 'infrastructure-management' },
        statement: 'Overseeing on-premises, virtual and cloud-based IT resources.',
      },
    });
    expect(marked(manager!)).toEqual(['virtual']);
    expect(manager!.highlight.relationship!.id).toEqual(expect.any(String));
    const responsibility = hitFor(edges, 'infrastructure-management');
    expect(responsibility).toBeDefined();
    expect(marked(responsibility!).map((word) => word.toLowerCase())).toEqual(['virtual']);
  });

  it('"adaptable" (only in a quote of the specialist’s stance) finds the specialist, the quote highlighted', async () => {
    const { edges } = await search('adaptable');
    const specialist = hitFor(edges, 'it-operations-specialist');
    expect(specialist).toBeDefined();
    expect(EVIDENCE_FIELDS).toContain(specialist!.highlight.field);
    expect(specialist!.highlight.relationship?.from.slug).toBe('it-operations-specialist');
    expect(marked(specialist!).map((word) => word.toLowerCase())).toEqual(['adaptable']);
    // The highlight is the relationship's own words, in full.
    const { relationship, text, field } = specialist!.highlight;
    expect(text).toBe(field === 'RELATIONSHIP_STATEMENT' ? relationship!.statement : relationship!.provenance.quote);
  });

  it('"disaster recovery" finds the manager through its definition of incident response', async () => {
    const { edges } = await search('disaster recovery');
    const manager = hitFor(edges, 'it-operations-manager');
    expect(manager?.highlight.relationship).toMatchObject({ relation: 'HOLDS_RESPONSIBILITY', to: { slug: 'incident-response' } });
    expect(marked(manager!).map((word) => word.toLowerCase())).toEqual(['disaster', 'recovery']);
    expect(hitFor(edges, 'incident-response')).toBeDefined();
  });

  it.each(['virtual', 'adaptable', 'disaster', 'backup', 'cloud', 'security', 'SLA', 'hybrid'])(
    'every highlight of "%s" marks whole words of its text that start with the query word or are within two typing errors of it',
    async (query) => {
      const { edges } = await search(query, 100);
      expect(edges.length).toBeGreaterThan(0);
      for (const hit of edges) {
        expect(hit.highlight.ranges.length).toBeGreaterThan(0);
        for (const [index, word] of marked(hit).entries()) {
          const [found, asked] = [word.toLowerCase(), query.toLowerCase()];
          expect(found.startsWith(asked) || editDistance(found, asked) <= 2).toBe(true);
          const { start, length } = hit.highlight.ranges[index]!;
          expect(/[\p{L}\p{N}]/u.test(hit.highlight.text[start - 1] ?? ' ')).toBe(false); // starts a word
          expect(/[\p{L}\p{N}]/u.test(hit.highlight.text[start + length] ?? ' ')).toBe(false); // ends it
        }
        // Only a relationship's words name a relationship.
        expect(hit.highlight.relationship === null).toBe(!hit.highlight.field.startsWith('RELATIONSHIP_'));
      }
    },
  );
});

describe('cost', () => {
  it('reads the ends of every highlighted relationship of a page in one batched store call per end', async () => {
    const { store } = await openTestGraph();
    const counted = countingStore(store);
    const fresh = await startTestService({ store: counted.store, responseCache: false });
    await search('cloud', 50, fresh); // builds the index
    counted.reset();
    const { edges } = await search('cloud', 50, fresh);
    expect(edges.filter((hit) => hit.highlight.relationship !== null).length).toBeGreaterThan(2);
    expect(counted.log.filter((call) => call !== 'graphVersion')).toEqual(['nodesByIds', 'nodesByIds']); // `from`, `to`
  });
});

describe('ranking: names, then descriptions, then evidence', () => {
  it('"backup": the responsibility named so first; the specialist, whose definition says "backups", below every entity whose own texts say it', async () => {
    const { edges } = await search('backup');
    expect(edges[0]!.node.slug).toBe('backup-and-restore');
    expect(edges[0]!.highlight.field).toBe('NAME');
    const specialist = edges.findIndex((hit) => hit.node.slug === 'it-operations-specialist');
    expect(edges[specialist]!.highlight).toMatchObject({
      field: 'RELATIONSHIP_STATEMENT',
      text: 'Managing backups and recovery processes.',
    });
    const byOwnTexts = edges.filter((hit) => tier(hit) < 2);
    expect(byOwnTexts.length).toBeGreaterThan(0);
    expect(specialist).toBeGreaterThanOrEqual(byOwnTexts.length);
  });

  it('a word in one entity’s name, another’s description and a third’s relationship statement finds them in that order', async () => {
    const fresh = await startTestService();
    const { key } = await createKey(fresh.store, 'edit', 'search ranking curator');
    const curated = { kind: 'CURATED' as const, rationale: 'A test record for search ranking.' };
    const create = async (slug: string, name: string, description: string) => {
      const { createEntity } = await fresh.data(
        CreateEntity,
        { input: { kind: 'RESPONSIBILITY', slug, name, description, provenance: curated } },
        { key },
      );
      expect(createEntity.__typename).toBe('EntityChange');
      return (createEntity as { entity: { id: string } }).entity.id;
    };
    const named = await create('quokka-care', 'Quokka care', 'Looking after the office marsupials.');
    await create('marsupial-logistics', 'Marsupial logistics', 'Moving quokka enclosures between sites.');
    const manager = (await fresh.data(ManagerId)).role!.id;
    const { linkEntities } = await fresh.data(
      Link,
      {
        input: {
          from: manager,
          to: named,
          relation: 'HOLDS_RESPONSIBILITY',
          statement: 'Feeding every quokka by nine.',
          provenance: curated,
        },
      },
      { key },
    );
    expect(linkEntities.__typename).toBe('RelationshipChange');

    const { edges } = await search('quokka', 50, fresh);
    expect(edges.map((hit) => [hit.node.slug, hit.highlight.field])).toEqual([
      ['quokka-care', 'NAME'],
      ['marsupial-logistics', 'DESCRIPTION'],
      ['it-operations-manager', 'RELATIONSHIP_STATEMENT'],
    ]);
    expect(edges.map(marked)).toEqual([['Quokka'], ['quokka'], ['quokka']]);
    expect(edges[2]!.highlight.relationship).toMatchObject({ relation: 'HOLDS_RESPONSIBILITY', to: { slug: 'quokka-care' } });
  });

  it('"SLA": the label first; the manager, whose definition says "SLAs", after it', async () => {
    const { edges } = await search('SLA');
    expect(edges[0]!.node.slug).toBe('service-levels');
    expect(edges[0]!.highlight).toEqual({ field: 'ALTERNATIVE_LABEL', text: 'SLA', ranges: [{ start: 0, length: 3 }], relationship: null });
    const manager = edges.findIndex((hit) => hit.node.slug === 'it-operations-manager');
    expect(manager).toBeGreaterThan(0);
    expect(edges[manager]!.highlight.field).toBe('RELATIONSHIP_STATEMENT');
    expect(marked(edges[manager]!)).toEqual(['SLAs']);
  });

  it.each(['backup', 'cloud', 'security', 'hybrid', 'ethical', 'management', 'disaster', 'specialist'])(
    'orders every result of "%s" by where it matched: name or label, then description, then evidence',
    async (query) => {
      const { edges, totalCount } = await search(query, 100);
      expect(edges).toHaveLength(Math.min(totalCount, 100));
      const tiers = edges.map(tier);
      expect(tiers).toEqual([...tiers].sort((a, b) => a - b));
      // Within a tier, by score.
      for (let i = 1; i < edges.length; i++)
        if (tiers[i] === tiers[i - 1]) expect(edges[i]!.score).toBeLessThanOrEqual(edges[i - 1]!.score);
    },
  );

  it('the evidence does not add to the score of an entity found by its name', async () => {
    // "Security+": the security skill domain's relationships quote "CompTIA Security+"; its score is its name's alone.
    const { edges } = await search('Security+');
    expect(edges[0]!.node.slug).toBe('comptia-security-plus');
    expect(edges[0]!.score).toBeGreaterThan(edges[1]!.score * 2);
  });
});

describe('claims and changes', () => {
  const sentence = 'These functions are critical for implementing and supporting IT services for both internal and external customers.';

  it('finds a claim added through the API by its quote, and its subject through the relationship’s quote, as soon as they are written', async () => {
    const fresh = await startTestService();
    const { key } = await createKey(fresh.store, 'edit', 'search test curator');
    const before = await search('internal external customers', 50, fresh, ARTICLE_KINDS);
    expect(hitFor(before.edges, 'functions-critical-for-services')).toBeUndefined();

    const source = (await fresh.data(SourceIds)).source!.id;
    const created = await fresh.data(
      CreateEntity,
      {
        input: {
          kind: 'CLAIM',
          slug: 'functions-critical-for-services',
          name: 'IT operations functions are critical to IT services',
          description: 'The article says the functions of IT operations are critical to IT services.',
          provenance: { kind: 'STATED', quote: sentence, source },
        },
      },
      { key },
    );
    expect(created.createEntity.__typename).toBe('EntityChange');
    const claim = (created.createEntity as { entity: { id: string } }).entity.id;

    const afterCreate = await search('internal external customers', 50, fresh, ARTICLE_KINDS);
    expect(hitFor(afterCreate.edges, 'functions-critical-for-services')?.highlight).toMatchObject({
      field: 'QUOTE',
      text: sentence,
      relationship: null,
    });
    expect(marked(hitFor(afterCreate.edges, 'functions-critical-for-services')!)).toEqual(['internal', 'external', 'customers']);

    const itilFunction = (await fresh.data(ItilFunctionId)).itilFunction!.id;
    const linked = await fresh.data(
      Link,
      {
        input: {
          from: claim,
          to: itilFunction,
          relation: 'CLAIM_ABOUT_ITIL_FUNCTION',
          provenance: { kind: 'STATED', quote: sentence, source },
        },
      },
      { key },
    );
    expect(linked.linkEntities.__typename).toBe('RelationshipChange');

    const afterLink = await search('internal external customers', 50, fresh, ARTICLE_KINDS);
    expect(hitFor(afterLink.edges, 'it-operations')?.highlight).toMatchObject({
      field: 'RELATIONSHIP_QUOTE',
      text: sentence,
      relationship: {
        relation: 'CLAIM_ABOUT_ITIL_FUNCTION',
        from: { slug: 'functions-critical-for-services' },
        to: { slug: 'it-operations' },
      },
    });
  });
});

describe('on a larger graph', () => {
  /** The seed and 19 copies of the article's part (bench/synthetic-graph.ts): ≈3,200 entities, ≈26,000 relationships, only the seed's with words. */
  const SCALE = 20;
  let counted: ReturnType<typeof countingStore>;
  let large: TestService;
  let entities: number;

  beforeAll(async () => {
    const { store } = await openTestGraph();
    const grown = validateGraphExport(syntheticGraph(await store.exportGraph(), SCALE));
    await store.importGraph(grown, { dryRun: false });
    entities = grown.nodes.length;
    counted = countingStore(store);
    large = await startTestService({ store: counted.store, responseCache: false });
  }, 120_000);

  it('builds the index reading only the relationships that have words (one page of them), then searches without the store', async () => {
    const cpu = process.cpuUsage();
    const { edges } = await search('virtual', 50, large, ARTICLE_KINDS);
    const used = process.cpuUsage(cpu);
    expect(hitFor(edges, 'it-operations-manager')?.highlight.field).toBe('RELATIONSHIP_STATEMENT');
    expect(counted.log.filter((call) => call === 'listEdges')).toHaveLength(1);
    // Every entity is read, in pages of 1,000.
    expect(counted.log.filter((call) => call === 'listNodes').length).toBeLessThanOrEqual(Math.ceil(entities / 1000));
    expect((used.user + used.system) / 1000).toBeLessThan(3_000);

    counted.reset();
    const broad = await search('se', 20, large);
    expect(broad.totalCount).toBeGreaterThan(500);
    expect(counted.log).not.toContain('listEdges');
    expect(counted.log).not.toContain('listNodes');
  });
});
