/** useDocumentExpansionLimit alone: a document expanding past the limit is refused during validation. */
import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { useDocumentExpansionLimit } from '../../src/server/plugins/use-document-expansion-limit.js';

const schema = createSchema({
  typeDefs:
    'type Query { node: Node } interface Node { name: String, next: Node } type A implements Node { name: String, next: Node } type B implements Node { name: String, next: Node }',
  resolvers: {
    Query: { node: () => ({ __typename: 'A', name: 'a' }) },
    Node: { __resolveType: (node: { __typename: string }) => node.__typename },
  },
});
const yoga = createYoga({ schema, logging: false, plugins: [useDocumentExpansionLimit(20)] });
const ask = async (query: string) => {
  const response = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { extensions: { code: string } }[] } };
};

describe('useDocumentExpansionLimit', () => {
  it('answers a document within the limit', async () => {
    expect(await ask('{ node { name } }')).toEqual({ status: 200, body: { data: { node: { name: 'a' } } } });
  });

  it('refuses with QUERY_TOO_COMPLEX when fragments on abstract types expand past it', async () => {
    const query = `fragment F on Node { ... on A { name next { name } } ... on B { name next { name } } }
      { node { ...F next { ...F next { ...F next { ...F } } } } }`;
    const { status, body } = await ask(query);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
  });
});
