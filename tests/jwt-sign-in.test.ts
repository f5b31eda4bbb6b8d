/**
 * Sign-in through the company's identity provider: a bearer token signed by a key of the
 * provider's key set (served here by the test's own JWKS server) grants the scope its claim names,
 * and the audit log records the token's subject; an expired, forged, wrong-audience or
 * wrong-issuer token is refused with 401 and writes nothing; a key added to the set later is
 * accepted; API keys keep working beside tokens.
 */
import { createServer, type Server } from 'node:http';
import { Writable } from 'node:stream';
import { exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';
import pino from 'pino';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../src/data/index.js';
import { AuthThrottle } from '../src/server/auth-throttle.js';
import { loadConfig } from '../src/server/config.js';
import type { JwtOptions } from '../src/server/jwt-verifier.js';
import { createKnowledgeGraphListener } from '../src/server/node-listener.js';
import { type GraphQLClient, graphqlClient } from './support/graphql-client.js';
import { createKey, startTestService } from './support/knowledge-graph.js';
import { close, listen } from './support/listen.js';
import { eventually, startService as startServiceProcess } from './support/service-process.js';
import { openTestGraph } from './support/test-store.js';

const ISSUER = 'https://idp.test/realms/it-ops';
const AUDIENCE = 'it-ops-kg';

// One store for the file (each test uses its own slugs): a database per test would only slow the PostgreSQL run.
let sharedStore: Store;
beforeAll(async () => {
  sharedStore = (await openTestGraph()).store;
});

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map(close));
});

type SigningKey = { kid: string; privateKey: CryptoKey; publicJwk: JWK };

async function signingKey(kid: string): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  return { kid, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' } };
}

/** The provider's key set over HTTP, as an IdP publishes it at its `jwks_uri`; keys can be added while it runs. */
async function startJwksServer(keys: SigningKey[]) {
  const published = [...keys];
  let fetches = 0;
  let failing = false;
  const server = createServer((_request, response) => {
    fetches += 1;
    if (failing) {
      response.writeHead(500).end('down');
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ keys: published.map((key) => key.publicJwk) }));
  });
  servers.push(server);
  const url = `${await listen(server)}/realms/it-ops/protocol/openid-connect/certs`;
  return {
    url,
    publish: (key: SigningKey) => published.push(key),
    fetches: () => fetches,
    /** The provider answers 500 to every fetch of its key set (true) or serves it again (false). */
    fail: (down: boolean) => {
      failing = down;
    },
  };
}

interface Claims {
  sub?: string;
  scope?: string | string[];
  iss?: string;
  aud?: string;
  exp?: number;
  preferred_username?: string;
}

/** A token as the provider signs it: RS256, with the key's `kid`, valid for five minutes unless told otherwise. */
function sign(key: SigningKey, claims: Claims = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const { exp = now + 300, iss = ISSUER, aud = AUDIENCE, ...rest } = { sub: 'user-1', scope: 'openid edit', ...claims };
  return new SignJWT({ ...rest })
    .setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'JWT' })
    .setIssuer(iss)
    .setAudience(aud)
    .setIssuedAt(now - 10)
    .setExpirationTime(exp)
    .sign(key.privateKey);
}

/** The service listening on a real port, with JWT sign-in against `jwksUrl`, and the lines it logs. */
async function startService(jwt: JwtOptions | undefined, options: { store?: Store; throttle?: AuthThrottle } = {}) {
  const store = options.store ?? sharedStore;
  const lines: string[] = [];
  const logger = pino(
    { level: 'info' },
    new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    }),
  );
  const { listener } = createKnowledgeGraphListener({
    store,
    logger,
    ...(jwt ? { jwt } : {}),
    ...(options.throttle ? { authThrottle: options.throttle } : {}),
  });
  const server = createServer(listener);
  servers.push(server);
  const url = `${await listen(server)}/graphql`;
  return { store, url, client: graphqlClient(url), log: () => lines.join('') };
}

const CREATE_ENTITY = `mutation CreateEntity($input: CreateEntityInput!) {
  createEntity(input: $input) {
    __typename
    ... on EntityChange { entity { slug } change { action actorKeyId actorLabel } }
    ... on MutationError { message }
  }
}`;

const CHANGES = '{ changes(first: 5) { totalCount nodes { action actorKeyId actorLabel subjectId } } }';
const ROLE = '{ role(slug: "it-operations-specialist") { name } }';

const role = (slug: string) => ({
  input: {
    kind: 'ROLE',
    slug,
    name: `Role ${slug}`,
    description: 'A role added by a test of sign-in through the identity provider.',
    provenance: { kind: 'CURATED', rationale: 'Added by the sign-in test.' },
  },
});

