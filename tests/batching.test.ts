/**
 * Every relationship field resolves through per-request DataLoaders: a query's store round-trips
 * grow with its depth, not with how many nodes it returns.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from './graphql/index.js';
import { countingStore, startTestService } from './support/knowledge-graph.js';
import { openTestGraph } from './support/test-store.js';

const Headline = graphql(`
  query HeadlineRoundTrips {
    responsibility(slug: "security-oversight") {
      name
      roles { nodes { name } }
      certifications { nodes { name acronym issuer { name } } }
    }
  }
`);

// Every role, all its responsibilities, all their skill domains, all their certifications: the page
// sizes cover the whole seed graph (at most 10 responsibilities a role, 4 domains a responsibility,
// 4 certifications a domain) while keeping the query cost under the default limit.
const Wide = graphql(`
  query WideRoundTrips {
    roles(first: 3) {
      nodes {
        name
        responsibilities(first: 10) {
          totalCount
          nodes {
            name
            skillDomains(first: 4) {
              totalCount
              nodes { name certifications(first: 4) { totalCount nodes { name issuer { name } } } }
            }
          }
        }
      }
    }
  }
`);

const Narrow = graphql(`
  query NarrowRoundTrips {
    role(slug: "it-operations-specialist") {
      name
      responsibilities(first: 1) {
        nodes { name skillDomains(first: 1) { nodes { name certifications(first: 1) { nodes { name issuer { name } } } } } }
      }
    }
  }
`);

async function measure(operation: { toString(): string }, loaderBatching = true) {
  const counter = countingStore((await openTestGraph()).store);
  const service = await startTestService({ store: counter.store, responseCache: false, loaderBatching });
  const result = await service.query(operation);
  expect(result.errors).toBeUndefined();
  return { calls: counter.calls(), log: counter.log, data: result.data };
}

describe('store round-trips', () => {
  it('headline query: one per level (slug lookup, roles, certifications, issuers)', async () => {
    const { calls, log } = await measure(Headline);
    // `roles` and `certifications` sit at the same depth and are batched separately (two fields).
    expect(log).toEqual(['nodesBySlugs', 'traverse', 'traverse', 'traverse']);
    expect(calls).toBe(4);
  });

  it('wide query: five levels, five round-trips, however many nodes each level returns', async () => {
    const wide = await measure(Wide);
    const narrow = await measure(Narrow);
    expect(wide.log).toEqual(['listNodes', 'traverse', 'traverse', 'traverse', 'traverse']);
    expect(wide.calls).toBe(narrow.calls);
    // The wide query really is wide, and whole: no page left anything out.
    const json = JSON.stringify(wide.data);
    expect(json.match(/"issuer":\{"name"/g)!.length).toBeGreaterThan(50);
    const pages: { totalCount: number; nodes: unknown[] }[] = [];
    const collect = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object') {
        if ('totalCount' in value && 'nodes' in value) pages.push(value as (typeof pages)[number]);
        Object.values(value).forEach(collect);
      }
    };
    collect(wide.data);
    expect(pages.length).toBeGreaterThan(30);
    for (const page of pages) expect(page.nodes).toHaveLength(page.totalCount);
    expect(JSON.stringify(narrow.data).match(/"issuer":\{"name"/g)).toHaveLength(1);
  });

  it('the naive variant (loaderBatching: false): one store call per parent, the same answer', async () => {
    const naive = await measure(Wide, false);
    const batched = await measure(Wide);
    expect(naive.data).toEqual(batched.data);
    // One traverse per parent at every level, where batching makes one per level.
    expect(batched.calls).toBe(5);
    expect(naive.calls).toBeGreaterThan(100);
    expect(naive.log.filter((call) => call === 'traverse').length).toBe(naive.calls - 1);
  });

  it('node(id:) and nodes(ids:) batch every ID of a kind into one call', async () => {
    const counter = countingStore((await openTestGraph()).store);
    const service = await startTestService({ store: counter.store, responseCache: false });
    const ids = await service.query(graphql(`query CertificationIds { certifications(first: 100) { nodes { id } } }`));
    counter.reset();
    const result = await service.query(
      graphql(`query CertificationsByIds($ids: [ID!]!) { nodes(ids: $ids) { ... on Certification { name } } }`),
      { ids: ids.data!.certifications.nodes.map((n) => n.id) },
    );
    expect(result.data!.nodes).toHaveLength(15);
    expect(result.data!.nodes.every((n) => n && 'name' in n && n.name)).toBe(true);
    expect(counter.log).toEqual(['nodesByIds']);
  });

  it('replacedBy across a list of deprecated entities: one call, however many', async () => {
    const { store } = await openTestGraph();
    const admin = { keyId: 'test', label: 'test' };
    const certifications = (await store.listNodes({ kinds: ['Certification'], limit: 100, offset: 0 })).items;
    const [replacement, ...rest] = certifications;
    for (const old of rest.slice(0, 5)) {
      await store.applyChange(
        { action: 'DEPRECATE_ENTITY', id: old.id, expectedVersion: old.version, replacedById: replacement!.id },
        admin,
      );
    }
    const counter = countingStore(store);
    const service = await startTestService({ store: counter.store, responseCache: false });
    const result = await service.query(
      graphql(`query Replacements { certifications(first: 100, includeDeprecated: true) { nodes { replacedBy { name } } } }`),
    );
    expect(result.data!.certifications.nodes.filter((node) => node.replacedBy?.name === replacement!.name)).toHaveLength(5);
    expect(counter.log).toEqual(['listNodes', 'nodesByIds']);
  });
});
