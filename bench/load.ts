/**
 * Load on a shared store: `npm run bench -- --store postgres --replicas 2`.
 *
 * Starts the production server as separate processes — one on the embedded SQLite store, then N
 * replicas on one PostgreSQL database — and drives each with autocannon (a separate process per
 * replica, 10 connections each, 10 s) with the headline question (bench/questions.ts), response cache off (every request
 * reaches the store) and on (repeated question). Prints throughput and p99 side by side and writes
 * them as JSON under bench/results/. Needs PostgreSQL at BENCH_DATABASE_URL (default: the local one).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { HEADLINE as HEADLINE_QUERY } from './questions.js';
import { autocannon, type Load, type RunningServer, startServer } from './support.js';

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    store: { type: 'string', default: 'postgres' },
    replicas: { type: 'string', default: '2' },
    seconds: { type: 'string', default: '10' },
  },
});
const replicas = Number(values.replicas);
const seconds = Number(values.seconds);
const adminUrl = process.env['BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const HEADLINE = JSON.stringify({ query: HEADLINE_QUERY });

/** N servers on one store, each under its own autocannon at once; throughput summed, worst p99. */
async function measure(
  databaseUrl: string,
  servers: number,
  responseCache: boolean,
): Promise<Pick<Load, 'requestsPerSecond' | 'p99Ms' | 'errors'>> {
  const started: RunningServer[] = [];
  try {
    for (let i = 0; i < servers; i++)
      started.push(await startServer({ DATABASE_URL: databaseUrl, RESPONSE_CACHE: responseCache ? 'on' : 'off' }));
    const loads = await Promise.all(started.map((server) => autocannon(server.url, HEADLINE, { connections: 10, seconds })));
    return {
      requestsPerSecond: Math.round(loads.reduce((sum, load) => sum + load.requestsPerSecond, 0)),
      p99Ms: Math.max(...loads.map((load) => load.p99Ms)),
      errors: loads.reduce((sum, load) => sum + load.errors, 0),
    };
  } finally {
    await Promise.all(started.map((server) => server.stop()));
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
  rows.push({
    store: 'sqlite',
    processes: 1,
    cache: responseCache ? 'on' : 'off',
    'req/s': sqlite.requestsPerSecond,
    'p99 ms': sqlite.p99Ms,
    errors: sqlite.errors,
  });
  if (values.store === 'postgres') {
    const database = await freshPostgresDatabase();
    const postgres = await measure(database, replicas, responseCache);
    await dropPostgresDatabase(database);
    rows.push({
      store: 'postgres',
      processes: replicas,
      cache: responseCache ? 'on' : 'off',
      'req/s': postgres.requestsPerSecond,
      'p99 ms': postgres.p99Ms,
      errors: postgres.errors,
    });
  }
}
console.log(
  `Headline query, 10 connections per process, ${seconds} s, production mode, Node ${process.version}, ${(await import('node:os')).cpus().length} cores:`,
);
console.table(rows);
mkdirSync('bench/results', { recursive: true });
writeFileSync(`bench/results/load-${new Date().toISOString().replace(/[:.]/g, '-')}.json`, `${JSON.stringify(rows, null, 2)}\n`);
