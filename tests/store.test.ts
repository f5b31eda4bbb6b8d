/** The embedded store: created and seeded on first start, idempotent seeding, referential integrity. */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticGraph } from '../bench/synthetic-graph.js';
import { content } from '../src/data/content/index.js';
import { buildGraph, DEFAULT_DATABASE_URL, openKnowledgeGraph, parseDatabaseUrl, seedGraph, shippedEscoSlice } from '../src/data/index.js';
import { openTestGraph } from './support/test-store.js';

const directory = mkdtempSync(join(tmpdir(), 'kg-store-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('DATABASE_URL', () => {
  it('defaults to a SQLite file under .data/', () => {
    expect(DEFAULT_DATABASE_URL).toBe('sqlite:./.data/knowledge-graph.sqlite');
    expect(parseDatabaseUrl(undefined)).toEqual({ dialect: 'sqlite', filename: join(process.cwd(), '.data/knowledge-graph.sqlite') });
    expect(parseDatabaseUrl('  ')).toEqual(parseDatabaseUrl(undefined));
  });

  it('accepts sqlite:<path> and sqlite::memory:', () => {
    expect(parseDatabaseUrl('sqlite:/var/lib/kg.sqlite')).toEqual({ dialect: 'sqlite', filename: '/var/lib/kg.sqlite' });
    expect(parseDatabaseUrl('sqlite::memory:')).toEqual({ dialect: 'sqlite', filename: ':memory:' });
  });

  it.each(['mysql://x', 'kg.sqlite', 'sqlite:'])('refuses %s with a message saying what is accepted', (url) => {
    expect(() => parseDatabaseUrl(url)).toThrow(/DATABASE_URL .* is not supported: use sqlite:<path>/);
  });

  it('accepts postgres:// URLs, with an optional pool size', () => {
    expect(parseDatabaseUrl('postgres://kg@db.internal:5432/kg')).toEqual({
      dialect: 'postgres',
      url: 'postgres://kg@db.internal:5432/kg',
      poolSize: 10,
    });
    expect(parseDatabaseUrl('postgresql://kg@db/kg?pool_size=3&sslmode=require')).toEqual({
      dialect: 'postgres',
      url: 'postgresql://kg@db/kg?sslmode=require',
      poolSize: 3,
    });
    expect(() => parseDatabaseUrl('postgres://kg@db/kg?pool_size=0')).toThrow(/pool_size must be a whole number from 1 to 100/);
  });

  it('takes sqlite:///absolute/path, and refuses the ambiguous sqlite://path', () => {
    expect(parseDatabaseUrl('sqlite:///var/lib/kg.sqlite')).toEqual({ dialect: 'sqlite', filename: '/var/lib/kg.sqlite' });
    expect(() => parseDatabaseUrl('sqlite://relative/kg.sqlite')).toThrow(
      /is ambiguous: use sqlite:relative\/path or sqlite:\/\/\/absolute\/path/,
    );
  });
});

const NOTHING = {
  nodesAdded: 0,
  nodesUpdated: 0,
  nodesRemoved: 0,
  edgesAdded: 0,
  edgesUpdated: 0,
  edgesRemoved: 0,
  nodesLeftToCurators: 0,
  edgesLeftToCurators: 0,
  nodesKeptForCurators: 0,
};

