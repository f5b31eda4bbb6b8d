/**
 * The model's rules hold for every curation change: a replacement is never deprecated itself (so
 * `replacedBy` never loops), a role never leads itself, and undoing is symmetrical — a revert can
 * itself be reverted (reapplying what the original change made), under the same version and model
 * checks as any change.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { graphql } from './graphql/index.js';
import { createKey, startTestService, type TestService } from './support/knowledge-graph.js';

let service: TestService;
let key: string;

beforeEach(async () => {
  service = await startTestService();
  ({ key } = await createKey(service.store, 'admin', 'admin curator'));
});

/** A mutation's answer: its union member, the refusal's message, and the change's id where there is one. */
type Result = { __typename?: string; message?: string; id?: string };

/** Sends an operation with the admin's key and returns its data (throws on any error). */
const send: TestService['data'] = (operation, variables) => service.data(operation, variables, { key });

const RoleBySlug = graphql(`
  query RulesRole($slug: String!) { role(slug: $slug) { id name version deprecated replacedBy { slug } } }
`);
type Role = NonNullable<Awaited<ReturnType<typeof role>>>;
const role = async (slug: string) => (await send(RoleBySlug, { slug })).role;

async function createRole(slug: string): Promise<Role> {
  const created = await send(
    graphql(`
      mutation RulesCreate($input: CreateEntityInput!) { createEntity(input: $input) { __typename ... on MutationError { message } } }
    `),
    {
      input: { kind: 'ROLE', slug, name: `Role ${slug}`, description: 'A test role.', provenance: { kind: 'CURATED', rationale: 'Test.' } },
    },
  );
  expect(created.createEntity.__typename).toBe('EntityChange');
  return (await role(slug))!;
}

async function deprecate(subject: Role, replacement: Role | null): Promise<Result> {
  const { node: current } = await send(graphql(`query RulesVersion($id: ID!) { node(id: $id) { ... on Entity { version } } }`), {
    id: subject.id,
  });
  if (!current || !('version' in current)) throw new Error(`not an entity: ${subject.id}`);
  const answer = (
    await send(
      graphql(`
        mutation RulesDeprecate($input: DeprecateEntityInput!) {
          deprecateEntity(input: $input) { __typename ... on EntityChange { change { id } } ... on MutationError { message } }
        }
      `),
      {
        input: {
          id: subject.id,
          expectedVersion: current.version,
          ...(replacement ? { replacedBy: replacement.id } : {}),
        },
      },
    )
  ).deprecateEntity;
  return answer.__typename === 'EntityChange' ? { __typename: answer.__typename, id: answer.change.id } : answer;
}

async function revert(changeId: string): Promise<Result> {
  return (
    await send(
      graphql(
        `mutation RulesRevert($id: ID!) { revertChange(id: $id) { __typename ... on Change { id } ... on MutationError { message } } }`,
      ),
      { id: changeId },
    )
  ).revertChange;
}

describe('deprecation', () => {
  it('refuses a replacement loop (A by B, then B by A), naming the problem', async () => {
    const [a, b] = [await createRole('role-a'), await createRole('role-b')];
    expect((await deprecate(a, b)).__typename).toBe('EntityChange');
    const loop = await deprecate(b, a);
    expect(loop).toMatchObject({ __typename: 'ValidationError' });
    expect(loop.message).toMatch(/Role:role-a is deprecated itself.*would loop/);
    expect(await role('role-b')).toMatchObject({ deprecated: false, replacedBy: null });
  });

  it('refuses a deprecated replacement, and names the replacement to give instead', async () => {
    const [a, b, c] = [await createRole('role-a'), await createRole('role-b'), await createRole('role-c')];
    expect((await deprecate(a, b)).__typename).toBe('EntityChange');
    const refused = await deprecate(c, a);
    expect(refused).toMatchObject({
      __typename: 'ValidationError',
      message: 'The replacement Role:role-a is deprecated itself (replaced by Role:role-b): name Role:role-b instead',
    });
    expect(await role('role-c')).toMatchObject({ deprecated: false });
    // A chain grows only at its live end: deprecating B in favour of C is fine.
    expect((await deprecate(b, c)).__typename).toBe('EntityChange');
  });
});

describe('relationships', () => {
  it('refuses a role leading itself', async () => {
    const manager = (await role('it-operations-manager'))!;
    const answer = await send(
      graphql(
        `mutation RulesLink($input: LinkEntitiesInput!) { linkEntities(input: $input) { __typename ... on MutationError { message } } }`,
      ),
      { input: { relation: 'LEADS', from: manager.id, to: manager.id, provenance: { kind: 'CURATED', rationale: 'Self.' } } },
    );
    expect(answer.linkEntities).toEqual({ __typename: 'ValidationError', message: 'A LEADS relationship cannot link an entity to itself' });
  });
});

