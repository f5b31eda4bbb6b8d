/** useMarkCacheableAnswers alone: a ticket is marked only by a query that succeeded and reads only the graph. */
import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { ANSWER_TICKET, type AnswerTicket } from '../../src/server/answer-cache.js';
import { useMarkCacheableAnswers } from '../../src/server/plugins/use-mark-cacheable-answers.js';

const schema = createSchema({
  typeDefs: 'type ApiKey { label: String } type Query { hello: String, broken: String, apiKeys: [ApiKey] } type Mutation { touch: String }',
  resolvers: {
    Query: {
      hello: () => 'world',
      broken: () => {
        throw new Error('no');
      },
      apiKeys: () => [],
    },
    Mutation: { touch: () => 'touched' },
  },
});
const yoga = createYoga({ schema, logging: false, plugins: [useMarkCacheableAnswers()] });

async function marked(query: string): Promise<boolean> {
  const ticket: AnswerTicket = { cacheable: false };
  await yoga.fetch(
    'http://localhost/graphql',
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) },
    { [ANSWER_TICKET]: ticket },
  );
  return ticket.cacheable;
}

describe('useMarkCacheableAnswers', () => {
  it.each([
    ['a query that succeeded', '{ hello }', true],
    ['a query with an error', '{ hello broken }', false],
    ['a mutation', 'mutation { touch }', false],
    ['a query reading API keys (state outside the graph version)', '{ apiKeys { label } }', false],
  ])('marks %s: %s', async (_name, query, expected) => {
    expect(await marked(query)).toBe(expected);
  });
});
