/**
 * useVersionedResponseCache alone: a repeated query is answered from the cache while the graph's
 * version stands and the caller's scope is the same; a mutation never is.
 */
import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/data/index.js';
import { ACTOR } from '../../src/server/plugins/use-authentication.js';
import { useVersionedResponseCache } from '../../src/server/plugins/use-versioned-response-cache.js';

describe('useVersionedResponseCache', () => {
  it('answers from the cache until the version moves, per scope, and never caches a mutation', async () => {
    let version = 1;
    let runs = 0;
    const schema = createSchema({
      typeDefs: 'type Query { runs: Int } type Mutation { run: Int }',
      resolvers: { Query: { runs: () => ++runs }, Mutation: { run: () => ++runs } },
    });
    const store = { graphVersion: async () => String(version) } as unknown as Store;
    const yoga = createYoga({ schema, logging: false, plugins: [useVersionedResponseCache(store)] });
    const ask = async (query: string, scope?: string) => {
      const response = await yoga.fetch(
        'http://localhost/graphql',
        { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) },
        scope ? { [ACTOR]: { keyId: 'k', label: 'k', scope } } : {},
      );
      return ((await response.json()) as { data: Record<string, number> }).data;
    };
    expect(await ask('{ runs }')).toEqual({ runs: 1 });
    expect(await ask('{ runs }')).toEqual({ runs: 1 });
    expect(await ask('{ runs }', 'admin')).toEqual({ runs: 2 });
    expect(await ask('{ runs }', 'admin')).toEqual({ runs: 2 });
    version = 2;
    expect(await ask('{ runs }')).toEqual({ runs: 3 });
    expect(await ask('mutation { run }')).toEqual({ run: 4 });
    expect(await ask('mutation { run }')).toEqual({ run: 5 });
  });
});