async function create(client: GraphQLClient, token: string, slug: string) {
  const response = await client.post(CREATE_ENTITY, role(slug), { key: token });
  return { status: response.status, body: (await response.json()) as { data?: { createEntity: Record<string, unknown> } } };
}

/** What a refused request must leave as it was: the graph's version and the audit log. */
async function written(store: Store) {
  return { version: await store.graphVersion(), changes: (await store.listChanges({ limit: 1, offset: 0 })).totalCount };
}

describe('sign-in through the identity provider', () => {
  it('lets an edit token create an entity, and the audit log names the token’s subject', async () => {
    const alice = await signingKey('key-1');
    const jwks = await startJwksServer([alice]);
    const { client } = await startService({ jwksUrl: jwks.url, issuer: ISSUER, audience: AUDIENCE });
    const token = await sign(alice, { sub: 'f3c1-alice', preferred_username: 'alice', scope: 'openid profile edit' });

    const created = await create(client, token, 'token-made-role');
    expect(created.status).toBe(200);
    expect(created.body.data!.createEntity).toEqual({
      __typename: 'EntityChange',
      entity: { slug: 'token-made-role' },
      change: { action: 'CREATE_ENTITY', actorKeyId: 'jwt:f3c1-alice', actorLabel: 'alice (idp.test)' },
    });
    const audit = await client.data<{ changes: { nodes: Record<string, string>[] } }>(CHANGES, {}, { key: token });
    expect(audit.changes.nodes[0]).toEqual({
      action: 'CREATE_ENTITY',
      actorKeyId: 'jwt:f3c1-alice',
      actorLabel: 'alice (idp.test)',
      subjectId: 'Role:token-made-role',
    });
    // The key set was fetched once, then kept.
    await create(client, await sign(alice, { sub: 'f3c1-alice' }), 'second-token-made-role');
    expect(jwks.fetches()).toBe(1);
  });

  it('takes the strongest scope the claim grants, as an array too, and a configured claim name', async () => {
    const key = await signingKey('key-1');
    const jwks = await startJwksServer([key]);
    const { client } = await startService({ jwksUrl: jwks.url, issuer: ISSUER, audience: AUDIENCE, scopeClaim: 'scp' });
    const adminToken = await sign(key, { scope: 'read', ...({ scp: ['read', 'admin', 'offline_access'] } as Claims) });
    const listed = await client.query<{ apiKeys: unknown[] }>('{ apiKeys { label } }', {}, { key: adminToken });
    expect(listed.errors).toBeUndefined();
    expect(Array.isArray(listed.data!.apiKeys)).toBe(true);
    // The `scope` claim is not the configured one: a token granting `edit` only there grants nothing here.
    const elsewhere = await create(client, await sign(key, { scope: 'edit' }), 'never-made');
    expect(elsewhere.body.data!.createEntity).toMatchObject({ __typename: 'ForbiddenError' });
  });

  it('refuses a read-only token the mutation with ForbiddenError, as it refuses a read key', async () => {
    const key = await signingKey('key-1');
    const jwks = await startJwksServer([key]);
    const { client, store } = await startService({ jwksUrl: jwks.url, issuer: ISSUER, audience: AUDIENCE });
    const before = await written(store);
    const refused = await create(client, await sign(key, { scope: 'openid read', preferred_username: 'reader' }), 'read-only-role');
    expect(refused.status).toBe(200);
    expect(refused.body.data!.createEntity).toEqual({
      __typename: 'ForbiddenError',
      message: 'The token of "reader (idp.test)" (scope read) may not use `createEntity`',
    });
    expect(await written(store)).toEqual(before);
  });

  it.each([
    ['an expired token', 'expired', async (key: SigningKey) => sign(key, { exp: Math.floor(Date.now() / 1000) - 120 })],
    ['a token signed by a key not in the key set', 'signature not verified', async () => sign(await signingKey('key-1'))],
    ['a token signed by an unknown key id', 'signature not verified', async () => sign(await signingKey('key-elsewhere'))],
    [
      'a token without an expiry',
      'missing claim',
      async (key: SigningKey) =>
        new SignJWT({ sub: 'user-1', scope: 'edit' })
          .setProtectedHeader({ alg: 'RS256', kid: key.kid })
          .setIssuer(ISSUER)
          .setAudience(AUDIENCE)
          .sign(key.privateKey),
    ],
    ['a token for another audience', 'wrong audience', async (key: SigningKey) => sign(key, { aud: 'another-api' })],
    ['a token from another issuer', 'wrong issuer', async (key: SigningKey) => sign(key, { iss: 'https://evil.test/' })],
    [
      'a token signed with HMAC over the public key',
      'algorithm not allowed',
      async (key: SigningKey) =>
        new SignJWT({ sub: 'mallory', scope: 'admin' })
          .setProtectedHeader({ alg: 'HS256', kid: key.kid })
          .setIssuer(ISSUER)
          .setAudience(AUDIENCE)
          .setExpirationTime('5m')
          .sign(new TextEncoder().encode(JSON.stringify(key.publicJwk))),
    ],
  ])('refuses %s with 401 and writes nothing', async (_case, reason, makeToken) => {
    const key = await signingKey('key-1');
    const jwks = await startJwksServer([key]);
    const { client, store, log } = await startService({ jwksUrl: jwks.url, issuer: ISSUER, audience: AUDIENCE });
    const token = await makeToken(key);
    const before = await written(store);

    for (const operation of [CREATE_ENTITY, ROLE]) {
      const response = await client.post(operation, operation === ROLE ? {} : role('forged-role'), { key: token });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer error="invalid_token"/);
      expect(await response.json()).toEqual({
        errors: [{ message: expect.stringContaining(reason), extensions: { code: 'UNAUTHENTICATED', reason } }],
      });
    }
    expect(await written(store)).toEqual(before);
    expect(log()).toContain('bearer token refused');
    expect(log()).not.toContain(token);
    expect(log()).not.toContain(token.split('.')[2]);
  });

  it('forgives a clock skew of up to 30 s: 10 s past the expiry is accepted, 45 s is not', async () => {
    const key = await signingKey('key-1');
    const jwks = await startJwksServer([key]);
    const { client } = await startService({ jwksUrl: jwks.url, issuer: ISSUER, audience: AUDIENCE });
    const now = Math.floor(Date.now() / 1000);
    expect((await client.post(ROLE, {}, { key: await sign(key, { exp: now - 10 }) })).status).toBe(200);
    // The same question from the same scope has a kept answer now: the expired token still gets none of it.
    expect((await client.post(ROLE, {}, { key: await sign(key, { exp: now - 45 }) })).status).toBe(401);
  });

  it('refuses an invalid token through yoga.fetch and at the linked-data route as well', async () => {
    const key = await signingKey('key-1');
    const jwks = await startJwksServer([key]);
    const service = await startTestService({
      store: sharedStore,
      jwt: { jwksUrl: jwks.url, issuer: ISSUER, audience: AUDIENCE },
      readRequiresKey: true,
    });
    const expired = await sign(key, { scope: 'read', exp: Math.floor(Date.now() / 1000) - 120 });
    const valid = await sign(key, { scope: 'read' });

    const graphql = await service.post(ROLE, {}, { key: expired });
    expect(graphql.status).toBe(401);
    expect(graphql.headers.get('www-authenticate')).toMatch(/^Bearer error="invalid_token"/);
    expect(await service.data<{ role: { name: string } }>(ROLE, {}, { key: valid })).toMatchObject({ role: { name: expect.any(String) } });

    const { role } = await service.data<{ role: { id: string } }>('{ role(slug: "it-operations-specialist") { id } }', {}, { key: valid });
    const document = `http://kg.test/entities/${encodeURIComponent(role.id)}.jsonld`;
    const refused = await service.yoga.fetch(document, { headers: { authorization: `Bearer ${expired}` } });
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    expect((await service.yoga.fetch(document, { headers: { authorization: `Bearer ${valid}` } })).status).toBe(200);
  });

  it('counts refused tokens in the per-address throttle of failed checks', async () => {
    const key = await signingKey('key-1');
    const jwks = await startJwksServer([key]);
    const { client } = await startService(
      { jwksUrl: jwks.url, issuer: ISSUER, audience: AUDIENCE },
      { throttle: new AuthThrottle({ limit: 2, windowMs: 60_000 }) },
    );
    const wrongAudience = await sign(key, { aud: 'another-api' });
    for (const attempt of [1, 2]) expect((await client.post(ROLE, {}, { key: wrongAudience })).status, `attempt ${attempt}`).toBe(401);
    // Out of tries: even a valid token from this address waits now.
    const throttled = await client.post(ROLE, {}, { key: await sign(key) });
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('accepts a token signed with a key the provider adds to its key set later (rotation by kid)', async () => {
    const first = await signingKey('2026-11');
    const next = await signingKey('2026-12');
    const jwks = await startJwksServer([first]);
    const { client } = await startService({ jwksUrl: jwks.url, issuer: ISSUER, audience: AUDIENCE, jwksCooldownMs: 0 });
    expect((await create(client, await sign(first), 'before-rotation')).body.data!.createEntity).toMatchObject({
      __typename: 'EntityChange',
    });
    // Not yet published: refused.
    expect((await create(client, await sign(next), 'too-early')).status).toBe(401);

    jwks.publish(next);
    const rotated = await create(client, await sign(next, { sub: 'user-2' }), 'after-rotation');
    expect(rotated.body.data!.createEntity).toMatchObject({ __typename: 'EntityChange', change: { actorKeyId: 'jwt:user-2' } });
    // The old key still works while the provider publishes it.
    expect((await create(client, await sign(first), 'old-key-still')).body.data!.createEntity).toMatchObject({
      __typename: 'EntityChange',
    });
    expect(jwks.fetches()).toBe(3);
  });

  it('keeps API keys working beside tokens', async () => {
    const key = await signingKey('key-1');
    const jwks = await startJwksServer([key]);
    const { client, store } = await startService({ jwksUrl: jwks.url, issuer: ISSUER, audience: AUDIENCE });
    const apiKey = await createKey(store, 'edit', 'pipeline key');
    const created = await create(client, apiKey.key, 'key-made-role');
    expect(created.body.data!.createEntity).toMatchObject({
      __typename: 'EntityChange',
      change: { actorKeyId: apiKey.id, actorLabel: 'pipeline key' },
    });
    const fromToken = await create(client, await sign(key, { sub: 'bob' }), 'bob-made-role');
    expect(fromToken.body.data!.createEntity).toMatchObject({ change: { actorKeyId: 'jwt:bob', actorLabel: 'bob (idp.test)' } });
    expect(jwks.fetches()).toBe(1);
  });

  it('answers 503 without counting a failure when the provider’s key set cannot be fetched', async () => {
    const key = await signingKey('key-1');
    const gone = createServer();
    const origin = await listen(gone);
    await close(gone);
    const { client, store } = await startService(
      { jwksUrl: `${origin}/certs`, issuer: ISSUER, audience: AUDIENCE },
      { throttle: new AuthThrottle({ limit: 1, windowMs: 60_000 }) },
    );
    const before = await written(store);
    for (const attempt of [1, 2]) {
      const response = await create(client, await sign(key), 'unreachable-provider');
      expect(response.status, `attempt ${attempt}`).toBe(503);
      expect(response.body).toMatchObject({ errors: [{ extensions: { code: 'AUTHENTICATION_UNAVAILABLE' } }] });
    }
    expect(await written(store)).toEqual(before);
  });

  it('refuses a token whose unverified claims already fail without fetching the key set', async () => {
    const key = await signingKey('key-1');
    const jwks = await startJwksServer([key]);
    const { client } = await startService({ jwksUrl: jwks.url, issuer: ISSUER, audience: AUDIENCE });
    const cases: [string, string][] = [
      [await sign(key, { iss: 'https://evil.test/' }), 'wrong issuer'],
      [await sign(key, { aud: 'another-api' }), 'wrong audience'],
      [await sign(key, { exp: Math.floor(Date.now() / 1000) - 120 }), 'expired'],
    ];
    for (const [token, reason] of cases) {
      const response = await client.post(ROLE, {}, { key: token });
      expect(response.status, reason).toBe(401);
      expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED', reason } }] });
    }
    expect(jwks.fetches()).toBe(0);
  });

  it('backs off from a failing key set: 30 tokens cause at most two fetches, and a valid token is accepted once it recovers', async () => {
    const key = await signingKey('key-1');
    const jwks = await startJwksServer([key]);
    jwks.fail(true);
    const { client } = await startService({ jwksUrl: jwks.url, issuer: ISSUER, audience: AUDIENCE, jwksBackoffMs: 1_000 });
    const token = await sign(key);
    const statuses: number[] = [];
    const retryAfter: (string | null)[] = [];
    const ask = async () => {
      const response = await client.post(ROLE, {}, { key: token });
      statuses.push(response.status);
      retryAfter.push(response.headers.get('retry-after'));
      expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'AUTHENTICATION_UNAVAILABLE' } }] });
    };
    for (let i = 0; i < 15; i += 1) await ask();
    await Promise.all(Array.from({ length: 15 }, ask));
    expect(new Set(statuses)).toEqual(new Set([503]));
    expect(retryAfter.every((value) => Number(value) >= 1)).toBe(true);
    expect(jwks.fetches()).toBeGreaterThanOrEqual(1);
    expect(jwks.fetches()).toBeLessThanOrEqual(2);

    jwks.fail(false);
    // Within the backoff the recovered provider is not asked yet; after it, the token is checked and accepted.
    expect(await eventually(async () => (await client.post(ROLE, {}, { key: token })).status === 200, 5_000)).toBe(true);
    expect(jwks.fetches()).toBeLessThanOrEqual(3);
  });

  it('treats a JWT as an unknown API key when sign-in through a provider is not configured', async () => {
    const key = await signingKey('key-1');
    const { client, store } = await startService(undefined);
    const token = await sign(key, { scope: 'admin' });
    const before = await written(store);
    const read = await client.post(ROLE, {}, { key: token });
    expect(read.status).toBe(200);
    const refused = await create(client, token, 'not-configured');
    expect(refused.body.data!.createEntity).toMatchObject({ __typename: 'ForbiddenError' });
    expect(await written(store)).toEqual(before);
  });
});

