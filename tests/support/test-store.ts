/**
 * The store the suite runs against: an in-memory SQLite store always, or, when TEST_DATABASE_URL
 * names a PostgreSQL server, a fresh database on it for every store a test opens (dropped when the
 * test run ends), so the whole suite proves both stores.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll } from 'vitest';
import { type OpenedKnowledgeGraph, openKnowledgeGraph } from '../../src/data/index.js';

const serverUrl = process.env['TEST_DATABASE_URL'];
const created: string[] = [];

export const TEST_STORE_DIALECT = serverUrl ? 'postgres' : 'sqlite';

const urls = new WeakMap<object, string>();

/** The DATABASE_URL of a store `openTestGraph` opened (to start server processes on it). */
export function testDatabaseUrlOf(store: object): string {
  const url = urls.get(store);
  if (!url) throw new Error('not a store openTestGraph opened on PostgreSQL');
  return url;
}

export async function openTestGraph(): Promise<OpenedKnowledgeGraph> {
  if (!serverUrl) return openKnowledgeGraph('sqlite::memory:');
  const name = `kg_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  created.push(name);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  url.searchParams.set('pool_size', '2');
  const opened = await openKnowledgeGraph(url.toString());
  urls.set(opened.store, url.toString());
  return opened;
}

/**
 * A seeded store other processes can open too (the built service, the CLI, a second store): a new
 * SQLite file at `sqliteFile`, or a fresh PostgreSQL database when the suite runs on one. Returns
 * the store and its DATABASE_URL.
 */
export async function openSharedTestGraph(sqliteFile: string): Promise<{ store: OpenedKnowledgeGraph['store']; databaseUrl: string }> {
  if (serverUrl) {
    const { store } = await openTestGraph();
    return { store, databaseUrl: testDatabaseUrlOf(store) };
  }
  const databaseUrl = `sqlite:${sqliteFile}`;
  return { store: (await openKnowledgeGraph(databaseUrl)).store, databaseUrl };
}

afterAll(async () => {
  if (!serverUrl || created.length === 0) return;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    for (const name of created.splice(0)) await admin.query(`drop database if exists ${name} with (force)`);
  } finally {
    await admin.end();
  }
});
