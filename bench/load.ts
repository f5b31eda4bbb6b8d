/**
 * Load on a shared store: `npm run bench -- --store postgres --replicas 2`.
 *
 * Starts the production server as separate processes — one on the embedded SQLite store, then N
 * replicas on one PostgreSQL database — and drives each with autocannon (a separate process per
 * replica, 10 connections each, 10 s) with the headline question, response cache off (every request
 * reaches the store) and on (repeated question). Prints throughput and p99 side by side and writes
 * them as JSON under bench/results/. Needs PostgreSQL at BENCH_DATABASE_URL (default: the local one).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { store: { type: 'string', default: 'postgres' }, replicas: { type: 'string', default: '2' }, seconds: { type: 'string', default: '10' } },
});
const replicas = Number(values.replicas);
const seconds = Number(values.seconds);
const adminUrl = process.env['BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const HEADLINE = JSON.stringify({
  query: '{ responsibility(slug: "security-oversight") { name roles { nodes { name } } certifications { nodes { name acronym issuer { name } } } } }',
});

let nextPort = 4900 + Math.floor(Math.random() * 500);

async function startServer(databaseUrl: string, responseCache: boolean): Promise<{ url: string; child: ChildProcess }> {
  const port = nextPort++;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: databaseUrl, NODE_ENV: 'production', LOG_LEVEL: 'warn', RESPONSE_CACHE: responseCache ? 'on' : 'off' },
    stdio: 'inherit',
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${url}/ready`)).ok) return { url: `${url}/graphql`, child };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`server on ${url} did not become ready`);
}

interface Load {
  requestsPerSecond: number;
  p99Ms: number;
  errors: number;
}

function autocannon(url: string): Promise<Load> {
  return new Promise((resolve, reject) => {
    const child = spawn('node_modules/.bin/autocannon', ['-c', '10', '-d', String(seconds), '-m', 'POST', '-H', 'content-type=application/json', '-b', HEADLINE, '--json', url], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', () => {
      const result = JSON.parse(output) as { requests: { average: number }; latency: { p99: number }; errors: number; non2xx: number };
      resolve({ requestsPerSecond: result.requests.average, p99Ms: result.latency.p99, errors: result.errors + result.non2xx });
    });
  });
}

/** N servers on one store, each under its own autocannon at once; throughput summed, worst p99. */
async function measure(databaseUrl: string, servers: number, responseCache: boolean): Promise<Load> {
  const started: { url: string; child: ChildProcess }[] = [];
  try {
    for (let i = 0; i < servers; i++) started.push(await startServer(databaseUrl, responseCache));
    const loads = await Promise.all(started.map((server) => autocannon(server.url)));
    return {
      requestsPerSecond: Math.round(loads.reduce((sum, load) => sum + load.requestsPerSecond, 0)),
      p99Ms: Math.max(...loads.map((load) => load.p99Ms)),
      errors: loads.reduce((sum, load) => sum + load.errors, 0),
    };
  } finally {
    for (const server of started) server.child.kill('SIGTERM');
  }
}

async function freshPostgresDatabase(): Promise<string> {
  const name = `kg_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function dropPostgresDatabase(url: string): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 500)); // the servers' connections close on SIGTERM
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${new URL(url).pathname.slice(1)} with (force)`);
  await admin.end();
}

const sqliteUrl = `sqlite:${join(mkdtempSync(join(tmpdir(), 'kg-bench-')), 'kg.sqlite')}`;
const rows: Record<string, string | number>[] = [];
for (const responseCache of [false, true]) {
  const sqlite = await measure(sqliteUrl, 1, responseCache);
  rows.push({ store: 'sqlite', processes: 1, cache: responseCache ? 'on' : 'off', 'req/s': sqlite.requestsPerSecond, 'p99 ms': sqlite.p99Ms, errors: sqlite.errors });
  if (values.store === 'postgres') {
    const database = await freshPostgresDatabase();
    const postgres = await measure(database, replicas, responseCache);
    await dropPostgresDatabase(database);
    rows.push({ store: 'postgres', processes: replicas, cache: responseCache ? 'on' : 'off', 'req/s': postgres.requestsPerSecond, 'p99 ms': postgres.p99Ms, errors: postgres.errors });
  }
}
console.log(`Headline query, 10 connections per process, ${seconds} s, production mode, Node ${process.version}, ${(await import('node:os')).cpus().length} cores:`);
console.table(rows);
mkdirSync('bench/results', { recursive: true });
writeFileSync(`bench/results/load-${new Date().toISOString().replace(/[:.]/g, '-')}.json`, `${JSON.stringify(rows, null, 2)}\n`);