describe('configuration of sign-in through the identity provider', () => {
  it('reads the four variables', () => {
    const config = loadConfig({
      JWT_JWKS_URL: 'https://login.example.com/realms/it/protocol/openid-connect/certs',
      JWT_ISSUER: 'https://login.example.com/realms/it',
      JWT_AUDIENCE: 'it-ops-kg',
      JWT_SCOPE_CLAIM: 'scp',
    });
    expect(config.jwt).toEqual({
      jwksUrl: 'https://login.example.com/realms/it/protocol/openid-connect/certs',
      issuer: 'https://login.example.com/realms/it',
      audience: 'it-ops-kg',
      scopeClaim: 'scp',
    });
    expect(loadConfig({}).jwt).toBeUndefined();
  });

  it.each([
    [{ JWT_ISSUER: ISSUER, JWT_AUDIENCE: AUDIENCE }, /JWT_JWKS_URL: must be set together with JWT_ISSUER, JWT_AUDIENCE/],
    [{ JWT_JWKS_URL: 'https://idp.test/certs' }, /JWT_ISSUER: must be set together.*JWT_AUDIENCE: must be set together/],
    [{ JWT_SCOPE_CLAIM: 'scp' }, /JWT_JWKS_URL: must be set together with JWT_SCOPE_CLAIM/],
    [{ JWT_JWKS_URL: 'idp.test/certs', JWT_ISSUER: ISSUER, JWT_AUDIENCE: AUDIENCE }, /JWT_JWKS_URL: must be the http\(s\) URL/],
    [
      { JWT_JWKS_URL: 'https://idp.test/certs', JWT_ISSUER: ISSUER, JWT_AUDIENCE: AUDIENCE, JWT_SCOPE_CLAIM: 'my scope' },
      /JWT_SCOPE_CLAIM/,
    ],
  ])('refuses %o, naming the variable', (environment, message) => {
    expect(() => loadConfig(environment)).toThrow(message);
  });
});

