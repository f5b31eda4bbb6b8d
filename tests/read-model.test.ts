/**
 * Reads are answered from the in-memory read model: exactly what the SQL store answers (the same
 * records, orders, pages, totals), with one store round-trip per request while the graph is
 * unchanged (the version check), never from a stale version, one consistent version per request.
 */
import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { syntheticGraph } from '../bench/synthetic-graph.js';
import { ENTITY_KINDS, inReadScope, type ReadModelStore, type Store, type TraversalStep, withReadModel } from '../src/data/index.js';
import { HEADLINE_QUERY } from '../src/server/headline-query.js';
import { createKnowledgeGraphListener } from '../src/server/node-listener.js';
import { graphqlClient } from './support/graphql-client.js';
import { countingStore, startTestService } from './support/knowledge-graph.js';
import { close, listen } from './support/listen.js';
import { alteredStore } from './support/store-wrappers.js';
import { openTestGraph } from './support/test-store.js';

const ADMIN = { keyId: 'test', label: 'read model test' };

/** A fresh read model over the seeded store, with the calls it makes to that store counted. */
async function countedModel() {
  const { store } = await openTestGraph();
  const source = (store as ReadModelStore).source;
  const counter = countingStore(source);
  return { other: store, source, counter, model: withReadModel(counter.store) };
}

const RoleName = `query RoleName($slug: String!) { role(slug: $slug) { id name version } }`;

let server: Server | undefined;
afterEach(async () => {
  if (server) await close(server);
  server = undefined;
});

describe('store round-trips with the read model', () => {
  it('a read request reaches the store once, for the version check, while the graph is unchanged', async () => {
    const { counter, model } = await countedModel();
    const service = await startTestService({ store: model, responseCache: false });
    expect((await service.query(HEADLINE_QUERY)).errors).toBeUndefined();
    expect(counter.log).toEqual(['graphVersion', 'graphRecords']);
    counter.reset();
    const again = await service.query(HEADLINE_QUERY);
    expect(again.errors).toBeUndefined();
    expect(JSON.stringify(again.data)).toContain('CISSP');
    expect(counter.log).toEqual(['graphVersion']);
  });

  it('through the Node listener with every cache on, a question not asked before still costs one round-trip', async () => {
    const { counter, model } = await countedModel();
    const { listener } = createKnowledgeGraphListener({ store: model, logger: false });
    server = createServer(listener);
    const client = graphqlClient(`${await listen(server)}/graphql`);
    await model.warm();
    counter.reset();
    // Different questions each time: none is answered from a cache.
    for (const slug of ['it-operations-manager', 'it-operations-specialist', 'it-operations-generalist']) {
      const result = await client.query<{ role: { name: string } | null }, { slug: string }>(RoleName, { slug });
      expect(result.errors).toBeUndefined();
      expect(result.data!.role).not.toBeNull();
    }
    const headline = await client.query(HEADLINE_QUERY);
    expect(headline.errors).toBeUndefined();
    expect(JSON.stringify(headline.data)).toContain('CISSP');
    expect(counter.log).toEqual(['graphVersion', 'graphVersion', 'graphVersion', 'graphVersion']);
  });

  it('a curator’s change made elsewhere is seen by the next request, applied from the audit log', async () => {
    const { other, counter, model } = await countedModel();
    const service = await startTestService({ store: model, responseCache: false });
    const before = await service.query<{ role: { name: string } }, { slug: string }>(RoleName, { slug: 'it-operations-manager' });
    expect(before.data!.role.name).toBe('IT operations manager');
    const [role] = await other.nodesBySlugs('Role', ['it-operations-manager']);
    const changed = await other.applyChange(
      { action: 'UPDATE_ENTITY', id: role!.id, expectedVersion: role!.version, patch: { name: 'IT operations lead' } },
      ADMIN,
    );
    expect(changed.ok).toBe(true);
    counter.reset();
    const after = await service.query<{ role: { name: string; version: number } }, { slug: string }>(RoleName, {
      slug: 'it-operations-manager',
    });
    expect(after.data!.role).toMatchObject({ name: 'IT operations lead', version: role!.version + 1 });
    expect(counter.log).toEqual(['graphVersion', 'changesSince']);
    expect(model.updates).toEqual({ loads: 1, applied: 1 });
  });

  it('after an import it reads the graph afresh, and requests seeing the new version at once share one update', async () => {
    const { other, counter, model } = await countedModel();
    await model.warm();
    const exported = await other.exportGraph();
    const grown = syntheticGraph(exported, 2);
    const known = new Set(exported.nodes.map((node) => node.id));
    const added = grown.nodes.find((node) => node.kind === 'Role' && !known.has(node.id))!;
    await other.importGraph(grown, { dryRun: false });
    counter.reset();
    const service = await startTestService({ store: model, responseCache: false });
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => service.query<{ role: { name: string } | null }, { slug: string }>(RoleName, { slug: added.slug })),
    );
    for (const answer of answers) expect(answer.data!.role?.name).toBe(added.name);
    expect(counter.log.filter((call) => call === 'graphVersion')).toHaveLength(8);
    expect(counter.log.filter((call) => call === 'changesSince')).toHaveLength(1);
    expect(counter.log.filter((call) => call === 'graphRecords')).toHaveLength(1);
    expect(model.updates.loads).toBe(2);
  });
});

