/**
 * Hostile input, over HTTP against a real listening server in production mode: every abusive
 * request gets a clear 4xx (or a GraphQL error with a code), never a 5xx, and the server keeps
 * answering normal queries throughout.
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../src/data/index.js';
import { createKnowledgeGraphServer } from '../src/server/create-server.js';
import { close, listen } from './support/listen.js';
import { openTestGraph } from './support/test-store.js';

let server: Server;
let store: Store;
let url: string;

beforeAll(async () => {
  ({ store } = await openTestGraph());
  server = createServer(createKnowledgeGraphServer({ store, production: true, logger: false }));
  url = `${await listen(server)}/graphql`;
});

afterAll(async () => {
  await close(server);
  await store.close();
});

type Body = { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };

/** A request as a modern client sends it (GraphQL over HTTP: 4xx for requests that cannot run). */
async function send(body: string | Buffer, headers: Record<string, string> = {}, method = 'POST', target = url) {
  const response = await fetch(target, {
    method,
    // A GET carries no body, so no content type (as browsers send it).
    headers: {
      ...(method === 'GET' ? {} : { 'content-type': 'application/json' }),
      accept: 'application/graphql-response+json',
      ...headers,
    },
    ...(method === 'GET' ? {} : { body: typeof body === 'string' ? body : new Uint8Array(body) }),
  });
  const text = await response.text();
  let parsed: Body = {};
  try {
    parsed = JSON.parse(text) as Body;
  } catch {
    // not JSON: the assertions say so
  }
  return { status: response.status, body: parsed, text };
}

const query = (text: string, variables?: unknown) => send(JSON.stringify({ query: text, variables }));

async function expectNormalQueryWorks() {
  const { status, body } = await query('{ role(slug: "it-operations-manager") { name } }');
  expect(status).toBe(200);
  expect(body).toEqual({ data: { role: { name: 'IT operations manager' } } });
}

function nest(levels: number): string {
  let selection = 'name';
  for (let i = 0; i < levels; i++) selection = `leads { nodes { ${selection} } }`;
  return `{ roles { nodes { ${selection} } } }`;
}

