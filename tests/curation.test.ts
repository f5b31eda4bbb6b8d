/** Curation through the API: only those allowed, every change versioned, typed and recorded, nothing lost. */
import { beforeEach, describe, expect, it } from 'vitest';
import { parseApiKey, type Scope } from '../src/data/curation.js';
import { graphql } from './graphql/index.js';
import { untilGraphChanged } from './support/event-stream.js';
import { countingStore, createKey, expectTypename, type Operation, startTestService, type TestService } from './support/knowledge-graph.js';

let service: TestService;
const keys: Partial<Record<Scope, string>> = {};

beforeEach(async () => {
  service = await startTestService();
  for (const scope of ['read', 'edit', 'admin'] as const) keys[scope] = (await createKey(service.store, scope, `${scope} curator`)).key;
});

const CreateEntity = graphql(`
  mutation CreateEntity($input: CreateEntityInput!) {
    createEntity(input: $input) {
      __typename
      ... on EntityChange { entity { id kind slug name version provenance { kind rationale } } change { id action actorLabel before after } }
      ... on MutationError { message }
      ... on ValidationError { field }
    }
  }
`);

const UpdateEntity = graphql(`
  mutation UpdateEntity($input: UpdateEntityInput!) {
    updateEntity(input: $input) {
      __typename
      ... on EntityChange { entity { name version } change { action before after } }
      ... on MutationError { message }
      ... on ConflictError { currentVersion }
    }
  }
`);

const DeprecateEntity = graphql(`
  mutation DeprecateEntity($input: DeprecateEntityInput!) {
    deprecateEntity(input: $input) {
      __typename
      ... on EntityChange { entity { deprecated deprecatedAt version replacedBy { slug } } }
      ... on MutationError { message }
    }
  }
`);

const Changes = graphql(`
  query Changes($entity: ID) {
    changes(entity: $entity) { totalCount nodes { action actorLabel subjectId } }
  }
`);

const sre = {
  kind: 'ROLE' as const,
  slug: 'site-reliability-engineer',
  name: 'Site reliability engineer',
  description: 'Keeps services reliable by applying software engineering to operations.',
  alternativeLabels: ['SRE'],
  provenance: { kind: 'CURATED' as const, rationale: 'A role organisations add next to IT operations; not in the article.' },
};

/** Sends an operation with the API key of `scope` (or none). */
const as = <Data, Variables>(scope: Scope | null, operation: Operation<Data, Variables>, variables?: Variables) =>
  service.query(operation, variables, { key: scope ? keys[scope] : undefined });

const RoleCount = graphql(`query CurationRoleCount { roles(includeDeprecated: true) { totalCount } }`);
const roleCount = async () => (await service.data(RoleCount)).roles.totalCount;

const RoleBySlug = graphql(`
  query CurationRole($slug: String!) { role(slug: $slug) { id name version deprecated } }
`);
const RoleSlugs = graphql(`
  query CurationRoleSlugs($includeDeprecated: Boolean) { roles(includeDeprecated: $includeDeprecated) { totalCount nodes { slug } } }
`);

describe('authorisation', () => {
  it.each([
    ['no key', null],
    ['a read key', 'read'],
  ] as const)('refuses a mutation with %s as ForbiddenError, writing nothing', async (_label, scope) => {
    const before = await roleCount();
    const result = await as(scope, CreateEntity, { input: sre });
    expect(result.data!.createEntity).toMatchObject({ __typename: 'ForbiddenError' });
    expect(await roleCount()).toBe(before);
  });

  it('refuses a wrong or revoked key like no key', async () => {
    const wrong = await service.query(CreateEntity, { input: sre }, { key: `${keys.edit!.slice(0, -3)}xyz` });
    expect(wrong.data!.createEntity.__typename).toBe('ForbiddenError');
    const id = keys.edit!.split('_')[1]!;
    expect(await service.store.revokeApiKey(id)).toBe(true);
    expect((await as('edit', CreateEntity, { input: sre })).data!.createEntity.__typename).toBe('ForbiddenError');
  });

  it('keeps reads open by default, and can require a read key', async () => {
    const Roles = graphql(`query CurationRoles { roles { totalCount } }`);
    expect((await as(null, Roles)).data).toEqual({ roles: { totalCount: 3 } });
    const closed = await startTestService({ store: service.store, readRequiresKey: true });
    const anonymous = await closed.query(Roles);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await closed.query(Roles, {}, { key: keys.read })).toEqual({ data: { roles: { totalCount: 3 } } });
  });
});

