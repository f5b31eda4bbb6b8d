/**
 * Sources are first-class, and every STATED quote stands in its source: `createSource` adds a
 * document with its text; a quote its source does not hold is refused by every mutation that takes
 * provenance, naming `input.provenance.quote` (or `.section`), and nothing is written; quotes stored
 * before the check existed are checked when the service starts, logged, and read as
 * `verified: false`. Through `yoga.fetch` and the built service, on the test store (SQLite, or
 * PostgreSQL with TEST_DATABASE_URL).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from './graphql/index.js';
import { createKey, expectTypename, graphqlClient, startTestService, type TestService } from './support/knowledge-graph.js';
import { startService } from './support/service-process.js';
import { openSharedTestGraph, TEST_STORE_DIALECT } from './support/test-store.js';

/** What a new user tried (issue 14): words the article never says. */
const INVENTED = 'ITIL 4 Foundation is the best certification for managers.';
/** An article sentence (in its introduction), with its whitespace changed. */
const INTRODUCTION_SENTENCE =
  'These functions are critical for implementing and supporting IT services\n   for both   internal and external customers.';
/** An article sentence in the section "IT operations in the ITIL framework". */
const ITIL_SENTENCE = "IT ops is a fundamental component of the IT department, so much so that it's one of four functions";

const CreateEntity = graphql(`
  mutation SourcesCreateEntity($input: CreateEntityInput!) {
    createEntity(input: $input) {
      __typename
      ... on EntityChange { entity { id slug version provenance { kind quote section verified source { slug } } } }
      ... on MutationError { message }
      ... on ValidationError { field }
    }
  }
`);

const UpdateEntity = graphql(`
  mutation SourcesUpdateEntity($input: UpdateEntityInput!) {
    updateEntity(input: $input) {
      __typename
      ... on EntityChange { entity { version provenance { kind quote section verified } } }
      ... on MutationError { message }
      ... on ValidationError { field }
    }
  }
`);

const Link = graphql(`
  mutation SourcesLink($input: LinkEntitiesInput!) {
    linkEntities(input: $input) {
      __typename
      ... on RelationshipChange { relationship { id provenance { kind quote section verified source { slug } } } }
      ... on MutationError { message }
      ... on ValidationError { field }
    }
  }
`);

const CreateSource = graphql(`
  mutation SourcesCreateSource($input: CreateSourceInput!) {
    createSource(input: $input) {
      __typename
      ... on SourceChange {
        source { id slug title text url publishedOn licence sections author provenance { kind rationale verified } }
        change { action actorLabel }
      }
      ... on MutationError { message }
      ... on ValidationError { field }
    }
  }
`);

const SourceBySlug = graphql(`
  query SourcesSource($slug: String) {
    source(slug: $slug) { id slug title text url publishedOn licence sections }
  }
`);

const RoleState = graphql(`
  query SourcesRoleState($slug: String!) {
    role(slug: $slug) {
      id
      version
      provenance { kind quote verified }
      skillDomains { nodes { slug } }
    }
  }
`);

const SkillDomainId = graphql(`query SourcesSkillDomain($slug: String!) { skillDomain(slug: $slug) { id } }`);

const ChangeCount = graphql(`query SourcesChangeCount { changes { totalCount } }`);

const RoleCount = graphql(`query SourcesRoleCount { roles(includeDeprecated: true) { totalCount } }`);

let service: TestService;
let editKey: string;
let readKey: string;
let articleId: string;
let managerId: string;
let domainId: string;

beforeEach(async () => {
  service = await startTestService();
  editKey = (await createKey(service.store, 'edit', 'source curator')).key;
  readKey = (await createKey(service.store, 'read', 'reader')).key;
  articleId = (await service.data(SourceBySlug, {})).source!.id;
  managerId = (await service.data(RoleState, { slug: 'it-operations-manager' })).role!.id;
  domainId = (await service.data(SkillDomainId, { slug: 'cloud-services' })).skillDomain!.id;
});

/** The graph's state a refused write must leave as it was: the audit log, the graph version, the roles. */
async function state() {
  return {
    changes: (await service.data(ChangeCount, {}, { key: editKey })).changes.totalCount,
    graphVersion: await service.store.graphVersion(),
    roles: (await service.data(RoleCount)).roles.totalCount,
  };
}

