/**
 * useAuthentication alone: the presented key is looked up once, the actor found travels in the
 * server context (the GraphQL context reads it), and failed checks are throttled per address.
 */
import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { newApiKey } from '../../src/data/curation.js';
import type { Store } from '../../src/data/index.js';
import { AuthThrottle } from '../../src/server/auth-throttle.js';
import { ACTOR, useAuthentication } from '../../src/server/plugins/use-authentication.js';

const schema = createSchema<{ actor?: { label: string } | null }>({
  typeDefs: 'type Query { whoami: String }',
  resolvers: { Query: { whoami: (_: unknown, __: unknown, context) => context.actor?.label ?? 'nobody' } },
});

function setUp() {
  const { id, key, secretHash } = newApiKey();
  const lookups: string[] = [];
  const store = {
    apiKeyById: async (asked: string) => {
      lookups.push(asked);
      return asked === id ? { id, label: 'bot', scope: 'edit', createdAt: '', revokedAt: null, secretHash } : null;
    },
  } as unknown as Store;
  const plugin = useAuthentication({ store, throttle: new AuthThrottle({ limit: 2 }), logger: null, graphqlEndpoint: '/graphql' });
  const yoga = createYoga({ schema, logging: false, plugins: [plugin] });
  const ask = async (path: string, authorization?: string, serverContext: object = {}) => {
    const response = await yoga.fetch(
      `http://localhost${path}`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
        body: JSON.stringify({ query: '{ whoami }' }),
      },
      serverContext,
    );
    return { status: response.status, body: (await response.json()) as { data?: { whoami: string } }, lookups: lookups.splice(0).length };
  };
  return { key, ask };
}

describe('useAuthentication', () => {
  it('looks the key up once and carries the actor in the server context', async () => {
    const { key, ask } = setUp();
    expect(await ask('/graphql', `Bearer ${key}`)).toEqual({ status: 200, body: { data: { whoami: 'bot' } }, lookups: 1 });
    expect(await ask('/graphql/', `Bearer ${key}`)).toEqual({ status: 200, body: { data: { whoami: 'bot' } }, lookups: 1 });
    expect(await ask('/graphql')).toEqual({ status: 200, body: { data: { whoami: 'nobody' } }, lookups: 0 });
  });

  it('does not look up a key already checked (the actor given in the server context)', async () => {
    const { key, ask } = setUp();
    const given = { [ACTOR]: { keyId: 'k', label: 'checked before', scope: 'read' } };
    expect(await ask('/graphql', `Bearer ${key}`, given)).toEqual({
      status: 200,
      body: { data: { whoami: 'checked before' } },
      lookups: 0,
    });
  });

  it('answers 429 with Retry-After once an address has failed too often, without looking the key up', async () => {
    const { key, ask } = setUp();
    const from = (address: string) => ({ clientAddress: address });
    for (const attempt of [1, 2]) {
      expect(await ask('/graphql', 'Bearer kg_unknown_secret', from('198.51.100.1')), `attempt ${attempt}`).toMatchObject({
        status: 200,
        body: { data: { whoami: 'nobody' } },
      });
    }
    const throttled = await ask('/graphql', `Bearer ${key}`, from('198.51.100.1'));
    expect(throttled).toMatchObject({ status: 429, lookups: 0 });
    expect(await ask('/graphql', `Bearer ${key}`, from('198.51.100.2'))).toMatchObject({ status: 200, body: { data: { whoami: 'bot' } } });
    expect(await ask('/graphql', undefined, from('198.51.100.1'))).toMatchObject({ status: 200, body: { data: { whoami: 'nobody' } } });
  });
});