describe('hostile requests', () => {
  it.each([
    ['depth bomb', () => query(nest(20)), 400, 'QUERY_TOO_DEEP', /Query depth limit of 12 exceeded, found 43\./],
    [
      'alias bomb',
      () => query(`{ ${Array.from({ length: 500 }, (_, i) => `a${i}: roles { totalCount }`).join(' ')} }`),
      400,
      'TOO_MANY_TOKENS',
      /Token limit of 1000 exceeded/,
    ],
    [
      'alias bomb under the token limit',
      () => query(`{ ${Array.from({ length: 40 }, (_, i) => `a${i}: roles { totalCount }`).join(' ')} }`),
      400,
      'TOO_MANY_ALIASES',
      /Aliases limit of 15 exceeded, found 40/,
    ],
    [
      'fragment cycle',
      () =>
        query(
          '{ roles { nodes { ...A } } } fragment A on Role { leads { nodes { ...B } } } fragment B on Role { ledBy { nodes { ...A } } }',
        ),
      400,
      'GRAPHQL_VALIDATION_FAILED',
      /Cannot spread fragment "A" within itself/,
    ],
    [
      'directive flood',
      () => query(`{ roles ${'@include(if: true) '.repeat(60)} { totalCount } }`),
      400,
      'TOO_MANY_DIRECTIVES',
      /Directives limit of 50 exceeded, found 60/,
    ],
    [
      'oversized page',
      () => query('{ roles(first: 1000) { totalCount } }'),
      200,
      'BAD_USER_INPUT',
      /Requesting 1,000 records on the `roles` connection exceeds the `first` limit of 100 records/,
    ],
    [
      'costly wide query',
      () =>
        query(
          '{ roles(first: 100) { nodes { responsibilities(first: 100) { nodes { skillDomains(first: 100) { nodes { certifications(first: 100) { nodes { name } } } } } } } } }',
        ),
      200,
      'QUERY_TOO_COSTLY',
      /query cost [\d,]+ exceeds the limit of 10,000/,
    ],
    [
      '5 MB body',
      () => send(JSON.stringify({ query: '{ roles { totalCount } }', variables: { pad: 'x'.repeat(5_000_000) } })),
      413,
      'PAYLOAD_TOO_LARGE',
      /exceeds the limit of 1,000,000 bytes/,
    ],
    ['malformed JSON', () => send('{"query": "{ roles { totalCount } }"'), 400, 'BAD_REQUEST', /POST body sent invalid JSON/],
    [
      'batched operations',
      () => send(JSON.stringify([{ query: '{ roles { totalCount } }' }, { query: '{ issuers { totalCount } }' }])),
      400,
      'BAD_REQUEST',
      /Batching is not supported/,
    ],
  ])('%s', async (_name, attack, status, code, message) => {
    const { status: actual, body } = await attack();
    expect(actual).toBe(status);
    expect(body.errors?.[0]?.extensions?.code).toBe(code);
    expect(body.errors?.[0]?.message).toMatch(message);
    await expectNormalQueryWorks();
  });

  it('text/plain cross-site POST is refused by CSRF prevention (403)', async () => {
    const { status, body } = await send(JSON.stringify({ query: '{ roles { totalCount } }' }), { 'content-type': 'text/plain' });
    expect(status).toBe(403);
    expect(body.errors?.[0]?.message).toMatch(/CSRF/);
    await expectNormalQueryWorks();
  });

  it('a GET query without a CSRF header is refused; with one it is answered', async () => {
    const target = `${url}?query=${encodeURIComponent('{ roles { totalCount } }')}`;
    expect((await send('', {}, 'GET', target)).status).toBe(403);
    const allowed = await send('', { 'x-graphql-yoga-csrf': '1' }, 'GET', target);
    expect(allowed.status).toBe(200);
    expect(allowed.body).toEqual({ data: { roles: { totalCount: 3 } } });
  });

  it('a mutation over GET is refused with 405', async () => {
    const { status, body } = await send(
      '',
      { 'x-graphql-yoga-csrf': '1' },
      'GET',
      `${url}?query=${encodeURIComponent('mutation { anything }')}`,
    );
    expect(status).toBe(405);
    expect(body.errors?.[0]?.message).toMatch(/mutation operation from a POST request/);
  });

  it('invalid UTF-8 in the body is a client error, not a crash', async () => {
    const body = Buffer.concat([
      Buffer.from('{"query":"query ($s: String!) { search(query: $s) { totalCount } }","variables":{"s":"'),
      Buffer.from([0xff, 0xfe, 0xc3, 0x28]),
      Buffer.from('"}}'),
    ]);
    const { status } = await send(body);
    expect(status).toBeGreaterThanOrEqual(200);
    expect(status).toBeLessThan(500);
    const broken = await send(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    expect(broken.status).toBe(400);
    await expectNormalQueryWorks();
  });

  it('a chunked body without Content-Length is refused with 411', async () => {
    const port = (server.address() as AddressInfo).port;
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        { host: '127.0.0.1', port, path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json' } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.write('{"query":');
      req.end('"{ roles { totalCount } }"}');
    });
    expect(status).toBe(411);
  });

  it('refuses over-long string arguments and survives huge lists in variables', async () => {
    const longSlug = await query('query ($s: String!) { role(slug: $s) { name } }', { s: 'x'.repeat(10_000) });
    expect(longSlug.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(longSlug.body.errors?.[0]?.message).toBe('`slug` may be at most 200 characters; got 10000');
    const longId = await query('query ($id: ID!) { node(id: $id) { id } }', { id: 'A'.repeat(5_000) });
    expect(longId.body.errors?.[0]?.message).toBe('`id` may be at most 200 characters; got 5000');
    const manyKinds = await query('query ($k: [EntityKind!]) { entities(kinds: $k) { totalCount } }', {
      k: Array.from({ length: 50_000 }, () => 'ROLE'),
    });
    expect(manyKinds.status).toBe(200);
    expect(manyKinds.body).toEqual({ data: { entities: { totalCount: 3 } } });
    await expectNormalQueryWorks();
  });

  it('hides field suggestions and masks unexpected errors in production', async () => {
    const suggestion = await query('{ rolez { totalCount } }');
    expect(suggestion.body.errors?.[0]?.message).toMatch(/\[Suggestion hidden\]/);
    expect(suggestion.body.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });
});

describe('fuzzing', () => {
  const fieldNames = [
    'roles',
    'role',
    'certifications',
    'search',
    'skillGap',
    'paths',
    'node',
    'nodes',
    'entities',
    'neighborhood',
    'name',
    'slug',
    'id',
    'nodes',
    'edges',
    'totalCount',
    '__typename',
    'x',
    '__schema',
  ];
  const argumentValue = fc.oneof(
    fc.integer({ min: -1_000_000, max: 1_000_000 }).map(String),
    fc.string({ maxLength: 30 }).map((s) => JSON.stringify(s)),
    fc.constantFrom('null', 'true', 'ROLE', '[]', '["cissp"]', '{ field: NAME }', '$v', '"it-operations-manager"'),
  );
  const argumentList = fc
    .array(
      fc.tuple(
        fc.constantFrom(
          'first',
          'last',
          'after',
          'slug',
          'query',
          'id',
          'ids',
          'role',
          'heldCertifications',
          'from',
          'to',
          'depth',
          'kinds',
          'filter',
          'maxLength',
          'bogus',
        ),
        argumentValue,
      ),
      { maxLength: 3 },
    )
    .map((pairs) => (pairs.length ? `(${pairs.map(([name, value]) => `${name}: ${value}`).join(', ')})` : ''));
  const selection: fc.Arbitrary<string> = fc.letrec<{ selection: string }>((tie) => ({
    selection: fc
      .array(
        fc.tuple(
          fc.option(fc.constantFrom('a', 'b', 'c'), { nil: undefined }),
          fc.constantFrom(...fieldNames),
          argumentList,
          fc.option(tie('selection'), { nil: undefined, depthSize: 'small' }),
        ),
        { minLength: 1, maxLength: 4 },
      )
      .map(
        (fields) => `{ ${fields.map(([alias, name, args, sub]) => `${alias ? `${alias}: ` : ''}${name}${args} ${sub ?? ''}`).join(' ')} }`,
      ),
  })).selection;
  const document = fc.oneof(
    { weight: 6, arbitrary: selection.map((s) => (Math.random() < 0.5 ? s : `query Q($v: String) ${s}`)) },
    { weight: 2, arbitrary: fc.string({ maxLength: 200 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        'mutation { x }',
        'subscription { x }',
        '{ __schema { types { name fields { name } } } }',
        '{'.repeat(300),
      ),
    },
  );
  const payload = fc.record({
    query: fc.oneof({ weight: 9, arbitrary: document }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) }),
    variables: fc.option(
      fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.dictionary(fc.constantFrom('v', 'id', 'first'), fc.jsonValue({ maxDepth: 2 }))),
      { nil: undefined },
    ),
    operationName: fc.option(fc.constantFrom('Q', 'Nope', ''), { nil: undefined }),
  });

  it('2,000 generated queries and variable payloads: no 5xx, and the server still answers', async () => {
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(payload, fc.boolean(), async (request, viaGet) => {
        sent++;
        const response = viaGet
          ? await send(
              '',
              { 'x-graphql-yoga-csrf': '1' },
              'GET',
              `${url}?query=${encodeURIComponent(String(request.query))}${request.variables === undefined ? '' : `&variables=${encodeURIComponent(JSON.stringify(request.variables))}`}`,
            )
          : await send(JSON.stringify(request));
        expect(
          response.status,
          `${response.status} for ${JSON.stringify(request).slice(0, 300)}: ${response.text.slice(0, 300)}`,
        ).toBeLessThan(500);
      }),
      { numRuns: 2000, seed: 20261127 },
    );
    expect(sent).toBeGreaterThanOrEqual(2000);
    await expectNormalQueryWorks();
  }, 120_000);
});
