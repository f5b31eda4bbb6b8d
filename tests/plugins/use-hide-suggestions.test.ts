/** useHideSuggestions alone: no "Did you mean" in validation or variable errors. */
import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { SUGGESTION_MASK, useHideSuggestions } from '../../src/server/plugins/use-hide-suggestions.js';

const schema = createSchema({
  typeDefs: 'enum Kind { ROLE CERTIFICATION } type Query { hello(kind: Kind): String }',
  resolvers: { Query: { hello: () => 'world' } },
});
const ask = async (plugins: ReturnType<typeof useHideSuggestions>[], query: string, variables?: object) => {
  const yoga = createYoga({ schema, logging: false, plugins });
  const response = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return ((await response.json()) as { errors: { message: string }[] }).errors[0]!.message;
};

describe('useHideSuggestions', () => {
  it.each([
    ['an unknown field', '{ helo }', undefined],
    ['an unknown enum value in a variable', 'query ($k: Kind) { hello(kind: $k) }', { k: 'ROLES' }],
  ])('hides the suggestion for %s', async (_name, query, variables) => {
    expect(await ask([], query, variables)).toContain('Did you mean');
    const hidden = await ask([useHideSuggestions()], query, variables);
    expect(hidden).not.toContain('Did you mean');
    expect(hidden).toContain(SUGGESTION_MASK);
  });
});
