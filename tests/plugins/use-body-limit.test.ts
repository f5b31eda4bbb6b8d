/** useBodyLimit alone: bodies over the limit are refused before they are read. */
import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { useBodyLimit } from '../../src/server/plugins/use-body-limit.js';

const schema = createSchema({ typeDefs: 'type Query { hello: String }', resolvers: { Query: { hello: () => 'world' } } });
const yoga = createYoga({ schema, logging: false, plugins: [useBodyLimit(40)] });
const post = (body: string, headers: Record<string, string> = {}) =>
  yoga.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('useBodyLimit', () => {
  it('answers a body within the limit', async () => {
    const response = await post(JSON.stringify({ query: '{ hello }' }));
    expect(await response.json()).toEqual({ data: { hello: 'world' } });
  });

  it('refuses a declared length over the limit with 413 and PAYLOAD_TOO_LARGE', async () => {
    const response = await post(JSON.stringify({ query: '{ hello hello hello hello hello }' }));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  });

  it('refuses a body without a declared length (chunked) with 411 and LENGTH_REQUIRED', async () => {
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(JSON.stringify({ query: '{ hello }' })));
        controller.close();
      },
    });
    const response = await yoga.fetch(
      new Request('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
        body: stream,
        duplex: 'half',
      } as RequestInit),
    );
    expect(response.status).toBe(411);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'LENGTH_REQUIRED' } }] });
  });
});