describe('reverting a revert', () => {
  it('reapplies the original update, and can go back and forth, each step versioned and recorded', async () => {
    const a = await createRole('role-a');
    const updated = (
      await send(
        graphql(
          `mutation RulesUpdate($input: UpdateEntityInput!) { updateEntity(input: $input) { __typename ... on EntityChange { change { id } } } }`,
        ),
        { input: { id: a.id, expectedVersion: 1, name: 'Renamed' } },
      )
    ).updateEntity;
    if (updated.__typename !== 'EntityChange') throw new Error(`not updated: ${JSON.stringify(updated)}`);
    const first = await revert(updated.change.id);
    expect(first.__typename).toBe('Change');
    expect(await role('role-a')).toMatchObject({ name: 'Role role-a', version: 3 });
    // The original cannot be reverted again (its subject moved on); the message says what can be.
    const stale = await revert(updated.change.id);
    expect(stale).toMatchObject({
      __typename: 'ConflictError',
      message: `Change ${updated.change.id} cannot be reverted: its subject has changed since (last by change ${first.id}: revert that one instead)`,
    });
    const second = await revert(first.id!);
    expect(second.__typename).toBe('Change');
    expect(await role('role-a')).toMatchObject({ name: 'Renamed', version: 4 });
    const third = await revert(second.id!);
    expect(third.__typename).toBe('Change');
    expect(await role('role-a')).toMatchObject({ name: 'Role role-a', version: 5 });
    expect((await revert(first.id!)).__typename).toBe('ConflictError');
  });

  it('removes again a relationship whose removal was reverted, and re-creates an entity whose creation was', async () => {
    const manager = (await role('it-operations-manager'))!;
    const leads = await send(
      graphql(`query RulesManagerLeads { role(slug: "it-operations-manager") { leads { edges { evidence { id version } } } } }`),
    );
    const edge = leads.role!.leads.edges[0]!.evidence[0]!;
    const unlinked = (
      await send(
        graphql(`
          mutation RulesUnlink($input: UnlinkEntitiesInput!) {
            unlinkEntities(input: $input) { __typename ... on RelationshipChange { change { id } } }
          }
        `),
        { input: { id: edge.id, expectedVersion: edge.version } },
      )
    ).unlinkEntities;
    if (unlinked.__typename !== 'RelationshipChange') throw new Error(`not unlinked: ${JSON.stringify(unlinked)}`);
    const ledCount = async () => {
      const { node } = await send(graphql(`query RulesLedCount($id: ID!) { node(id: $id) { ... on Role { leads { totalCount } } } }`), {
        id: manager.id,
      });
      if (!node || !('leads' in node)) throw new Error(`not a role: ${JSON.stringify(node)}`);
      return node.leads.totalCount;
    };
    const afterUnlink = await ledCount();
    const putBack = await revert(unlinked.change.id);
    expect(putBack.__typename).toBe('Change');
    expect(await ledCount()).toBe(afterUnlink + 1);
    expect((await revert(putBack.id!)).__typename).toBe('Change');
    expect(await ledCount()).toBe(afterUnlink);

    await createRole('role-z');
    const log = await send(graphql(`query RulesChangeLog { changes { nodes { id action } } }`));
    const creation = log.changes.nodes.find((change) => change.action === 'CREATE_ENTITY')!;
    const undone = await revert(creation.id);
    expect(undone.__typename).toBe('Change');
    expect(await role('role-z')).toBeNull();
    expect((await revert(undone.id!)).__typename).toBe('Change');
    expect(await role('role-z')).toMatchObject({ name: 'Role role-z', deprecated: false });
  });

  it('refuses to reapply a deprecation that would now make a replacement loop', async () => {
    const [a, b] = [await createRole('role-a'), await createRole('role-b')];
    const aByB = await deprecate(a, b);
    const undone = await revert(aByB.id!);
    expect(undone.__typename).toBe('Change');
    expect((await deprecate(b, a)).__typename).toBe('EntityChange');
    const again = await revert(undone.id!);
    expect(again).toMatchObject({ __typename: 'ValidationError' });
    expect(again.message).toMatch(/Role:role-b is deprecated itself/);
    expect(await role('role-a')).toMatchObject({ deprecated: false });
  });
});
