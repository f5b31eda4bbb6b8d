/**
 * Durability: the server is killed (SIGKILL) in the middle of a stream of mutations; after a restart
 * every acknowledged change is there, no change is half there, and SQLite's integrity check passes.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import { newApiKey } from '../src/data/curation.js';
import { openKnowledgeGraph } from '../src/data/index.js';

const directory = mkdtempSync(join(tmpdir(), 'kg-durability-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const CREATE =
  'mutation ($input: CreateEntityInput!) { createEntity(input: $input) { __typename ... on EntityChange { entity { slug } } } }';

it('keeps every acknowledged change, and nothing half-made, across a SIGKILL', async () => {
  const file = join(directory, 'kg.sqlite');
  const setup = await openKnowledgeGraph(`sqlite:${file}`);
  const { id, key, secretHash } = newApiKey();
  await setup.store.createApiKey({ id, label: 'crash test', scope: 'edit', secretHash });
  await setup.store.close();

  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE_URL: `sqlite:${file}`, NODE_ENV: 'test' },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise((resolve) => child.on('exit', resolve));
  try {
    // The port the process chose (PORT=0), from its "listening" log line.
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no port: ${output}`)), 20_000);
      const poll = setInterval(() => {
        const match = /"url":"http:\/\/localhost:(\d+)/.exec(output);
        if (match) {
          clearInterval(poll);
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      }, 50);
    });
    const acknowledged: string[] = [];
    let sent = 0;
    let killed = false;
    const worker = async () => {
      while (!killed) {
        const slug = `crash-role-${sent++}`;
        try {
          const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
            body: JSON.stringify({
              query: CREATE,
              variables: {
                input: {
                  kind: 'ROLE',
                  slug,
                  name: `Crash role ${slug}`,
                  description: 'Made by the durability test.',
                  provenance: { kind: 'CURATED', rationale: 'Durability test.' },
                },
              },
            }),
          });
          const body = (await response.json()) as { data?: { createEntity: { __typename: string } } };
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
    await exited;
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
