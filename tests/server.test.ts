/** The server: embeddable in a plain node:http server, and the entry point that listens and shuts down cleanly. */
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seedGraph } from '../src/data/index.js';
import { createKnowledgeGraphServer } from '../src/server/create-server.js';
import { graphql } from './graphql/index.js';
import { answerOf, graphqlClient } from './support/graphql-client.js';
import { close, listen } from './support/listen.js';
import { startService } from './support/service-process.js';
import { openTestGraph } from './support/test-store.js';

const Headline = graphql(`
  query ServerHeadline { responsibility(slug: "security-oversight") { certifications { nodes { acronym issuer { name } } } } }
`);
const directory = mkdtempSync(join(tmpdir(), 'kg-server-'));
writeFileSync(join(directory, 'not-a-directory'), '');
afterAll(() => rmSync(directory, { recursive: true, force: true }));

async function postQuery(url: string) {
  const response = await graphqlClient(url).post(Headline);
  return { status: response.status, body: await answerOf(response, Headline) };
}

describe('embedding', () => {
  it('mounts in a plain node:http server and answers over real HTTP', async () => {
    const { store } = await openTestGraph();
    const yoga = createKnowledgeGraphServer({ store, logger: false });
    const server: Server = createServer(yoga);
    const origin = await listen(server);
    try {
      const { status, body } = await postQuery(`${origin}/graphql`);
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
      const health = await fetch(`${origin}/health`);
      expect(health.status).toBe(200);
    } finally {
      await close(server);
      await store.close();
    }
  });
});

describe('entry point', () => {
  it('creates and seeds its database, serves the headline query, and exits 0 on SIGTERM', async () => {
    const database = join(directory, 'main', 'kg.sqlite');
    const main = startService({ DATABASE_URL: `sqlite:${database}` });
    try {
      const url = await main.url();
      expect(main.output()).toContain(`"nodesAdded":${seedGraph().nodes.length},`);
      const { body } = await postQuery(url);
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
    const again = startService({ DATABASE_URL: `sqlite:${database}` });
    try {
      await again.url();
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
    const main = startService({ DATABASE_URL: 'sqlite::memory:' });
    try {
      const { port } = new URL(await main.url());
      const body = JSON.stringify({ query: Headline.toString() });
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
    const main = startService({ DATABASE_URL: 'sqlite::memory:', SHUTDOWN_GRACE_MS: '8000' });
    try {
      const url = await main.url();
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
    const main = startService({ DATABASE_URL: 'sqlite::memory:', ...environment });
    expect(await main.exit).toBe(1);
    const fatal = main
      .output()
      .split('\n')
      .find((line) => line.includes('"fatal"'));
    expect((JSON.parse(fatal!) as { msg: string }).msg).toMatch(message);
  });
});
