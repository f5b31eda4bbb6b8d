/** The server: embeddable in a plain node:http server, and the entry point that listens and shuts down cleanly. */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SERVER_OUT_DIR } from '../scripts/build-server.js';
import { createKnowledgeGraphServer } from '../src/server/create-server.js';
import { openTestGraph } from './support/test-store.js';

const HEADLINE = '{ responsibility(slug: "security-oversight") { certifications { nodes { acronym issuer { name } } } } }';
const directory = mkdtempSync(join(tmpdir(), 'kg-server-'));
writeFileSync(join(directory, 'not-a-directory'), '');
afterAll(() => rmSync(directory, { recursive: true, force: true }));

async function postQuery(url: string, query: string) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: unknown } };
}

describe('embedding', () => {
  it('mounts in a plain node:http server and answers over real HTTP', async () => {
    const { store } = await openTestGraph();
    const yoga = createKnowledgeGraphServer({ store, logger: false });
    const server: Server = createServer(yoga);
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    try {
      const { status, body } = await postQuery(`http://127.0.0.1:${port}/graphql`, HEADLINE);
      expect(status).toBe(200);
      expect(body.data).toEqual({
        responsibility: {
          certifications: {
            nodes: [
              { acronym: 'CISA', issuer: { name: 'ISACA' } },
              { acronym: 'CISSP', issuer: { name: 'ISC2' } },
            ],
          },
        },
      });
      const health = await fetch(`http://127.0.0.1:${port}/health`);
      expect(health.status).toBe(200);
    } finally {
      server.close();
      await store.close();
    }
  });
});

/** Starts the service as `npm start` does: the build in dist/server/ (made by the tests' global setup). */
function startMain(environment: Record<string, string>): {
  child: ChildProcessWithoutNullStreams;
  output: () => string;
  exit: Promise<number | null>;
} {
  const child = spawn(process.execPath, ['--enable-source-maps', join(SERVER_OUT_DIR, 'main.js')], {
    env: { ...process.env, NODE_ENV: 'test', ...environment },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exit };
}

async function listeningUrl(output: () => string, exit: Promise<number | null>): Promise<string> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    // Only complete lines: a chunk may end mid-line.
    const line = output()
      .split('\n')
      .slice(0, -1)
      .find((l) => l.includes('"listening"'));
    if (line) return (JSON.parse(line) as { url: string }).url;
    const exited = await Promise.race([exit.then(() => true), new Promise((r) => setTimeout(() => r(false), 100))]);
    if (exited) break;
  }
  throw new Error(`server did not start: ${output()}`);
}