describe('versions', () => {
  it('a read scope sees one version throughout, and the next scope sees the change made meanwhile', async () => {
    const { other, model } = await countedModel();
    const [role] = await model.nodesBySlugs('Role', ['it-operations-specialist']);
    const seen = await inReadScope(async () => {
      const first = (await model.nodesByIds([role!.id]))[0]!.name;
      await other.applyChange(
        { action: 'UPDATE_ENTITY', id: role!.id, expectedVersion: role!.version, patch: { name: 'Ops engineer' } },
        ADMIN,
      );
      const second = (await model.nodesByIds([role!.id]))[0]!.name;
      return [first, second];
    });
    expect(seen).toEqual([role!.name, role!.name]);
    expect((await model.nodesByIds([role!.id]))[0]!.name).toBe('Ops engineer');
  });

  it('a store whose graph lags behind the version it reports fails the read instead of answering from the past', async () => {
    const { source } = await countedModel();
    const ahead = String(Number(await source.graphVersion()) + 1);
    const model = withReadModel(alteredStore(source, { graphVersion: async () => ahead }));
    await expect(model.nodesBySlugs('Role', ['it-operations-manager'])).rejects.toThrow(`did not reach version ${ahead}`);
  });

  it('a write in a read scope is seen by the scope’s next read', async () => {
    const { model } = await countedModel();
    const [role] = await model.nodesBySlugs('Role', ['it-operations-specialist']);
    const seen = await inReadScope(async () => {
      await model.nodesByIds([role!.id]);
      await model.applyChange(
        { action: 'UPDATE_ENTITY', id: role!.id, expectedVersion: role!.version, patch: { name: 'Ops engineer' } },
        ADMIN,
      );
      return (await model.nodesByIds([role!.id]))[0]!.name;
    });
    expect(seen).toBe('Ops engineer');
  });

  it('a relationship a curator removes is no longer walked', async () => {
    const { other, model } = await countedModel();
    const [manager] = await model.nodesBySlugs('Role', ['it-operations-manager']);
    const steps: TraversalStep[] = [{ relation: 'HOLDS_RESPONSIBILITY', direction: 'out' }];
    const held = await model.traverse([manager!.id], steps);
    const dropped = held[0]!.hops[0]!;
    expect((await other.applyChange({ action: 'UNLINK', id: dropped.id, expectedVersion: dropped.version }, ADMIN)).ok).toBe(true);
    const after = await model.traverse([manager!.id], steps);
    expect(after.map((row) => row.node.id)).toEqual(held.slice(1).map((row) => row.node.id));
    expect(await model.traverse([manager!.id], steps)).toEqual(await (other as ReadModelStore).source.traverse([manager!.id], steps));
    expect(model.updates.applied).toBe(1);
  });
});