const stated = (quote: string, source = articleId, section?: string) => ({
  kind: 'STATED' as const,
  quote,
  source,
  ...(section === undefined ? {} : { section }),
});

const newRole = (slug: string, provenance: ReturnType<typeof stated> | { kind: 'CURATED'; rationale: string }) => ({
  kind: 'ROLE' as const,
  slug,
  name: `Test ${slug}`,
  description: 'A role made up for a test.',
  provenance,
});

describe('sources', () => {
  it('answers the seeded article with its full text, by default and by slug; url, date and licence unknown (null)', async () => {
    const byDefault = (await service.data(SourceBySlug, {})).source!;
    expect(byDefault.slug).toBe('it-operations-manager-vs-specialist');
    expect(byDefault.text).toContain(ITIL_SENTENCE);
    expect(byDefault).toMatchObject({ url: null, publishedOn: null, licence: null });
    expect((await service.data(SourceBySlug, { slug: 'it-operations-manager-vs-specialist' })).source).toEqual(byDefault);
    expect((await service.data(SourceBySlug, { slug: 'no-such-source' })).source).toBeNull();
  });

  it('reads seeded quotes as verified, curated ones as neither', async () => {
    const { role } = await service.data(RoleState, { slug: 'it-operations-manager' });
    expect(role!.provenance).toMatchObject({ kind: 'STATED', verified: true });
    await service.data(CreateEntity, { input: newRole('curated-role', { kind: 'CURATED', rationale: 'A test.' }) }, { key: editKey });
    expect((await service.data(RoleState, { slug: 'curated-role' })).role!.provenance).toMatchObject({ kind: 'CURATED', verified: null });
  });
});

describe('a STATED quote the source does not hold', () => {
  it('is refused by createEntity on input.provenance.quote, and nothing is written', async () => {
    const before = await state();
    const refused = await service.data(CreateEntity, { input: newRole('invented-role', stated(INVENTED)) }, { key: editKey });
    expect(refused.createEntity).toMatchObject({ __typename: 'ValidationError', field: 'input.provenance.quote' });
    expect(expectTypename(refused.createEntity, 'ValidationError').message).toMatch(/does not occur verbatim/);
    expect((await service.data(RoleState, { slug: 'invented-role' })).role).toBeNull();
    expect(await state()).toEqual(before);
  });

  it('is refused by updateEntity on input.provenance.quote, and nothing is written', async () => {
    const before = await state();
    const role = (await service.data(RoleState, { slug: 'it-operations-manager' })).role!;
    const refused = await service.data(
      UpdateEntity,
      { input: { id: managerId, expectedVersion: role.version, name: 'Renamed', provenance: stated(INVENTED) } },
      { key: editKey },
    );
    expect(refused.updateEntity).toMatchObject({ __typename: 'ValidationError', field: 'input.provenance.quote' });
    expect((await service.data(RoleState, { slug: 'it-operations-manager' })).role).toEqual(role);
    expect(await state()).toEqual(before);
  });

  it('is refused by linkEntities on input.provenance.quote, and nothing is written', async () => {
    const before = await state();
    const refused = await service.data(
      Link,
      { input: { relation: 'NEEDS_SKILL_DOMAIN', from: managerId, to: domainId, provenance: stated(INVENTED) } },
      { key: editKey },
    );
    expect(refused.linkEntities).toMatchObject({ __typename: 'ValidationError', field: 'input.provenance.quote' });
    const domains = (await service.data(RoleState, { slug: 'it-operations-manager' })).role!.skillDomains.nodes.map((d) => d.slug);
    expect(domains).not.toContain('cloud-services');
    expect(await state()).toEqual(before);
  });

  it('is refused by the store itself, whoever calls it (the check runs in the write transaction)', async () => {
    const before = await state();
    const provenance = {
      kind: 'STATED' as const,
      quote: INVENTED,
      section: null,
      rationale: null,
      sourceId: 'Source:it-operations-manager-vs-specialist',
    };
    const node = {
      id: 'Role:direct',
      kind: 'Role' as const,
      slug: 'direct',
      name: 'Direct',
      description: 'A test.',
      attributes: {},
      provenance,
    };
    expect(await service.store.applyChange({ action: 'CREATE_ENTITY', node }, { keyId: 'test', label: 'test' })).toMatchObject({
      ok: false,
      refusal: 'INVALID',
      field: 'provenance.quote',
    });
    expect(await state()).toEqual(before);
  });

  it('is refused on input.provenance.section when the words stand in another section, or the section does not exist', async () => {
    const before = await state();
    for (const section of ['The outlook for IT operations roles', 'Appendix Z']) {
      const refused = await service.data(
        Link,
        { input: { relation: 'NEEDS_SKILL_DOMAIN', from: managerId, to: domainId, provenance: stated(ITIL_SENTENCE, articleId, section) } },
        { key: editKey },
      );
      expect(refused.linkEntities, section).toMatchObject({ __typename: 'ValidationError', field: 'input.provenance.section' });
    }
    expect(await state()).toEqual(before);
  });
});

