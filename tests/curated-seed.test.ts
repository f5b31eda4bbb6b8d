/**
 * Seeding respects curators: once a curator (or an import) has changed or removed a seeded record,
 * it is theirs. Restarting the service — which seeds again — keeps their change, never re-inserts
 * the record or fails, and the CLI's export keeps working. The audit log has the last word on a
 * seeded record a curator removed: it is not put back behind their back.
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openKnowledgeGraph, type Store, seedGraph } from '../src/data/index.js';
import { graphql } from './graphql/index.js';
import { graphqlClient } from './support/graphql-client.js';
import { createKey, startTestService } from './support/knowledge-graph.js';
import { startService } from './support/service-process.js';
import { openSharedTestGraph } from './support/test-store.js';

const directory = mkdtempSync(join(tmpdir(), 'kg-curated-seed-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

/** A seeded store that can be closed and opened again: a SQLite file, or a PostgreSQL database. */
async function openReopenable(): Promise<{ store: Store; url: string }> {
  const { store, databaseUrl } = await openSharedTestGraph(join(directory, `${randomUUID()}.sqlite`));
  return { store, url: databaseUrl };
}

/** Runs `npm run kg -- …` on the store at `url`, as an operator would. */
function kg(url: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/kg.ts', ...args], {
    env: { ...process.env, DATABASE_URL: url },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const withEditKey = async (store: Store) => (await createKey(store, 'admin', 'curator')).key;

const Manager = graphql(`
  query SeededManager {
    role(slug: "it-operations-manager") {
      id name description version deprecated
      leads { edges { node { slug } evidence { id version } } }
    }
    certification(slug: "pmp") { id version deprecated }
  }
`);

const Update = graphql(`
  mutation SeededUpdate($input: UpdateEntityInput!) { updateEntity(input: $input) { __typename ... on MutationError { message } } }
`);
const Deprecate = graphql(`
  mutation SeededDeprecate($input: DeprecateEntityInput!) { deprecateEntity(input: $input) { __typename ... on MutationError { message } } }
`);
const Unlink = graphql(`
  mutation SeededUnlink($input: UnlinkEntitiesInput!) {
    unlinkEntities(input: $input) { __typename ... on RelationshipChange { change { id } } ... on MutationError { message } }
  }
`);
const Revert = graphql(`
  mutation SeededRevert($id: ID!) { revertChange(id: $id) { __typename ... on MutationError { message } } }
`);

describe('restarting after curators changed seeded records', () => {
  it('starts, keeps the update, the deprecation and the removed relationship, and exports', async () => {
    const { store, url } = await openReopenable();
    const key = await withEditKey(store);
    let service = await startTestService({ store });
    const before = await service.data(Manager, {}, { key });
    const leadsSpecialist = before.role!.leads.edges.find((edge) => edge.node.slug === 'it-operations-specialist')!.evidence[0]!;

    const updated = await service.data(
      Update,
      {
        input: {
          id: before.role!.id,
          expectedVersion: before.role!.version,
          name: 'IT operations manager (curated)',
          description: 'Edited by a curator.',
        },
      },
      { key },
    );
    expect(updated.updateEntity.__typename).toBe('EntityChange');
    const deprecated = await service.data(
      Deprecate,
      { input: { id: before.certification!.id, expectedVersion: before.certification!.version } },
      { key },
    );
    expect(deprecated.deprecateEntity.__typename).toBe('EntityChange');
    const unlinked = (await service.data(Unlink, { input: { id: leadsSpecialist.id, expectedVersion: leadsSpecialist.version } }, { key }))
      .unlinkEntities;
    expect(unlinked.__typename).toBe('RelationshipChange');
    await store.close();

    // The restart seeds again: it must start, and leave the curator's records as they made them.
    const reopened = await openKnowledgeGraph(url);
    expect(reopened.seeded).toMatchObject({
      nodesAdded: 0,
      nodesUpdated: 0,
      edgesAdded: 0,
      nodesLeftToCurators: 2,
      edgesLeftToCurators: 1,
    });
    service = await startTestService({ store: reopened.store });
    const after = await service.data(Manager, {}, { key });
    expect(after.role).toMatchObject({
      name: 'IT operations manager (curated)',
      description: 'Edited by a curator.',
      version: before.role!.version + 1,
    });
    expect(after.role!.leads.edges.map((edge) => edge.node.slug)).not.toContain('it-operations-specialist');
    expect(after.certification).toMatchObject({ deprecated: true, version: before.certification!.version + 1 });

    // Putting the relationship back is a curator's change too, and it also survives a restart.
    const reverted = await service.data(Revert, { id: unlinked.__typename === 'RelationshipChange' ? unlinked.change.id : '' }, { key });
    expect(reverted.revertChange.__typename).toBe('Change');
    await reopened.store.close();
    const again = await openKnowledgeGraph(url);
    service = await startTestService({ store: again.store });
    const restored = await service.data(Manager, {}, { key });
    expect(restored.role!.leads.edges.map((edge) => edge.node.slug)).toContain('it-operations-specialist');
    await again.store.close();

    const exported = kg(url, 'export');
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    const graph = JSON.parse(exported.stdout) as { nodes: { id: string; name: string; origin: string; deprecatedAt: string | null }[] };
    expect(graph.nodes.find((node) => node.id === 'Role:it-operations-manager')).toMatchObject({
      name: 'IT operations manager (curated)',
      origin: 'api',
    });
    expect(graph.nodes.find((node) => node.id === 'Certification:pmp')).toMatchObject({ origin: 'api', deprecatedAt: expect.any(String) });
  }, 60_000);

  it('starts after an import gave a seeded record another origin, and keeps what the import said', async () => {
    const { store, url } = await openReopenable();
    await store.close();
    const exported = kg(url, 'export');
    expect(exported.code).toBe(0);
    const graph = JSON.parse(exported.stdout) as { nodes: { id: string; name: string; origin: string }[] };
    const manager = graph.nodes.find((node) => node.id === 'Role:it-operations-manager')!;
    manager.origin = 'api';
    manager.name = 'IT operations manager (imported)';
    const file = join(directory, `${randomUUID()}.json`);
    writeFileSync(file, JSON.stringify(graph));
    const imported = kg(url, 'import', file);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ nodesUpdated: 1 });

    // Each CLI run opens (and so seeds) the store: the second one is the restart after the import.
    const afterImport = kg(url, 'export');
    expect(afterImport.stderr).toBe('');
    expect(afterImport.code).toBe(0);
    expect(JSON.parse(afterImport.stdout).nodes.find((node: { id: string }) => node.id === 'Role:it-operations-manager')).toMatchObject({
      name: 'IT operations manager (imported)',
      origin: 'api',
    });
    expect(readFileSync(file, 'utf8')).toContain('(imported)');
  }, 60_000);
});

