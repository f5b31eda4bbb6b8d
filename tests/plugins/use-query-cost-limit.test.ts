/** useQueryCostLimit alone: an operation costing more than the limit is refused before it executes. */
import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { useQueryCostLimit } from '../../src/server/plugins/use-query-cost-limit.js';

let resolved = 0;
const resolve = (value: string) => () => {
  resolved++;
  return value;
};
const schema = createSchema({
  typeDefs: 'type Query { a: String, b: String, c: String }',
  resolvers: { Query: { a: resolve('a'), b: resolve('b'), c: resolve('c') } },
});
const yoga = createYoga({ schema, logging: false, plugins: [useQueryCostLimit(2)] });
const ask = async (query: string) => {
  const response = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data?: unknown; errors?: { extensions: { code: string } }[] };
};

describe('useQueryCostLimit', () => {
  it('runs an operation within the limit', async () => {
    expect(await ask('{ a b }')).toEqual({ data: { a: 'a', b: 'b' } });
  });

  it('refuses one over it with QUERY_TOO_COSTLY, resolving nothing', async () => {
    resolved = 0;
    const body = await ask('{ a b c }');
    expect(body.errors?.[0]?.extensions.code).toBe('QUERY_TOO_COSTLY');
    expect(resolved).toBe(0);
  });
});