describe('a quote that stands in its source', () => {
  it('is accepted whatever its whitespace, stored with the section it stands in, and reads as verified', async () => {
    const made = await service.data(
      Link,
      { input: { relation: 'NEEDS_SKILL_DOMAIN', from: managerId, to: domainId, provenance: stated(INTRODUCTION_SENTENCE) } },
      { key: editKey },
    );
    const { relationship } = expectTypename(made.linkEntities, 'RelationshipChange');
    expect(relationship!.provenance).toMatchObject({
      kind: 'STATED',
      quote: INTRODUCTION_SENTENCE,
      section: 'Introduction',
      verified: true,
      source: { slug: 'it-operations-manager-vs-specialist' },
    });
    const created = await service.data(
      CreateEntity,
      { input: newRole('itil-quoted', stated(ITIL_SENTENCE, articleId, 'IT operations in the ITIL framework')) },
      { key: editKey },
    );
    expect(expectTypename(created.createEntity, 'EntityChange').entity.provenance).toMatchObject({
      section: 'IT operations in the ITIL framework',
      verified: true,
    });
  });
});

describe('createSource', () => {
  const text = ['A field guide to on-call', 'Rotations', 'On-call engineers rotate every week.', 'Handovers are written down.'].join('\n');
  const input = {
    slug: 'on-call-field-guide',
    title: 'A field guide to on-call',
    description: 'A short guide to on-call work, added for a test.',
    text,
    sections: ['Rotations'],
    author: 'A. Tester',
    url: 'https://example.org/on-call',
    publishedOn: '2025-03-14',
    licence: 'CC BY 4.0',
    rationale: 'A second source, so that quotes are checked against the source they cite.',
  };

  it('adds a source that quotes may then cite; a quote of the article attributed to it is refused', async () => {
    const created = await service.data(CreateSource, { input }, { key: editKey });
    const { source, change } = expectTypename(created.createSource, 'SourceChange');
    expect(source).toMatchObject({
      slug: 'on-call-field-guide',
      title: 'A field guide to on-call',
      text,
      url: 'https://example.org/on-call',
      publishedOn: '2025-03-14',
      licence: 'CC BY 4.0',
      sections: ['Rotations'],
      author: 'A. Tester',
      provenance: { kind: 'CURATED', rationale: input.rationale, verified: null },
    });
    expect(change).toEqual({ action: 'CREATE_ENTITY', actorLabel: 'source curator' });
    expect((await service.data(SourceBySlug, { slug: 'on-call-field-guide' })).source).toMatchObject({ text, licence: 'CC BY 4.0' });

    const linked = await service.data(
      Link,
      {
        input: {
          relation: 'NEEDS_SKILL_DOMAIN',
          from: managerId,
          to: domainId,
          provenance: stated('On-call engineers  rotate every week.', source.id),
        },
      },
      { key: editKey },
    );
    expect(expectTypename(linked.linkEntities, 'RelationshipChange').relationship!.provenance).toMatchObject({
      section: 'Rotations',
      verified: true,
      source: { slug: 'on-call-field-guide' },
    });

    const before = await state();
    const misattributed = await service.data(
      CreateEntity,
      { input: newRole('misattributed', stated(ITIL_SENTENCE, source.id)) },
      { key: editKey },
    );
    expect(misattributed.createEntity).toMatchObject({ __typename: 'ValidationError', field: 'input.provenance.quote' });
    expect(await state()).toEqual(before);
  });

  it.each([
    ['a URL that is not http(s)', { url: 'ftp://example.org/x' }, 'input.url'],
    ['a date that is not ISO 8601', { publishedOn: '14 March 2025' }, 'input.publishedOn'],
    ['blank text', { text: '   ' }, 'input.text'],
    ['a heading that is not a line of the text', { sections: ['Rotations', 'Escalation'] }, 'input.sections.1'],
    ['a slug that is not kebab-case', { slug: 'On Call' }, 'input.slug'],
  ] as [string, Partial<typeof input>, string][])(
    'refuses %s as a ValidationError naming the field, writing nothing',
    async (_label, change, field) => {
      const before = await state();
      const refused = await service.data(CreateSource, { input: { ...input, ...change } }, { key: editKey });
      expect(refused.createSource).toMatchObject({ __typename: 'ValidationError', field });
      expect((await service.data(SourceBySlug, { slug: change.slug ?? input.slug })).source).toBeNull();
      expect(await state()).toEqual(before);
    },
  );

  it('needs the text (a GraphQL validation error without it)', async () => {
    const { text: _left, ...withoutText } = input;
    const response = await service.post(CreateSource, { input: withoutText as typeof input }, { key: editKey });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(
      /Field "text" of required type "String!" was not provided/,
    );
    expect((await service.data(SourceBySlug, { slug: input.slug })).source).toBeNull();
  });

  it('refuses a read key (and no key) as ForbiddenError', async () => {
    for (const key of [readKey, undefined]) {
      const refused = await service.data(CreateSource, { input }, { key });
      expect(refused.createSource.__typename).toBe('ForbiddenError');
    }
    expect((await service.data(SourceBySlug, { slug: input.slug })).source).toBeNull();
  });

  it('is the only way to add a source: createEntity refuses the kind', async () => {
    const refused = await service.data(
      CreateEntity,
      { input: { ...newRole('a-source', { kind: 'CURATED', rationale: 'A test.' }), kind: 'SOURCE' } },
      { key: editKey },
    );
    expect(refused.createEntity).toMatchObject({ __typename: 'ValidationError', field: 'input.kind' });
  });
});