describe('the read model answers exactly what the SQL store answers', () => {
  async function pair(): Promise<{ sql: Store; model: Store }> {
    const { source } = await countedModel();
    // A bigger graph than the seed: long id lists (chunked in SQL) and deprecated entities.
    await source.importGraph(syntheticGraph(await source.exportGraph(), 3), { dryRun: false });
    const certifications = (await source.listNodes({ kinds: ['Certification'], limit: 6, offset: 0 })).items;
    for (const old of certifications.slice(1)) {
      await source.applyChange(
        { action: 'DEPRECATE_ENTITY', id: old.id, expectedVersion: old.version, replacedById: certifications[0]!.id },
        ADMIN,
      );
    }
    return { sql: source, model: withReadModel(source) };
  }

  it('node lists: every order, filter, page and total', async () => {
    const { sql, model } = await pair();
    const [manager] = await sql.nodesBySlugs('Role', ['it-operations-manager']);
    const queries = [
      { kinds: ['Certification'], limit: 100, offset: 0 },
      { kinds: ['Certification'], limit: 100, offset: 0, filter: { includeDeprecated: true } },
      { kinds: ['Skill', 'Role', 'Certification'], limit: 50, offset: 10, order: { field: 'kind', direction: 'desc' } },
      { kinds: ['Skill'], limit: 20, offset: 5, order: { field: 'slug', direction: 'desc' } },
      { kinds: ['Skill'], limit: 20, offset: 5, order: { field: 'name', direction: 'desc' } },
      { kinds: ENTITY_KINDS, limit: 30, offset: 0, filter: { nameContains: 'SECUR' } },
      { kinds: ENTITY_KINDS, limit: 30, offset: 0, filter: { nameContains: '100%_!' } },
      { kinds: ENTITY_KINDS, limit: 10, offset: 100_000, filter: { provenanceKind: 'IMPORTED' } },
      {
        kinds: ['SkillDomain', 'Certification'],
        limit: 100,
        offset: 0,
        filter: {
          reachableFrom: [
            {
              startId: manager!.id,
              steps: [
                { relation: 'HOLDS_RESPONSIBILITY', direction: 'out' },
                { relation: 'NEEDS_SKILL_DOMAIN', direction: 'out' },
              ],
            },
          ],
        },
      },
      { kinds: ['Role'], limit: 5, offset: 0, filter: { reachableFrom: [{ startId: manager!.id, steps: [] }] } },
      { kinds: [], limit: 5, offset: 0 },
    ] as const;
    for (const query of queries)
      expect(await model.listNodes(query as never), JSON.stringify(query)).toEqual(await sql.listNodes(query as never));
  });

  it('edge lists, walks, touching edges, lookups and counts', async () => {
    const { sql, model } = await pair();
    for (const query of [
      { limit: 100, offset: 0 },
      { limit: 100, offset: 2000 },
      { relation: 'REQUIRES_SKILL', limit: 40, offset: 30 },
      { withWords: true, limit: 500, offset: 0 },
      { provenanceKind: 'CURATED', limit: 500, offset: 0 },
    ] as const) {
      expect(await model.listEdges(query), JSON.stringify(query)).toEqual(await sql.listEdges(query));
    }
    const everything = (await sql.listNodes({ kinds: ENTITY_KINDS, limit: 100_000, offset: 0, filter: { includeDeprecated: true } })).items;
    const ids = everything.map((node) => node.id);
    expect(ids.length).toBeGreaterThan(1000);
    const byId = (nodes: { id: string }[]) => nodes.map((node) => node.id).sort();
    expect(byId(await model.nodesByIds([...ids, 'Role:none', ids[0]!]))).toEqual(
      byId(await sql.nodesByIds([...ids, 'Role:none', ids[0]!])),
    );
    const skills = everything.filter((node) => node.kind === 'Skill').map((node) => node.slug);
    expect(byId(await model.nodesBySlugs('Skill', skills))).toEqual(byId(await sql.nodesBySlugs('Skill', skills)));
    const roles = everything.filter((node) => node.kind === 'Role').map((node) => node.id);
    const walks: TraversalStep[][] = [
      [
        { relation: 'HOLDS_RESPONSIBILITY', direction: 'out' },
        { relation: 'NEEDS_SKILL_DOMAIN', direction: 'out' },
        { relation: 'COVERED_BY_CERTIFICATION', direction: 'out' },
        { relation: 'ISSUED_BY', direction: 'out' },
      ],
      [
        { relation: 'HOLDS_RESPONSIBILITY', direction: 'out' },
        { relation: 'HOLDS_RESPONSIBILITY', direction: 'in' },
      ],
      [],
    ];
    // SQL leaves rows equal in every ordered column in any order: the keys' order and the rows compared as sets.
    const key = (row: { node: { name: string; id: string }; hops: { position: number }[] }, steps: TraversalStep[]) =>
      JSON.stringify([
        ...steps.flatMap((step, i) => (step.direction === 'out' ? [row.hops[i]!.position] : [])),
        row.node.name,
        row.node.id,
      ]);
    for (const steps of walks) {
      const [fromModel, fromSql] = [await model.traverse(roles, steps), await sql.traverse(roles, steps)];
      expect(fromModel.map((row) => key(row, steps))).toEqual(fromSql.map((row) => key(row, steps)));
      expect(fromModel.map((row) => JSON.stringify(row)).sort()).toEqual(fromSql.map((row) => JSON.stringify(row)).sort());
    }
    for (const options of [{}, { limit: 7 }, { limit: 0 }]) {
      expect(await model.edgesTouching(ids, options)).toEqual(await sql.edgesTouching(ids, options));
      expect(await model.edgesTouching(roles, options)).toEqual(await sql.edgesTouching(roles, options));
    }
    expect(await model.counts()).toEqual(await sql.counts());
    expect(await model.graphVersion()).toBe(await sql.graphVersion());
  });
});
