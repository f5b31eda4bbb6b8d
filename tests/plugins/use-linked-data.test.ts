/** useLinkedData alone: GET /entities/{id}.jsonld answers the entity's JSON-LD, or a JSON refusal. */
import { createSchema, createYoga } from 'graphql-yoga';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/data/index.js';
import { AuthThrottle } from '../../src/server/auth-throttle.js';
import { jsonLdPath, useLinkedData } from '../../src/server/plugins/use-linked-data.js';
import { createKey } from '../support/api-keys.js';
import { openTestGraph } from '../support/test-store.js';

const schema = createSchema({ typeDefs: 'type Query { hello: String }', resolvers: { Query: { hello: () => 'world' } } });
/** A GraphQL global ID, as the API hands them out (base64 of `<Type>:<slug>`). */
const globalId = (kind: string, slug: string) => Buffer.from(`${kind}:${slug}`, 'utf8').toString('base64');
const PMP = globalId('Certification', 'pmp');

let store: Store;
beforeAll(async () => {
  store = (await openTestGraph()).store;
});
const open = () => createYoga({ schema, logging: false, plugins: [useLinkedData({ store })] });

describe('useLinkedData', () => {
  it('answers an entity as application/ld+json, with an ETag that a matching If-None-Match turns into 304', async () => {
    const yoga = open();
    const answer = await yoga.fetch(`http://localhost${jsonLdPath(PMP)}`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
    const document = (await answer.json()) as Record<string, unknown>;
    expect(document).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'EducationalOccupationalCredential',
      name: 'Project Management Professional',
    });
    const etag = answer.headers.get('etag');
    expect(etag).toMatch(/^".+"$/);
    const again = await yoga.fetch(`http://localhost${jsonLdPath(PMP)}`, { headers: { 'if-none-match': etag! } });
    expect([again.status, await again.text()]).toEqual([304, '']);
    const head = await yoga.fetch(`http://localhost${jsonLdPath(PMP)}`, { method: 'HEAD' });
    expect([head.status, head.headers.get('etag')]).toEqual([200, etag]);
  });

  it('finds an ID whether its base64 padding is percent-encoded or not', async () => {
    const yoga = open();
    const id = globalId('Certification', 'cissp');
    expect(id).toMatch(/==$/);
    const raw = await yoga.fetch(`http://localhost/entities/${id}.jsonld`);
    const encoded = await yoga.fetch(`http://localhost${jsonLdPath(id)}`);
    expect(jsonLdPath(id)).toContain('%3D%3D');
    expect([raw.status, encoded.status]).toEqual([200, 200]);
    const document = (await raw.json()) as Record<string, unknown>;
    expect(document).toEqual(await encoded.json());
    expect(document['name']).toBe('Certified Information Systems Security Professional');
  });

  it('refuses a malformed ID with 400, an unknown one or another path with 404, other methods with 405: JSON bodies', async () => {
    const yoga = open();
    const malformed = await yoga.fetch('http://localhost/entities/not-an-id.jsonld');
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
    const unknown = await yoga.fetch(`http://localhost${jsonLdPath(globalId('Role', 'astronaut'))}`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({
      errors: [{ message: expect.stringContaining('No entity'), extensions: { code: 'NOT_FOUND' } }],
    });
    const otherPath = await yoga.fetch(`http://localhost/entities/${PMP}`);
    expect(otherPath.status).toBe(404);
    expect(await otherPath.json()).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
    const post = await yoga.fetch(`http://localhost${jsonLdPath(PMP)}`, { method: 'POST' });
    expect([post.status, post.headers.get('allow')]).toEqual([405, 'GET, HEAD']);
    // Everything else is left to the rest of the pipeline.
    expect((await yoga.fetch('http://localhost/graphql?query={hello}')).status).toBe(200);
  });

  it('when reads need a key, answers 403 without one and the document with a read key', async () => {
    const yoga = createYoga({
      schema,
      logging: false,
      plugins: [useLinkedData({ store, readRequiresKey: true, keyGuard: { throttle: new AuthThrottle(), logger: null } })],
    });
    const refused = await yoga.fetch(`http://localhost${jsonLdPath(PMP)}`);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN' } }] });
    const { key } = await createKey(store, 'read');
    const allowed = await yoga.fetch(`http://localhost${jsonLdPath(PMP)}`, { headers: { authorization: `Bearer ${key}` } });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('cache-control')).toContain('private');
  });
});