describe('the built service', () => {
  it('starts again, in production mode, on a store where a curator deprecated a seeded entity', async () => {
    const { store, url } = await openReopenable();
    const key = await withEditKey(store);
    const service = await startTestService({ store });
    const role = (await service.data(Manager, {}, { key })).role!;
    const deprecated = await service.data(Deprecate, { input: { id: role.id, expectedVersion: role.version } }, { key });
    expect(deprecated.deprecateEntity.__typename).toBe('EntityChange');
    await store.close();

    // What `npm start` runs (built by the tests' global setup).
    const built = startService({ NODE_ENV: 'production', DATABASE_URL: url });
    try {
      const graphqlUrl = await built.url();
      expect(built.output()).toMatch(/"nodesLeftToCurators":1/);
      const answer = await graphqlClient(graphqlUrl).query(
        graphql(`query SeededManagerDeprecated { role(slug: "it-operations-manager") { deprecated version } }`),
      );
      expect(answer).toEqual({ data: { role: { deprecated: true, version: role.version + 1 } } });
      built.child.kill('SIGTERM');
      expect(await built.exit).toBe(0);
    } finally {
      built.child.kill('SIGKILL');
    }
  }, 60_000);
});

describe('seeding changed content next to curators’ records', () => {
  const graph = seedGraph();
  const curator = { keyId: 'test', label: 'curator' };

  it('keeps a node the content dropped while a curator’s relationship still points at it', async () => {
    const { store } = await openReopenable();
    const made = await store.applyChange(
      {
        action: 'LINK',
        edge: {
          id: 'COVERED_BY_CERTIFICATION:SkillDomain:service-management->Certification:pmp',
          relation: 'COVERED_BY_CERTIFICATION',
          fromId: 'SkillDomain:service-management',
          toId: 'Certification:pmp',
          position: 0,
          statement: null,
          qualifier: null,
          provenance: { kind: 'CURATED', quote: null, section: null, rationale: 'Test.', sourceId: null },
        },
      },
      curator,
    );
    expect(made.ok).toBe(true);
    // The next release of the content no longer has PMP (nor its own links).
    const dropped = {
      nodes: graph.nodes.filter((node) => node.id !== 'Certification:pmp'),
      edges: graph.edges.filter((edge) => edge.fromId !== 'Certification:pmp' && edge.toId !== 'Certification:pmp'),
    };
    const seeded = await store.seed(dropped);
    expect(seeded).toMatchObject({ nodesRemoved: 0, nodesKeptForCurators: 1 });
    expect(await store.nodesByIds(['Certification:pmp'])).toHaveLength(1);
    expect((await store.edgesTouching(['Certification:pmp'])).map((edge) => edge.id)).toEqual([made.ok && made.change.subjectId]);
    // Once the curator's relationship is gone, the next seeding removes the node.
    const unlinked = await store.applyChange({ action: 'UNLINK', id: made.ok ? made.change.subjectId : '', expectedVersion: 1 }, curator);
    expect(unlinked.ok).toBe(true);
    expect(await store.seed(dropped)).toMatchObject({ nodesRemoved: 1, nodesKeptForCurators: 0 });
    expect(await store.nodesByIds(['Certification:pmp'])).toEqual([]);
    await store.close();
  });

  it('leaves out a new content node whose slug a curator took, and the content links to it', async () => {
    const { store } = await openReopenable();
    // A curator renames PMP's slug; the next release of the content adds a new node with that slug.
    const [pmp] = await store.nodesByIds(['Certification:pmp']);
    const renamed = await store.applyChange(
      { action: 'UPDATE_ENTITY', id: 'Certification:pmp', expectedVersion: pmp!.version, patch: { slug: 'pmp-certification' } },
      curator,
    );
    expect(renamed.ok).toBe(true);
    const newcomer = {
      ...graph.nodes.find((node) => node.id === 'Certification:pmp')!,
      id: 'Certification:pmp-certification',
      slug: 'pmp-certification',
    };
    const link = { ...graph.edges.find((edge) => edge.toId === 'Certification:pmp')! };
    const newLink = { ...link, id: `${link.relation}:${link.fromId}->${newcomer.id}`, toId: newcomer.id };
    const seeded = await store.seed({ nodes: [...graph.nodes, newcomer], edges: [...graph.edges, newLink] });
    expect(seeded).toMatchObject({ nodesAdded: 0, edgesAdded: 0, nodesLeftToCurators: 2, edgesLeftToCurators: 1 });
    expect(await store.nodesByIds([newcomer.id])).toEqual([]);
    const [kept] = await store.nodesBySlugs('Certification', ['pmp-certification']);
    expect(kept!.id).toBe('Certification:pmp');
    await store.close();
  });
});
