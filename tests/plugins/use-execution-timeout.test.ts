/** useExecutionTimeout alone: an operation running past the limit is cancelled with a clear error. */
import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { useExecutionTimeout } from '../../src/server/plugins/use-execution-timeout.js';

const schema = createSchema({
  typeDefs: 'type Query { quick: String, slow: String, viaStore: String }',
  resolvers: {
    Query: {
      quick: () => 'quick',
      slow: () => new Promise((resolve) => setTimeout(() => resolve('late'), 300)),
      viaStore: async (_: unknown, __: unknown, context: { store: { wait(): Promise<void>; read(): Promise<string> } }) => {
        await context.store.wait();
        return context.store.read();
      },
    },
  },
});
let reads = 0;
// The plugin makes the context's store refuse every call once the deadline has passed.
const store = {
  wait: () => new Promise<void>((resolve) => setTimeout(resolve, 100)),
  read: async () => {
    reads++;
    return 'read';
  },
};
const yoga = createYoga({ schema, logging: false, context: () => ({ store }), plugins: [useExecutionTimeout(50)] });
const ask = async (query: string) => {
  const response = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { extensions: { code: string } }[] } };
};

describe('useExecutionTimeout', () => {
  it('answers an operation that finishes in time', async () => {
    expect(await ask('{ quick }')).toEqual({ status: 200, body: { data: { quick: 'quick' } } });
  });

  it('answers EXECUTION_TIMEOUT with 504 at the deadline, without waiting for the operation', async () => {
    const startedAt = performance.now();
    const { status, body } = await ask('{ slow }');
    expect(performance.now() - startedAt).toBeLessThan(250);
    expect(status).toBe(504);
    expect(body.errors?.[0]?.extensions.code).toBe('EXECUTION_TIMEOUT');
  });

  it('refuses every store call after the deadline', async () => {
    reads = 0;
    const { body } = await ask('{ viaStore }');
    expect(body.errors?.[0]?.extensions.code).toBe('EXECUTION_TIMEOUT');
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(reads).toBe(0);
  });
});