describe('seeding', () => {
  it('creates and seeds the database on first start, and adds nothing on later starts', async () => {
    const url = `sqlite:${join(directory, 'nested', 'kg.sqlite')}`;
    const graph = seedGraph();

    const first = await openKnowledgeGraph(url);
    expect(first.seeded).toEqual({ ...NOTHING, nodesAdded: graph.nodes.length, edgesAdded: graph.edges.length });
    const counts = await first.store.counts();
    await first.store.close();

    const second = await openKnowledgeGraph(url);
    expect(second.seeded).toEqual(NOTHING);
    expect(await second.store.counts()).toEqual(counts);
    // Seeding again on a live store never duplicates either.
    expect(await second.store.seed(graph)).toEqual(NOTHING);
    expect(await second.store.counts()).toEqual(counts);
    await second.store.close();

    const total = (record: Record<string, number>) => Object.values(record).reduce((a, b) => a + b, 0);
    expect(total(counts.nodes)).toBe(graph.nodes.length);
    expect(total(counts.edges)).toBe(graph.edges.length);
  });

  it('leaves a database whose every edge and citation points at an existing node', async () => {
    const file = join(directory, 'integrity.sqlite');
    const { store } = await openKnowledgeGraph(`sqlite:${file}`);
    await store.close();
    const database = new SqliteDatabase(file, { readonly: true });
    try {
      expect(database.pragma('foreign_key_check')).toEqual([]);
      expect(database.pragma('integrity_check', { simple: true })).toBe('ok');
      const dangling = database
        .prepare(
          'select count(*) as n from edges e left join nodes f on f.id = e.from_id left join nodes t on t.id = e.to_id where f.id is null or t.id is null',
        )
        .get() as { n: number };
      expect(dangling.n).toBe(0);
    } finally {
      database.close();
    }
  });

  it('refuses an edge whose end does not exist, writing nothing', async () => {
    const { store } = await openKnowledgeGraph('sqlite::memory:');
    const before = await store.counts();
    const graph = seedGraph();
    const edge = { ...graph.edges[0]!, id: 'broken', toId: 'Role:does-not-exist' };
    await expect(store.seed({ nodes: graph.nodes, edges: [...graph.edges, edge] })).rejects.toThrow(/FOREIGN KEY/);
    expect(await store.counts()).toEqual(before);
    await store.close();
  });

  it('brings an existing database in step with changed content: renamed, edited and removed records', async () => {
    const url = `sqlite:${join(directory, 'changed.sqlite')}`;
    const original = seedGraph();
    await (await openKnowledgeGraph(url)).store.close();

    // The content changes: a skill domain is renamed (new slug), a description is edited, a link is dropped.
    const renamed = structuredClone(content);
    const domain = renamed.skillDomains.find((d) => d.slug === 'security-management')!;
    domain.slug = 'security-governance';
    for (const role of renamed.roles)
      for (const link of role.skillDomains ?? []) if (link.to === 'security-management') link.to = 'security-governance';
    for (const r of renamed.responsibilities)
      for (const link of r.skillDomains ?? []) if (link.to === 'security-management') link.to = 'security-governance';
    renamed.issuers[0]!.description = 'An edited description.';
    renamed.roles[0]!.leads = renamed.roles[0]!.leads!.slice(0, 1);
    const changed = buildGraph(renamed, undefined, shippedEscoSlice());

    const { store } = await openKnowledgeGraph(url);
    const result = await store.seed(changed);
    // The renamed domain: one node out, one in; its links (role, responsibilities, certifications) likewise.
    const domainEdges = original.edges.filter(
      (e) => e.fromId === 'SkillDomain:security-management' || e.toId === 'SkillDomain:security-management',
    ).length;
    expect(result).toEqual({
      ...NOTHING,
      nodesAdded: 1,
      nodesUpdated: 1,
      nodesRemoved: 1,
      edgesAdded: domainEdges,
      edgesUpdated: 0,
      edgesRemoved: domainEdges + 1,
    });
    const domains = await store.listNodes({ kinds: ['SkillDomain'], limit: 100, offset: 0 });
    expect(domains.items.map((d) => d.slug)).toContain('security-governance');
    expect(domains.items.map((d) => d.slug)).not.toContain('security-management');
    expect(domains.totalCount).toBe(7);
    const [issuer] = await store.nodesBySlugs('Issuer', [renamed.issuers[0]!.slug]);
    expect(issuer!.description).toBe('An edited description.');
    const total = (record: Record<string, number>) => Object.values(record).reduce((a, b) => a + b, 0);
    const counts = await store.counts();
    expect(total(counts.nodes)).toBe(changed.nodes.length);
    expect(total(counts.edges)).toBe(changed.edges.length);
    expect(await store.seed(changed)).toEqual(NOTHING);
    await store.close();
  });

  it('lets several processes start on one new database at once', async () => {
    const file = join(directory, 'concurrent.sqlite');
    const script = `import { openKnowledgeGraph } from './src/data/index.ts';
      const { store } = await openKnowledgeGraph(process.argv[1]);
      console.log(JSON.stringify(await store.counts()));
      await store.close();`;
    const runs = Array.from(
      { length: 4 },
      () =>
        new Promise<{ code: number | null; output: string }>((resolve) => {
          const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, `sqlite:${file}`]);
          let output = '';
          child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
          child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
          child.on('exit', (code) => resolve({ code, output }));
        }),
    );
    const results = await Promise.all(runs);
    for (const result of results) expect(result, result.output).toMatchObject({ code: 0 });
    const graph = seedGraph();
    for (const result of results) {
      const counts = JSON.parse(result.output.trim().split('\n').at(-1)!) as { nodes: Record<string, number> };
      expect(Object.values(counts.nodes).reduce((a, b) => a + b, 0)).toBe(graph.nodes.length);
    }
  });
});

describe('large imports', () => {
  it('imports tens of thousands of relationships (walk indexes rebuilt at the end) and leaves every one walkable', async () => {
    const { store } = await openTestGraph();
    const grown = syntheticGraph(await store.exportGraph(), 25); // ≈24,000 new relationships: past the rebuild threshold
    const summary = await store.importGraph(grown, { dryRun: false });
    expect(summary.edgesAdded).toBeGreaterThan(20_000);

    // Forward and backward walks over imported relationships find exactly what the file says.
    const role = grown.nodes.find((node) => node.slug === 'it-operations-manager-s7')!;
    const held = grown.edges.filter((edge) => edge.relation === 'HOLDS_RESPONSIBILITY' && edge.fromId === role.id).map((edge) => edge.toId);
    const walked = await store.traverse([role.id], [{ relation: 'HOLDS_RESPONSIBILITY', direction: 'out' }]);
    expect(walked.map((row) => row.node.id).sort()).toEqual([...held].sort());
    const target = held[0]!;
    const holders = grown.edges
      .filter((edge) => edge.relation === 'HOLDS_RESPONSIBILITY' && edge.toId === target)
      .map((edge) => edge.fromId);
    const back = await store.traverse([target], [{ relation: 'HOLDS_RESPONSIBILITY', direction: 'in' }]);
    expect(back.map((row) => row.node.id).sort()).toEqual([...holders].sort());

    const again = await store.importGraph(grown, { dryRun: false });
    expect(again).toMatchObject({ nodesAdded: 0, edgesAdded: 0, edgesUpdated: 0, edgesUnchanged: grown.edges.length });
    await store.close();
  });
});