describe('API keys through the API', () => {
  it('lets admins create a key that works at once and revoke it; refuses editors', async () => {
    const create = graphql(`
      mutation CurationCreateKey($label: String!) {
        createApiKey(label: $label, scope: EDIT) { __typename ... on NewApiKey { key apiKey { id scope } } }
      }
    `);
    const byEditor = await as('edit', create, { label: 'x' });
    expect(byEditor.data!.createApiKey.__typename).toBe('ForbiddenError');
    const made = (await as('admin', create, { label: 'portal' })).data!.createApiKey;
    if (made.__typename !== 'NewApiKey') throw new Error(`no key made: ${JSON.stringify(made)}`);
    const { key, apiKey } = made;
    expect(apiKey.scope).toBe('EDIT');
    const useKey = async () => (await service.query(CreateEntity, { input: { ...sre, slug: `sre-${Date.now()}` } }, { key })).data!;
    expect((await useKey()).createEntity.__typename).toBe('EntityChange');
    const revoked = await as(
      'admin',
      graphql(`mutation CurationRevokeKey($id: String!) { revokeApiKey(id: $id) { __typename ... on ApiKey { revokedAt } } }`),
      { id: apiKey.id },
    );
    const revocation = revoked.data!.revokeApiKey;
    expect(revocation.__typename === 'ApiKey' && revocation.revokedAt).toBeTruthy();
    expect((await useKey()).createEntity.__typename).toBe('ForbiddenError');
    const listed = await as('admin', graphql(`query CurationApiKeys { apiKeys { id label scope revokedAt } }`));
    expect(listed.data!.apiKeys.map((k) => k.id)).toContain(apiKey.id);
    // The secret is everything after `kg_<id>_` (it may itself contain `_`).
    expect(JSON.stringify(listed)).not.toContain(parseApiKey(key)!.secret);
  });
});

