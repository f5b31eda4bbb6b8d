/** The embedded store: created and seeded on first start, idempotent seeding, referential integrity. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { content } from '../src/data/content/index.js';
import { buildGraph, DEFAULT_DATABASE_URL, openKnowledgeGraph, parseDatabaseUrl } from '../src/data/index.js';

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

  it.each(['postgres://localhost/kg', 'mysql://x', 'kg.sqlite', 'sqlite:'])('refuses %s with a message saying what is accepted', (url) => {
    expect(() => parseDatabaseUrl(url)).toThrow(/DATABASE_URL .* is not supported: use sqlite:<path>/);
  });
});

describe('seeding', () => {
  it('creates and seeds the database on first start, and adds nothing on later starts', async () => {
    const url = `sqlite:${join(directory, 'nested', 'kg.sqlite')}`;
    const graph = buildGraph(content);

    const first = await openKnowledgeGraph(url);
    expect(first.seeded).toEqual({ nodesAdded: graph.nodes.length, edgesAdded: graph.edges.length });
    const counts = await first.store.counts();
    await first.store.close();

    const second = await openKnowledgeGraph(url);
    expect(second.seeded).toEqual({ nodesAdded: 0, edgesAdded: 0 });
    expect(await second.store.counts()).toEqual(counts);
    // Seeding again on a live store never duplicates either.
    expect(await second.store.seed(graph)).toEqual({ nodesAdded: 0, edgesAdded: 0 });
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
        .prepare('select count(*) as n from edges e left join nodes f on f.id = e.from_id left join nodes t on t.id = e.to_id where f.id is null or t.id is null')
        .get() as { n: number };
      expect(dangling.n).toBe(0);
    } finally {
      database.close();
    }
  });

  it('refuses an edge whose end does not exist, writing nothing', async () => {
    const { store } = await openKnowledgeGraph('sqlite::memory:');
    const before = await store.counts();
    const graph = buildGraph(content);
    const edge = { ...graph.edges[0]!, id: 'broken', toId: 'Role:does-not-exist' };
    await expect(store.seed({ nodes: [], edges: [edge] })).rejects.toThrow(/FOREIGN KEY/);
    expect(await store.counts()).toEqual(before);
    await store.close();
  });
});
