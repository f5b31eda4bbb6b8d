/** useStorableStrings alone: a string no store can keep is refused before anything runs. */
import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { useStorableStrings } from '../../src/server/plugins/use-storable-strings.js';

let resolved = 0;
const schema = createSchema({
  typeDefs: 'type Query { echo(text: String): String }',
  resolvers: {
    Query: {
      echo: (_: unknown, { text }: { text: string }) => {
        resolved++;
        return text;
      },
    },
  },
});
const yoga = createYoga({ schema, logging: false, plugins: [useStorableStrings()] });
const ask = async (query: string, variables?: object) => {
  const response = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: unknown; errors?: { message: string; extensions: Record<string, unknown> }[] };
};

describe('useStorableStrings', () => {
  it('runs an operation whose strings can be stored', async () => {
    expect(await ask('{ echo(text: "fine") }')).toEqual({ data: { echo: 'fine' } });
  });

  it('refuses a NUL in a literal and in a variable with BAD_USER_INPUT naming it, resolving nothing', async () => {
    resolved = 0;
    const literal = await ask('{ echo(text: "a\\u0000b") }');
    expect(literal.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'text' });
    const variable = await ask('query ($t: String) { echo(text: $t) }', { t: 'a\u0000b' });
    expect(variable.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', variable: 't' });
    expect(resolved).toBe(0);
  });
});