describe('creating, updating and deprecating', () => {
  it('creates an entity, versioned and recorded with who made it', async () => {
    const result = await as('edit', CreateEntity, { input: sre });
    const created = result.data!.createEntity;
    expect(created).toMatchObject({
      __typename: 'EntityChange',
      entity: { kind: 'ROLE', slug: 'site-reliability-engineer', version: 1, provenance: { kind: 'CURATED' } },
      change: { action: 'CREATE_ENTITY', actorLabel: 'edit curator', before: null },
    });
    const lookup = await service.query(RoleBySlug, { slug: 'site-reliability-engineer' });
    expect(lookup.data!.role!.name).toBe('Site reliability engineer');
    expect(await roleCount()).toBe(4);
  });

  it.each([
    [{ slug: 'Not A Slug' }, 'input.slug'],
    [{ name: '   ' }, 'input.name'],
    [{ provenance: { kind: 'STATED', quote: 'Site reliability engineers exist.' } }, 'input.provenance.source'],
    [{ provenance: { kind: 'CURATED' } }, 'input.provenance.rationale'],
  ])('refuses invalid input %o as ValidationError, writing nothing', async (change, field) => {
    const before = await roleCount();
    const result = await as('edit', CreateEntity, { input: { ...sre, ...change } as typeof sre });
    expect(result.data!.createEntity).toMatchObject({ __typename: 'ValidationError', field });
    expect(await roleCount()).toBe(before);
  });

  it('refuses a slug another entity of the kind holds as ConflictError (as when two curators create it at once)', async () => {
    const before = await roleCount();
    const result = await as('edit', CreateEntity, { input: { ...sre, slug: 'it-operations-manager' } });
    expect(result.data!.createEntity).toMatchObject({
      __typename: 'ConflictError',
      message: 'A Role with the slug "it-operations-manager" exists already',
    });
    expect(await roleCount()).toBe(before);
  });

  it('updates with the expected version, and refuses a stale one with the current version', async () => {
    const created = await as('edit', CreateEntity, { input: sre });
    const id = expectTypename(created.data!.createEntity, 'EntityChange').entity.id;
    const first = await as('edit', UpdateEntity, { input: { id, expectedVersion: 1, name: 'Site reliability engineer (SRE)' } });
    expect(first.data!.updateEntity).toMatchObject({
      __typename: 'EntityChange',
      entity: { name: 'Site reliability engineer (SRE)', version: 2 },
    });
    const stale = await as('edit', UpdateEntity, { input: { id, expectedVersion: 1, name: 'Lost update' } });
    expect(stale.data!.updateEntity).toMatchObject({ __typename: 'ConflictError', currentVersion: 2 });
    const now = await service.query(RoleBySlug, { slug: 'site-reliability-engineer' });
    expect(now.data!.role).toMatchObject({ name: 'Site reliability engineer (SRE)', version: 2 });
    const missing = await as('edit', UpdateEntity, {
      input: { id: Buffer.from('Role:nobody').toString('base64'), expectedVersion: 1, name: 'x' },
    });
    expect(missing.data!.updateEntity.__typename).toBe('NotFoundError');
  });

  it('deprecates with a replacement: still resolvable and marked, left out of lists and search unless asked', async () => {
    const manager = await service.query(RoleBySlug, { slug: 'it-operations-manager' });
    const created = await as('edit', CreateEntity, { input: { ...sre, slug: 'it-operations-lead', name: 'IT operations lead' } });
    const lead = expectTypename(created.data!.createEntity, 'EntityChange').entity.id;
    const result = await as('edit', DeprecateEntity, {
      input: { id: manager.data!.role!.id, expectedVersion: manager.data!.role!.version, replacedBy: lead },
    });
    expect(result.data!.deprecateEntity).toMatchObject({
      __typename: 'EntityChange',
      entity: { deprecated: true, replacedBy: { slug: 'it-operations-lead' } },
    });
    const still = await service.query(RoleBySlug, { slug: 'it-operations-manager' });
    expect(still.data!.role!.deprecated).toBe(true);
    const listed = await service.query(RoleSlugs, {});
    expect(listed.data!.roles.nodes.map((r) => r.slug)).not.toContain('it-operations-manager');
    const all = await service.query(RoleSlugs, { includeDeprecated: true });
    expect(all.data!.roles.nodes.map((r) => r.slug)).toContain('it-operations-manager');
    const leaders = await service.query(
      graphql(`
        query CurationSpecialistLeaders {
          role(slug: "it-operations-specialist") { ledBy { nodes { slug } } all: ledBy(includeDeprecated: true) { nodes { slug } } }
        }
      `),
    );
    expect(leaders.data!.role!.ledBy.nodes).toEqual([]);
    expect(leaders.data!.role!.all.nodes).toEqual([{ slug: 'it-operations-manager' }]);
    const found = await service.query(
      graphql(`query CurationSearchRoles($query: String!) { search(query: $query, kinds: [ROLE]) { nodes { slug } } }`),
      { query: 'IT operations manager' },
    );
    expect(found.data!.search.nodes.map((n) => n.slug)).not.toContain('it-operations-manager');
  });
});

