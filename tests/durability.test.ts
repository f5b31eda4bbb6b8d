/**
 * Durability: the server is killed (SIGKILL) in the middle of a stream of mutations; after a restart
 * every acknowledged change is there, no change is half there, and SQLite's integrity check passes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import { openKnowledgeGraph } from '../src/data/index.js';
import { graphql } from './graphql/index.js';
import { createKey } from './support/api-keys.js';
import { answerOf, graphqlClient } from './support/graphql-client.js';
import { startService } from './support/service-process.js';

const directory = mkdtempSync(join(tmpdir(), 'kg-durability-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const Create = graphql(`
  mutation DurableCreate($input: CreateEntityInput!) { createEntity(input: $input) { __typename ... on EntityChange { entity { slug } } } }
`);

it('keeps every acknowledged change, and nothing half-made, across a SIGKILL', async () => {
  const file = join(directory, 'kg.sqlite');
  const setup = await openKnowledgeGraph(`sqlite:${file}`);
  const { key } = await createKey(setup.store, 'edit', 'crash test');
  await setup.store.close();

  // What `npm start` runs (built by the tests' global setup).
  const service = startService({ DATABASE_URL: `sqlite:${file}` });
  const { child } = service;
  try {
    const client = graphqlClient(await service.url());
    const acknowledged: string[] = [];
    let sent = 0;
    let killed = false;
    const worker = async () => {
      while (!killed) {
        const slug = `crash-role-${sent++}`;
        try {
          const input = {
            kind: 'ROLE' as const,
            slug,
            name: `Crash role ${slug}`,
            description: 'Made by the durability test.',
            provenance: { kind: 'CURATED' as const, rationale: 'Durability test.' },
          };
          const body = await answerOf(await client.post(Create, { input }, { key }), Create);
          if (body.data?.createEntity.__typename === 'EntityChange') acknowledged.push(slug);
          else throw new Error(`not acknowledged: ${JSON.stringify(body)}`);
        } catch (error) {
          if (!killed) throw error;
          return; // the server died under this request: not acknowledged
        }
        if (acknowledged.length >= 60 && !killed) {
          killed = true;
          child.kill('SIGKILL');
        }
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    await service.exit;
    expect(acknowledged.length).toBeGreaterThanOrEqual(60);

    // Restart on the same file and look.
    const { store } = await openKnowledgeGraph(`sqlite:${file}`);
    const roles = await store.listNodes({ kinds: ['Role'], limit: 1000, offset: 0, filter: { includeDeprecated: true } });
    const present = new Set(roles.items.map((role) => role.slug));
    const missing = acknowledged.filter((slug) => !present.has(slug));
    expect(missing).toEqual([]);
    // No half-made change: every crash role has exactly its audit entry, and every audit entry its role.
    const made = roles.items.filter((role) => role.slug.startsWith('crash-role-'));
    const changes = await store.listChanges({ limit: 1000, offset: 0 });
    expect(changes.totalCount).toBe(made.length);
    expect(new Set(changes.items.map((change) => change.subjectId))).toEqual(new Set(made.map((role) => role.id)));
    await store.close();
    const database = new SqliteDatabase(file, { readonly: true });
    try {
      expect(database.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      database.close();
    }
    console.log(`durability: ${acknowledged.length} acknowledged writes before SIGKILL, ${made.length} found after restart`);
  } finally {
    child.kill('SIGKILL');
  }
}, 60_000);