describe('revertChange', () => {
  const Unlink = graphql(`
    mutation SourcesUnlink($input: UnlinkEntitiesInput!) {
      unlinkEntities(input: $input) { __typename ... on RelationshipChange { change { id } } ... on MutationError { message } }
    }
  `);
  const Revert = graphql(`
    mutation SourcesRevert($id: ID!) {
      revertChange(id: $id) { __typename ... on Change { action } ... on MutationError { message } ... on ValidationError { field } }
    }
  `);

  it('refuses to put back a relationship whose quote its source no longer holds', async () => {
    const adminKey = (await createKey(service.store, 'admin', 'admin')).key;
    const guide = { slug: 'rota-notes', title: 'Rota notes', description: 'Notes for a test.', rationale: 'A test source.' };
    const made = await service.data(CreateSource, { input: { ...guide, text: 'On-call engineers rotate every week.' } }, { key: editKey });
    const source = expectTypename(made.createSource, 'SourceChange').source;
    const linked = await service.data(
      Link,
      {
        input: {
          relation: 'NEEDS_SKILL_DOMAIN',
          from: managerId,
          to: domainId,
          provenance: stated('On-call engineers rotate every week.', source.id),
        },
      },
      { key: editKey },
    );
    const relationship = expectTypename(linked.linkEntities, 'RelationshipChange').relationship!;
    const unlinked = await service.data(Unlink, { input: { id: relationship.id, expectedVersion: 1 } }, { key: editKey });
    const unlink = expectTypename(unlinked.unlinkEntities, 'RelationshipChange').change;
    // The source's text changes (an import may: no stored quote stands in it any more).
    const stored = (await service.store.exportGraph()).nodes.find((node) => node.id === 'Source:rota-notes')!;
    const rewritten = { ...stored, attributes: { ...stored.attributes, text: 'On-call engineers rotate every month.' } };
    await service.store.importGraph({ format: 'it-ops-knowledge-graph/1', nodes: [rewritten], edges: [] }, { dryRun: false });

    const before = await state();
    const refused = await service.data(Revert, { id: unlink.id }, { key: adminKey });
    expect(refused.revertChange).toMatchObject({
      __typename: 'ValidationError',
      message: expect.stringMatching(/cannot be reverted: The quote/),
    });
    const domains = (await service.data(RoleState, { slug: 'it-operations-manager' })).role!.skillDomains.nodes.map((d) => d.slug);
    expect(domains).not.toContain('cloud-services');
    expect(await state()).toEqual(before);
  });
});