describe('audit log', () => {
  it('records every change, newest first, for those with the edit scope', async () => {
    const created = await as('edit', CreateEntity, { input: sre });
    const id = expectTypename(created.data!.createEntity, 'EntityChange').entity.id;
    await as('admin', UpdateEntity, { input: { id, expectedVersion: 1, description: 'Edited by an admin.' } });
    const log = await as('edit', Changes, { entity: id });
    expect(log.data!.changes).toMatchObject({
      totalCount: 2,
      nodes: [
        { action: 'UPDATE_ENTITY', actorLabel: 'admin curator', subjectId: 'Role:site-reliability-engineer' },
        { action: 'CREATE_ENTITY', actorLabel: 'edit curator' },
      ],
    });
    const anonymous = await as(null, Changes, {});
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

const Link = graphql(`
  mutation Link($input: LinkEntitiesInput!) {
    linkEntities(input: $input) {
      __typename
      ... on RelationshipChange { relationship { id version relation from { slug } to { slug } provenance { kind rationale } } change { id } }
      ... on MutationError { message }
    }
  }
`);

const Unlink = graphql(`
  mutation Unlink($input: UnlinkEntitiesInput!) {
    unlinkEntities(input: $input) {
      __typename
      ... on RelationshipChange { relationship { id } change { id action } }
      ... on MutationError { message }
    }
  }
`);

const ChangeIds = graphql(`
  query ChangeIds($entity: ID) { changes(entity: $entity) { nodes { id action } } }
`);

const Revert = graphql(`
  mutation Revert($id: ID!) {
    revertChange(id: $id) {
      __typename
      ... on Change { id action subjectId }
      ... on MutationError { message }
    }
  }
`);

const LinkEnds = graphql(`
  query CurationLinkEnds {
    skillDomain(slug: "service-management") { id certifications { totalCount } }
    certification(slug: "pmp") { id }
  }
`);

/** Service management and PMP, which the article does not link: the ends of the relationships these tests make. */
async function linkEnds() {
  const { skillDomain, certification } = await service.data(LinkEnds);
  return { domain: skillDomain!.id, cert: certification!.id, linked: skillDomain!.certifications.totalCount };
}

describe('relationships', () => {
  it('links with provenance, unlinks, and the graph answers accordingly', async () => {
    const { domain, cert } = await linkEnds();
    const curated = { kind: 'CURATED' as const, rationale: 'ITIL 4 Foundation would fit better; PMP is a placeholder for the test.' };
    const linked = await as('edit', Link, { input: { relation: 'COVERED_BY_CERTIFICATION', from: domain, to: cert, provenance: curated } });
    const relationship = expectTypename(linked.data!.linkEntities, 'RelationshipChange').relationship!;
    expect(linked.data!.linkEntities).toMatchObject({
      __typename: 'RelationshipChange',
      relationship: {
        relation: 'COVERED_BY_CERTIFICATION',
        from: { slug: 'service-management' },
        to: { slug: 'pmp' },
        provenance: { kind: 'CURATED' },
      },
    });
    const count = async () => (await linkEnds()).linked;
    expect(await count()).toBe(1);
    const again = await as('edit', Link, { input: { relation: 'COVERED_BY_CERTIFICATION', from: domain, to: cert, provenance: curated } });
    expect(again.data!.linkEntities.__typename).toBe('ConflictError');
    const wrongKinds = await as('edit', Link, { input: { relation: 'ISSUED_BY', from: domain, to: cert, provenance: curated } });
    expect(wrongKinds.data!.linkEntities).toMatchObject({
      __typename: 'ValidationError',
      message: 'ISSUED_BY links a Certification to a Issuer',
    });
    const stale = await as('edit', Unlink, { input: { id: relationship.id, expectedVersion: relationship.version + 1 } });
    expect(stale.data!.unlinkEntities.__typename).toBe('ConflictError');
    const unlinked = await as('edit', Unlink, { input: { id: relationship.id, expectedVersion: relationship.version } });
    expect(unlinked.data!.unlinkEntities).toMatchObject({
      __typename: 'RelationshipChange',
      relationship: null,
      change: { action: 'UNLINK' },
    });
    expect(await count()).toBe(0);
  });

  it('reverts an update for admins, refuses editors, and refuses a revert whose subject has moved on', async () => {
    const created = await as('edit', CreateEntity, { input: sre });
    const id = expectTypename(created.data!.createEntity, 'EntityChange').entity.id;
    const updated = await as('edit', UpdateEntity, { input: { id, expectedVersion: 1, name: 'Renamed' } });
    expect(updated.data!.updateEntity.__typename).toBe('EntityChange');
    const log = await as('edit', ChangeIds, { entity: id });
    const updateId = log.data!.changes.nodes.find((c) => c.action === 'UPDATE_ENTITY')!.id;
    const byEditor = await as('edit', Revert, { id: updateId });
    expect(byEditor.data!.revertChange.__typename).toBe('ForbiddenError');
    const reverted = await as('admin', Revert, { id: updateId });
    expect(reverted.data!.revertChange).toMatchObject({
      __typename: 'Change',
      action: 'REVERT',
      subjectId: 'Role:site-reliability-engineer',
    });
    const now = await service.query(RoleBySlug, { slug: 'site-reliability-engineer' });
    expect(now.data!.role).toMatchObject({ name: 'Site reliability engineer', version: 3 });
    const twice = await as('admin', Revert, { id: updateId });
    expect(twice.data!.revertChange.__typename).toBe('ConflictError');
  });
});

describe('change feed', () => {
  it('streams each change to graphChanged subscribers over server-sent events', async () => {
    const controller = new AbortController();
    const response = await service.yoga.fetch('http://kg.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: 'subscription { graphChanged { action subjectId actorLabel } }' }),
      signal: controller.signal,
    });
    expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
    const received = untilGraphChanged(response);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await as('edit', CreateEntity, { input: sre });
    const text = await received;
    controller.abort();
    expect(text).toContain('"action":"CREATE_ENTITY"');
    expect(text).toContain('"subjectId":"Role:site-reliability-engineer"');
    expect(text).toContain('"actorLabel":"edit curator"');
  });
});

describe('response cache', () => {
  const Watched = graphql(`
    query CurationWatched {
      roles(includeDeprecated: true) { totalCount nodes { name version deprecated } }
      skillDomain(slug: "service-management") { certifications { totalCount } }
    }
  `);
  const watch = async () => {
    const { roles, skillDomain } = await service.data(Watched);
    return { roles, skillDomain: skillDomain! };
  };

  it('serves repeated reads from the cache, and never a stale answer after any kind of change', async () => {
    const counted = countingStore(service.store);
    service = await startTestService({ store: counted.store });
    await watch();
    counted.reset();
    await watch();
    expect(counted.log).toEqual(['graphVersion']); // a hit: no resolver touched the store

    const created = await as('edit', CreateEntity, { input: sre });
    expect((await watch()).roles.totalCount).toBe(4);
    const id = expectTypename(created.data!.createEntity, 'EntityChange').entity.id;

    await as('edit', UpdateEntity, { input: { id, expectedVersion: 1, name: 'SRE' } });
    expect((await watch()).roles.nodes.find((r) => r.version === 2)?.name).toBe('SRE');

    await as('edit', DeprecateEntity, { input: { id, expectedVersion: 2 } });
    expect((await watch()).roles.nodes.find((r) => r.name === 'SRE')?.deprecated).toBe(true);

    const curated = { kind: 'CURATED' as const, rationale: 'Test link.' };
    const linked = await as('edit', Link, {
      input: {
        relation: 'COVERED_BY_CERTIFICATION',
        from: (await linkEnds()).domain,
        to: (await linkEnds()).cert,
        provenance: curated,
      },
    });
    expect((await watch()).skillDomain.certifications.totalCount).toBe(1);

    const relationship = expectTypename(linked.data!.linkEntities, 'RelationshipChange').relationship!;
    const unlinked = await as('edit', Unlink, { input: { id: relationship.id, expectedVersion: relationship.version } });
    expect((await watch()).skillDomain.certifications.totalCount).toBe(0);

    await as('admin', Revert, { id: expectTypename(unlinked.data!.unlinkEntities, 'RelationshipChange').change.id });
    expect((await watch()).skillDomain.certifications.totalCount).toBe(1);

    // A change made around this server (another replica, the CLI) on the same store.
    const elsewhere = await service.store.applyChange(
      { action: 'UPDATE_ENTITY', id: 'Role:site-reliability-engineer', expectedVersion: 3, patch: { name: 'Changed elsewhere' } },
      { keyId: 'other', label: 'other process' },
    );
    expect(elsewhere.ok).toBe(true);
    expect((await watch()).roles.nodes.map((r) => r.name)).toContain('Changed elsewhere');
  });
});