describe('entry point', () => {
  it('creates and seeds its database, serves the headline query, and exits 0 on SIGTERM', async () => {
    const database = join(directory, 'main', 'kg.sqlite');
    const main = startMain({ PORT: '0', HOST: '127.0.0.1', DATABASE_URL: `sqlite:${database}` });
    try {
      const url = await listeningUrl(main.output, main.exit);
      expect(main.output()).toMatch(/"nodesAdded":81/);
      const { body } = await postQuery(url, HEADLINE);
      expect(JSON.stringify(body)).toContain('CISSP');
      // The build finds the explorer's files too.
      const explore = await fetch(new URL('/explore', url));
      expect(explore.status).toBe(200);
      expect(await explore.text()).toContain('<html');
      expect((await fetch(new URL('/explore/widget.js', url))).status).toBe(200);
      main.child.kill('SIGTERM');
      expect(await main.exit).toBe(0);
      expect(main.output()).toContain('"shutting down"');
    } finally {
      main.child.kill('SIGKILL');
    }

    // Second start on the same database: nothing to seed. SIGINT stops it as cleanly.
    const again = startMain({ PORT: '0', HOST: '127.0.0.1', DATABASE_URL: `sqlite:${database}` });
    try {
      await listeningUrl(again.output, again.exit);
      expect(again.output()).toMatch(
        /"seeded":\{"nodesAdded":0,"nodesUpdated":0,"nodesRemoved":0,"edgesAdded":0,"edgesUpdated":0,"edgesRemoved":0,"nodesLeftToCurators":0,"edgesLeftToCurators":0,"nodesKeptForCurators":0\}/,
      );
      again.child.kill('SIGINT');
      expect(await again.exit).toBe(0);
    } finally {
      again.child.kill('SIGKILL');
    }
  });

  it('lets a request in flight at SIGTERM complete, then exits 0', async () => {
    const main = startMain({ PORT: '0', HOST: '127.0.0.1', DATABASE_URL: 'sqlite::memory:' });
    try {
      const { port } = new URL(await listeningUrl(main.output, main.exit));
      const body = JSON.stringify({ query: HEADLINE });
      const socket = connect(Number(port), '127.0.0.1');
      await once(socket, 'connect');
      let response = '';
      socket.on('data', (chunk: Buffer) => (response += chunk.toString()));
      // Half the request now: it is in flight when the signal arrives.
      socket.write(
        `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`,
      );
      socket.write(body.slice(0, 20));
      await new Promise((resolve) => setTimeout(resolve, 200));
      main.child.kill('SIGTERM');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(main.child.exitCode).toBeNull(); // still draining
      socket.write(body.slice(20));
      await once(socket, 'close');
      expect(response).toMatch(/^HTTP\/1.1 200 OK/);
      expect(response).toContain('"acronym":"CISSP"');
      expect(await main.exit).toBe(0);
      expect(main.output()).toContain('"msg":"stopped"');
    } finally {
      main.child.kill('SIGKILL');
    }
  });

  it('ends open graphChanged streams at SIGTERM, so the shutdown does not wait for their clients', async () => {
    const main = startMain({ PORT: '0', HOST: '127.0.0.1', DATABASE_URL: 'sqlite::memory:', SHUTDOWN_GRACE_MS: '8000' });
    try {
      const url = await listeningUrl(main.output, main.exit);
      const stream = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
        body: JSON.stringify({ query: 'subscription { graphChanged { action } }' }),
      });
      expect(stream.status).toBe(200);
      const reading = stream.text().catch(() => 'cut'); // the stream ends (or is cut) by the shutdown
      const stopping = Date.now();
      main.child.kill('SIGTERM');
      expect(await main.exit).toBe(0);
      expect(Date.now() - stopping).toBeLessThan(3000);
      await reading;
      expect(main.output()).toContain('"msg":"stopped"');
    } finally {
      main.child.kill('SIGKILL');
    }
  });

  it.each([
    [{ DATABASE_URL: 'mysql://localhost/kg' }, /DATABASE_URL "mysql:\/\/localhost\/kg" is not supported/],
    // A PostgreSQL server that is not there.
    [
      { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/kg' },
      /Cannot open the store DATABASE_URL names \(postgres:\/\/postgres@127.0.0.1:1\/kg\): The store cannot be reached or migrated: connect ECONNREFUSED/,
    ],
    // A path whose parent is a file, not a directory.
    [
      { DATABASE_URL: `sqlite:${join(directory, 'not-a-directory', 'kg.sqlite')}` },
      /Cannot open the store DATABASE_URL names \(sqlite:.*not-a-directory\/kg.sqlite\): \S/,
    ],
    [{ PORT: 'eighty' }, /PORT: /],
    [{ PORT: '70000' }, /PORT: /],
  ])('refuses to start with bad configuration %o, naming the variable', async (environment, message) => {
    const main = startMain({ PORT: '0', DATABASE_URL: 'sqlite::memory:', ...environment });
    expect(await main.exit).toBe(1);
    const fatal = main
      .output()
      .split('\n')
      .find((line) => line.includes('"fatal"'));
    expect((JSON.parse(fatal!) as { msg: string }).msg).toMatch(message);
  });
});
