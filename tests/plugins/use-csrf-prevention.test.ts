/** useCsrfPrevention alone, and its rule asked directly (as the answers kept in front of the pipeline ask it). */
import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { CSRF_HEADERS, csrfPreventionRefuses, useCsrfPrevention } from '../../src/server/plugins/use-csrf-prevention.js';

const schema = createSchema({ typeDefs: 'type Query { hello: String }', resolvers: { Query: { hello: () => 'world' } } });
const yoga = createYoga({ schema, logging: false, graphiql: false, plugins: [useCsrfPrevention()] });

describe('useCsrfPrevention', () => {
  const cases: [string, RequestInit][] = [
    ['a GET without a CSRF header', {}],
    ['a GET with a CSRF header', { headers: { [CSRF_HEADERS[0]!]: '1' } }],
    ['a GET with the other CSRF header', { headers: { [CSRF_HEADERS[1]!]: '1' } }],
    ['a form POST', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'query=%7B%20hello%20%7D' }],
    ['a JSON POST', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ hello }' }) }],
  ];
  it.each(cases)('refuses %s exactly when its rule says so', async (_name, init) => {
    const url = init.method === 'POST' ? 'http://localhost/graphql' : 'http://localhost/graphql?query=%7B%20hello%20%7D';
    const response = await yoga.fetch(url, init);
    const refuses = csrfPreventionRefuses(new Headers(init.headers));
    expect(response.status).toBe(refuses ? 403 : 200);
  });

  it('refuses a GET without a CSRF header and answers one with it', () => {
    expect(csrfPreventionRefuses(new Headers())).toBe(true);
    expect(csrfPreventionRefuses(new Headers({ [CSRF_HEADERS[0]!]: '1' }))).toBe(false);
  });
});