describe('at start-up', () => {
  const directory = mkdtempSync(join(tmpdir(), 'kg-quotes-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  /** Runs one statement on the database, bypassing the service (as a quote stored before the check would be). */
  async function rawSql(databaseUrl: string, statement: string, parameters: unknown[]): Promise<void> {
    if (TEST_STORE_DIALECT === 'postgres') {
      const url = new URL(databaseUrl);
      url.searchParams.delete('pool_size');
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      try {
        await client.query(
          statement.replace(/\?/g, (_, offset: number) => `$${statement.slice(0, offset).split('?').length}`),
          parameters,
        );
      } finally {
        await client.end();
      }
      return;
    }
    const database = new Database(databaseUrl.slice('sqlite:'.length));
    try {
      database.prepare(statement).run(...parameters);
    } finally {
      database.close();
    }
  }

  it('logs every stored quote its source does not hold and reads it as verified: false; good ones as true', async () => {
    const { store, databaseUrl } = await openSharedTestGraph(join(directory, 'graph.sqlite'));
    const actor = { keyId: 'test', label: 'test' };
    const article = 'Source:it-operations-manager-vs-specialist';
    const provenance = { kind: 'STATED' as const, quote: ITIL_SENTENCE, section: null, rationale: null, sourceId: article };
    const node = (slug: string) => ({
      id: `Role:${slug}`,
      kind: 'Role' as const,
      slug,
      name: `Test ${slug}`,
      description: 'A role made up for a test.',
      attributes: {},
      provenance,
    });
    for (const slug of ['quoted-well', 'quoted-badly'])
      expect(await store.applyChange({ action: 'CREATE_ENTITY', node: node(slug) }, actor)).toMatchObject({ ok: true });
    const edge = {
      id: 'LEADS:Role:quoted-badly->Role:quoted-well',
      relation: 'LEADS' as const,
      fromId: 'Role:quoted-badly',
      toId: 'Role:quoted-well',
      position: 0,
      statement: null,
      qualifier: null,
      provenance,
    };
    expect(await store.applyChange({ action: 'LINK', edge }, actor)).toMatchObject({ ok: true });
    await store.close();
    // Written behind the service's back: the invented quote, and a real quote in a section it is not in.
    await rawSql(databaseUrl, 'update nodes set quote = ? where id = ?', [INVENTED, 'Role:quoted-badly']);
    await rawSql(databaseUrl, 'update edges set section = ? where id = ?', ['The outlook for IT operations roles', edge.id]);

    const service = startService({ DATABASE_URL: databaseUrl });
    try {
      const client = graphqlClient(await service.url());
      const warnings = service.logLines().filter((line) => line['msg'] === 'stored quote not verified');
      expect(warnings).toEqual([
        expect.objectContaining({
          level: 40,
          node: 'Role:quoted-badly',
          field: 'provenance.quote',
          reason: expect.stringContaining(INVENTED),
        }),
        expect.objectContaining({ level: 40, edge: edge.id, field: 'provenance.section' }),
      ]);
      const Verified = graphql(`
        query SourcesVerified {
          bad: role(slug: "quoted-badly") { provenance { verified } leads { edges { provenance { verified } } } }
          good: role(slug: "quoted-well") { provenance { verified } }
          manager: role(slug: "it-operations-manager") { provenance { verified } }
        }
      `);
      expect(await client.data(Verified)).toEqual({
        bad: { provenance: { verified: false }, leads: { edges: [{ provenance: { verified: false } }] } },
        good: { provenance: { verified: true } },
        manager: { provenance: { verified: true } },
      });
    } finally {
      service.child.kill('SIGTERM');
      await service.exit;
    }
  });
});