describe('the built service (npm start)', () => {
  it('signs in with a token when JWT_JWKS_URL, JWT_ISSUER and JWT_AUDIENCE are set', async () => {
    const key = await signingKey('key-1');
    const jwks = await startJwksServer([key]);
    const main = startServiceProcess({
      DATABASE_URL: 'sqlite::memory:',
      JWT_JWKS_URL: jwks.url,
      JWT_ISSUER: ISSUER,
      JWT_AUDIENCE: AUDIENCE,
    });
    try {
      const client = graphqlClient(await main.url());
      const created = await create(client, await sign(key, { sub: 'carol' }), 'made-through-npm-start');
      expect(created.body.data!.createEntity).toMatchObject({ change: { actorKeyId: 'jwt:carol' } });
      const expired = await client.post(ROLE, {}, { key: await sign(key, { exp: Math.floor(Date.now() / 1000) - 120 }) });
      expect(expired.status).toBe(401);
      const refusal = () => main.logLines().find((line) => line['msg'] === 'bearer token refused');
      expect(await eventually(() => refusal() !== undefined)).toBe(true);
      expect(refusal()).toMatchObject({ reason: 'expired' });
    } finally {
      main.child.kill('SIGKILL');
      await main.exit;
    }
  });

  it('refuses to start with JWT_ISSUER alone, naming the variables missing', async () => {
    const main = startServiceProcess({ DATABASE_URL: 'sqlite::memory:', JWT_ISSUER: ISSUER });
    expect(await main.exit).toBe(1);
    expect(main.output()).toMatch(/JWT_JWKS_URL: must be set together with JWT_ISSUER.*JWT_AUDIENCE: must be set together with JWT_ISSUER/);
  });
});
