/** Bad input gets a clear error with `extensions.code`; unexpected failures are masked; the server keeps serving. */
import { describe, expect, it } from 'vitest';
import type { Store } from '../src/data/index.js';
import type { ErrorsCertificationPageQuery } from './graphql/graphql.js';
import { graphql } from './graphql/index.js';
import { startTestService } from './support/knowledge-graph.js';
import { openTestGraph } from './support/test-store.js';

describe('error handling', () => {
  it('answers null, without error, for an unknown slug', async () => {
    const service = await startTestService();
    const result = await service.query('{ role(slug: "chief-wizard") { name } certification(slug: "nope") { name } }');
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ role: null, certification: null });
  });

  it('answers null for a well-formed ID that names no entity', async () => {
    const service = await startTestService();
    const id = Buffer.from('Role:chief-wizard').toString('base64');
    const result = await service.query('query ($id: ID!) { node(id: $id) { id } }', { id });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ node: null });
  });

  it('round-trips a real global ID through node(id:)', async () => {
    const service = await startTestService();
    const found = await service.query(graphql(`query ErrorsManagerId { role(slug: "it-operations-manager") { id } }`));
    const id = found.data!.role!.id;
    expect(id).not.toContain('it-operations-manager'); // opaque: the slug does not show
    const result = await service.query(graphql(`query ErrorsRoleById($id: ID!) { node(id: $id) { ... on Role { name slug } } }`), { id });
    expect(result.data!.node).toEqual({ name: 'IT operations manager', slug: 'it-operations-manager' });
  });

  it.each([
    ['not base64 at all', '%%%'],
    ['base64 without a type', Buffer.from('just-text').toString('base64')],
    ['base64 of an unknown type', Buffer.from('Wizard:merlin').toString('base64')],
    ['an empty string', ''],
  ])('refuses a malformed global ID (%s) with BAD_USER_INPUT', async (_label, id) => {
    const service = await startTestService();
    // The whole operation is refused before it runs: its cost cannot be worked out without the ID.
    const result = await service.query('query ($id: ID!) { node(id: $id) { id } }', { id });
    expect(result.data).toBeUndefined();
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.message).toContain('is not a valid ID');
  });

  it.each([
    [
      'first above 100',
      '{ roles(first: 101) { totalCount } }',
      'Requesting 101 records on the `roles` connection exceeds the `first` limit of 100 records',
    ],
    ['negative first', '{ roles(first: -1) { totalCount } }', '`first` on the `roles` connection cannot be less than 0; got -1'],
    [
      'last above 100 on a relationship',
      '{ role(slug: "it-operations-manager") { responsibilities(last: 500) { totalCount } } }',
      'Requesting 500 records on the `responsibilities` connection exceeds the `last` limit of 100 records',
    ],
    ['a cursor this API did not issue', '{ roles(after: "bogus") { totalCount } }', 'is not a cursor'],
    ['a bad `before` cursor', '{ roles(before: "bogus", last: 1) { totalCount } }', '`before` is not a cursor'],
    ['a forged cursor', `{ roles(after: "${Buffer.from('OffsetConnection:1e9').toString('base64')}") { totalCount } }`, 'is not a cursor'],
    [
      'an unknown skill-domain filter slug',
      '{ certifications(skillDomain: "alchemy") { totalCount } }',
      'No SkillDomain has the slug "alchemy"',
    ],
    ['an unknown role filter slug', '{ certifications(role: "chief-wizard") { totalCount } }', 'No Role has the slug "chief-wizard"'],
    [
      'more than 100 IDs for nodes(ids:)',
      `{ nodes(ids: [${Array.from({ length: 101 }, () => `"${Buffer.from('Role:x').toString('base64')}"`).join(',')}]) { id } }`,
      'at most 100 IDs',
    ],
    ['a malformed ID among nodes(ids:)', '{ nodes(ids: ["%%%"]) { id } }', 'is not a valid ID'],
    ['last without before', '{ roles(last: 2) { totalCount } }', '"last" can only be used'],
    ['an unknown filter slug', '{ certifications(issuer: "acme") { totalCount } }', 'No Issuer has the slug "acme"'],
  ])('refuses %s with BAD_USER_INPUT', async (_label, query, message) => {
    const service = await startTestService();
    const result = await service.query(query);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain(message);
  });

  it('pages with cursors: every item exactly once, in name order, with a correct pageInfo', async () => {
    const service = await startTestService();
    const Page = graphql(`
      query ErrorsCertificationPage($after: String) {
        certifications(first: 4, after: $after) { totalCount edges { cursor node { name } } pageInfo { hasNextPage endCursor } }
      }
    `);
    const names: string[] = [];
    let after: string | null | undefined = null;
    for (let pages = 0; pages < 10; pages++) {
      const result: Awaited<ReturnType<typeof service.query<ErrorsCertificationPageQuery>>> = await service.query(Page, { after });
      const page = result.data!.certifications;
      expect(page.totalCount).toBe(15);
      names.push(...page.edges.map((e) => e.node.name));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(names).toHaveLength(15);
    expect(names).toEqual([...names].sort());
    expect(new Set(names).size).toBe(15);
  });

  it('answers a page past the end with no items and the true totalCount', async () => {
    const service = await startTestService();
    const list = await service.query(graphql(`query ErrorsCertificationCursors { certifications(first: 100) { edges { cursor } } }`));
    const last = list.data!.certifications.edges.at(-1)!.cursor;
    const past = await service.query(
      graphql(`
        query ErrorsPastTheEnd($after: String) { certifications(after: $after) { totalCount nodes { name } pageInfo { hasNextPage } } }
      `),
      { after: last },
    );
    expect(past.errors).toBeUndefined();
    expect(past.data!.certifications).toEqual({ totalCount: 15, nodes: [], pageInfo: { hasNextPage: false } });
  });

  it('filters certifications by issuer, skill domain and role, all filters together', async () => {
    const service = await startTestService();
    const Filtered = graphql(`
      query ErrorsFilteredCertifications($issuer: String, $skillDomain: String, $role: String) {
        certifications(issuer: $issuer, skillDomain: $skillDomain, role: $role) { nodes { slug } }
      }
    `);
    const slugs = async (filters: { issuer?: string; skillDomain?: string; role?: string }) => {
      const result = await service.query(Filtered, filters);
      expect(result.errors).toBeUndefined();
      return result.data!.certifications.nodes.map((n) => n.slug).sort();
    };
    expect(await slugs({ issuer: 'comptia' })).toEqual([
      'comptia-cloud-plus',
      'comptia-network-plus',
      'comptia-project-plus',
      'comptia-security-plus',
    ]);
    expect(await slugs({ skillDomain: 'security-management' })).toEqual(['cisa', 'cissp']);
    expect(await slugs({ role: 'it-operations-manager' })).toEqual(['cisa', 'cissp', 'comptia-project-plus', 'pmp']);
    expect(await slugs({ role: 'it-operations-specialist', issuer: 'comptia' })).toEqual([
      'comptia-cloud-plus',
      'comptia-network-plus',
      'comptia-security-plus',
    ]);
    expect(await slugs({ role: 'it-operations-generalist' })).toEqual([]);
  });

  it('masks unexpected failures, leaking nothing, and keeps serving', async () => {
    const { store } = await openTestGraph();
    let failNext = true;
    const flaky: Store = new Proxy(store, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver) as unknown;
        if (property === 'traverse') {
          return async (...args: Parameters<Store['traverse']>) => {
            if (failNext) {
              failNext = false;
              throw new Error('disk I/O error at /secret/path/knowledge-graph.sqlite');
            }
            return target.traverse(...args);
          };
        }
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const service = await startTestService({ store: flaky });
    const query = graphql(
      `query ErrorsManagerResponsibilities { role(slug: "it-operations-manager") { name responsibilities { totalCount } } }`,
    );
    const failed = await service.query(query);
    expect(failed.errors).toHaveLength(1);
    expect(failed.errors![0]!.message).toBe('Unexpected error.');
    expect(JSON.stringify(failed)).not.toContain('secret');
    const recovered = await service.query(query);
    expect(recovered.errors).toBeUndefined();
    expect(recovered.data!.role!.responsibilities.totalCount).toBe(10);
  });

  it('answers a syntax error and an unknown field with 400 and a GraphQL error, not a crash', async () => {
    const service = await startTestService();
    // Plain text on purpose: a syntax error and an unknown field are what is being sent.
    for (const query of ['{ roles { ', '{ wizards { name } }']) {
      const response = await service.yoga.fetch('http://kg.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query }),
      });
      expect(response.status).toBe(400);
      const body = (await response.json()) as { errors: { message: string }[] };
      expect(body.errors[0]!.message).toBeTruthy();
    }
  });
});
