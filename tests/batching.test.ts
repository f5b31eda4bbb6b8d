/**
 * Every relationship field resolves through per-request DataLoaders: a query's store round-trips
 * grow with its depth, not with how many nodes it returns.
 */
import { describe, expect, it } from 'vitest';
import { openKnowledgeGraph } from '../src/data/index.js';
import { graphql } from './graphql/index.js';
import { countingStore, startTestService } from './support/knowledge-graph.js';

const Headline = graphql(`
  query HeadlineRoundTrips {
    responsibility(slug: "security-oversight") {
      name
      roles { nodes { name } }
      certifications { nodes { name acronym issuer { name } } }
    }
  }
`);

const Wide = graphql(`
  query WideRoundTrips {
    roles {
      nodes {
        name
        responsibilities(first: 100) {
          nodes {
            name
            skillDomains(first: 100) {
              nodes { name certifications(first: 100) { nodes { name issuer { name } } } }
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

async function measure(operation: { toString(): string }) {
  const counter = countingStore((await openKnowledgeGraph('sqlite::memory:')).store);
  const service = await startTestService({ store: counter.store });
  const result = await service.query<Record<string, unknown>>(operation);
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
    // The wide query really is wide: every role, its responsibilities, their domains and certifications.
    const json = JSON.stringify(wide.data);
    expect(json.match(/"issuer":\{"name"/g)!.length).toBeGreaterThan(50);
    expect(JSON.stringify(narrow.data).match(/"issuer":\{"name"/g)).toHaveLength(1);
  });

  it('node(id:) and nodes(ids:) batch every ID of a kind into one call', async () => {
    const counter = countingStore((await openKnowledgeGraph('sqlite::memory:')).store);
    const service = await startTestService({ store: counter.store });
    const ids = await service.query<{ certifications: { nodes: { id: string }[] } }>('{ certifications(first: 100) { nodes { id } } }');
    counter.reset();
    const result = await service.query<{ nodes: ({ name: string } | null)[] }>(
      'query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Certification { name } } }',
      { ids: ids.data!.certifications.nodes.map((n) => n.id) },
    );
    expect(result.data!.nodes).toHaveLength(15);
    expect(result.data!.nodes.every((n) => n?.name)).toBe(true);
    expect(counter.log).toEqual(['nodesByIds']);
  });
});
