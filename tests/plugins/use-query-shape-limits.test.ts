/** useQueryShapeLimits alone: depth, aliases, tokens and directives, each refused with its own code. */
import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/server/limits.js';
import { useQueryShapeLimits } from '../../src/server/plugins/use-query-shape-limits.js';

const schema = createSchema({
  typeDefs: 'type Query { hello: String, node: Node } type Node { name: String, next: Node }',
  resolvers: { Query: { hello: () => 'world', node: () => ({ name: 'a' }) } },
});
const limits = { ...DEFAULT_LIMITS, maxDepth: 3, maxAliases: 2, maxTokens: 40, maxDirectives: 2 };
const yoga = createYoga({ schema, logging: false, plugins: [useQueryShapeLimits(limits)] });
const ask = async (query: string) => {
  const response = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    // The GraphQL-over-HTTP media type: a request refused before execution answers 400.
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { extensions: { code: string } }[] } };
};

describe('useQueryShapeLimits', () => {
  it('answers a document within every limit', async () => {
    expect(await ask('{ node { next { name } } }')).toEqual({ status: 200, body: { data: { node: { next: null } } } });
  });

  it.each([
    ['QUERY_TOO_DEEP', '{ node { next { next { next { name } } } } }'],
    ['TOO_MANY_ALIASES', '{ a: hello b: hello c: hello }'],
    ['TOO_MANY_DIRECTIVES', '{ hello @skip(if: false) @skip(if: false) @skip(if: false) }'],
    ['TOO_MANY_TOKENS', `{ ${'hello '.repeat(50)}}`],
  ])('refuses with %s and HTTP 400', async (code, query) => {
    const { status, body } = await ask(query);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions.code).toBe(code);
  });
});
