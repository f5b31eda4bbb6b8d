/** useBoundedJit alone: small documents run compiled, large ones on graphql-js, with the same answers. */
import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { JIT_MAX_EXPANSION, useBoundedJit } from '../../src/server/plugins/use-bounded-jit.js';

const schema = createSchema({
  typeDefs: 'type Query { node(depth: Int!): Node } type Node { depth: Int, next: Node }',
  resolvers: {
    Query: { node: (_: unknown, { depth }: { depth: number }) => ({ depth }) },
    Node: { next: ({ depth }: { depth: number }) => (depth > 0 ? { depth: depth - 1 } : null) },
  },
});
const plain = createYoga({ schema, logging: false });
const bounded = createYoga({ schema, logging: false, plugins: [useBoundedJit()] });
const answer = async (yoga: typeof plain, query: string, variables?: object) => {
  const response = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, text: await response.text() };
};
const nested = (levels: number) => `query ($d: Int!) { node(depth: $d) { ${'depth next { '.repeat(levels)}depth${' }'.repeat(levels)} } }`;

describe('useBoundedJit', () => {
  it.each([
    ['a small document (compiled)', nested(3), { d: 2 }],
    ['a document over JIT_MAX_EXPANSION (not compiled)', nested(JIT_MAX_EXPANSION), { d: 3 }],
    ['variables the operation refuses', nested(2), { d: 'two' }],
  ])('answers %s as graphql-js does', async (_name, query, variables) => {
    expect(await answer(bounded, query, variables)).toEqual(await answer(plain, query, variables));
  });
});
