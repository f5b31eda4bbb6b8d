/**
 * The package installs and runs outside this repository: `npm pack` makes a tarball holding the
 * library, its type declarations, the explorer and widget, schema.graphql and the seed data (and no
 * tests, bench, sources or store files); installed with express into a fresh project, a plain-Node
 * script there imports it by name, opens a SQLite store (seeded as `npm start` seeds), mounts it in
 * Express and answers the headline question as this checkout does; a TypeScript file there type-checks
 * against its declarations. `npm run test:package` (vitest.package.config.ts).
 */
import { type ChildProcessWithoutNullStreams, execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKnowledgeGraphServer } from '../../src/server/create-server.js';
import { HEADLINE_QUERY } from '../../src/server/headline-query.js';
import { openTestGraph } from '../support/test-store.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
  name: string;
  overrides: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** The portal's server: plain Node, the package imported by name, mounted in Express beside a route of its own. */
const SERVER_SCRIPT = `
import express from 'express';
import { createKnowledgeGraphServer, openKnowledgeGraph } from '${manifest.name}';

const { store } = await openKnowledgeGraph(process.argv[2]);
const yoga = createKnowledgeGraphServer({ store, graphqlEndpoint: '/kg/graphql', logger: false });
const app = express();
app.get('/status', (_request, response) => response.json({ ok: true }));
app.use(yoga.graphqlEndpoint, yoga);
app.use('/explore', yoga);
const server = app.listen(0, '127.0.0.1', () => {
  console.log(JSON.stringify({
    port: server.address().port,
    widget: import.meta.resolve('${manifest.name}/widget.js'),
    schema: import.meta.resolve('${manifest.name}/schema.graphql'),
  }));
});
process.on('SIGTERM', () => server.close(() => store.close().then(() => process.exit(0))));
`;

/** A portal's TypeScript: compiles only if the declarations resolve and are the real types (not \`any\`). */
const TYPED_SCRIPT = `
import { createServer } from 'node:http';
import {
  createKnowledgeGraphListener,
  createKnowledgeGraphServer,
  DEFAULT_LIMITS,
  type KnowledgeGraphServerOptions,
  openKnowledgeGraph,
  type Store,
} from '${manifest.name}';

const { store }: { store: Store } = await openKnowledgeGraph('sqlite::memory:');
const options: KnowledgeGraphServerOptions = { store, graphqlEndpoint: '/kg/graphql', limits: { maxDepth: DEFAULT_LIMITS.maxDepth } };
export const endpoint: string = createKnowledgeGraphServer(options).graphqlEndpoint;
createServer(createKnowledgeGraphListener({ store }).listener);
// @ts-expect-error graphiql is a boolean
createKnowledgeGraphServer({ store, graphiql: 'yes' });
// @ts-expect-error the store is required
createKnowledgeGraphServer({ graphiql: false });
`;

const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    noEmit: true,
    // As in this repository: graphql-yoga's and @whatwg-node's own declarations need newer lib types
    // than Node 20's (URLPattern, AsyncDisposableStack). The package's declarations are checked when
    // they are emitted (scripts/build-library.ts), and the @ts-expect-error lines fail if they resolve to any.
    skipLibCheck: true,
    types: ['node'],
  },
  files: ['check.ts'],
};

let work: string;
let app: string;
let tarball: string;
let entries: string[];
const figures: Record<string, string> = {};

async function timed<T>(name: string, step: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await step();
  figures[name] = `${((performance.now() - started) / 1000).toFixed(1)} s`;
  return result;
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'kg-package-'));
  app = join(work, 'portal');
  await mkdir(app);
  // `npm pack` runs `prepack` (the explorer and the library are built) and prints its report last.
  const packed = await timed('npm pack (with its build)', () =>
    run('npm', ['pack', '--json', '--pack-destination', work], { cwd: root, maxBuffer: 64 * 1024 * 1024 }),
  );
  // (the build's output comes first: the report is the JSON array starting on a line of its own)
  const report = JSON.parse(packed.stdout.slice(packed.stdout.search(/^\[$/m))) as { filename: string; size: number }[];
  tarball = join(work, report[0]?.filename ?? 'missing.tgz');
  figures['tarball'] = `${((report[0]?.size ?? 0) / 1024 / 1024).toFixed(2)} MB`;
  entries = (await run('tar', ['-tzf', tarball])).stdout.split('\n').filter(Boolean);
  // A fresh project, as the README's "Installing the package" tells a portal team to set it up: the
  // overrides that keep Node 20 (they apply only in the installing project) and better-sqlite3's build
  // approved. --engine-strict: the installed tree must hold nothing that needs a newer Node.
  await writeFile(
    join(app, 'package.json'),
    JSON.stringify({
      name: 'portal',
      private: true,
      type: 'module',
      overrides: manifest.overrides,
      allowScripts: { 'better-sqlite3': true },
    }),
  );
  // better-sqlite3 installs its native addon from a prebuilt binary, downloaded from GitHub, or else
  // compiles SQLite for minutes. This machine reaches no GitHub, so the install takes the binary this
  // checkout built, offered as a local prebuild (prebuild-install's own option, as an air-gapped
  // portal would point it at its mirror): the same version for the same Node ABI and platform.
  const sqlite = dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json'));
  const sqliteVersion = (JSON.parse(await readFile(join(sqlite, 'package.json'), 'utf8')) as { version: string }).version;
  const prebuilds = join(work, 'prebuilds');
  await mkdir(prebuilds);
  await run('tar', [
    '-czf',
    join(prebuilds, `better-sqlite3-v${sqliteVersion}-node-v${process.versions.modules}-${process.platform}-${process.arch}.tar.gz`),
    '-C',
    sqlite,
    'build/Release/better_sqlite3.node',
  ]);
  await timed('npm install of the tarball, express and @types/node', () =>
    run(
      'npm',
      [
        'install',
        '--prefer-offline',
        '--no-audit',
        '--no-fund',
        '--engine-strict',
        tarball,
        `express@${manifest.devDependencies['express']}`,
        `@types/node@${manifest.devDependencies['@types/node']}`,
      ],
      { cwd: app, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, npm_config_better_sqlite3_local_prebuilds: prebuilds } },
    ),
  );
  await writeFile(join(app, 'server.mjs'), SERVER_SCRIPT);
  await writeFile(join(app, 'check.ts'), TYPED_SCRIPT);
  await writeFile(join(app, 'tsconfig.json'), JSON.stringify(TSCONFIG));
});

afterAll(async () => {
  console.info(
    `Pack test figures: ${Object.entries(figures)
      .map(([name, value]) => `${name} ${value}`)
      .join('; ')}`,
  );
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the installable package', () => {
  it('packs the library, its declarations, the explorer and widget, schema.graphql and the seed data, and no development files', () => {
    expect(entries).toEqual(
      expect.arrayContaining([
        'package/package.json',
        'package/schema.graphql',
        'package/dist/library/index.js',
        'package/dist/library/content/esco-it-slice.json',
        'package/dist/library/content/source-article.txt',
        'package/dist/types/index.d.ts',
        'package/dist/explorer/index.html',
        'package/dist/explorer/explorer.js',
        'package/dist/explorer/widget.js',
      ]),
    );
    const development = entries.filter(
      (entry) =>
        /^package\/(tests|bench|scripts|src|examples|docs|\.data|\.ci|node_modules|dist\/server)\/|\.sqlite|\.test\./.test(entry) ||
        (entry.endsWith('.ts') && !entry.endsWith('.d.ts')),
    );
    expect(development).toEqual([]);
  });

  it('runs in plain Node in a fresh project, mounted in Express, and answers the headline question as this checkout does', async () => {
    const expected = await expectedHeadlineAnswer();
    // Independent of the checkout: the two certifications the article names for security oversight.
    expect(JSON.stringify(expected)).toContain('"acronym":"CISA","issuer":{"name":"ISACA"}');
    expect(JSON.stringify(expected)).toContain('"acronym":"CISSP","issuer":{"name":"ISC2"}');

    const child = spawn(process.execPath, ['server.mjs', 'sqlite:./data/kg.sqlite'], { cwd: app });
    try {
      const started = await timed('start of the installed package (open, migrate, seed)', () => firstLine(child));
      const { port, widget, schema } = JSON.parse(started) as { port: number; widget: string; schema: string };
      const base = `http://127.0.0.1:${port}`;

      const answer = await fetch(`${base}/kg/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: HEADLINE_QUERY }),
      });
      expect(answer.status).toBe(200);
      expect(await answer.json()).toEqual(expected);
      expect(await (await fetch(`${base}/status`)).json()).toEqual({ ok: true });

      // The explorer and the widget come from the package, and the exports map names the same widget.
      const page = await fetch(`${base}/explore`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('/kg/graphql');
      const served = await fetch(`${base}/explore/widget.js`);
      expect(served.status).toBe(200);
      expect(widget).toContain('/node_modules/it-ops-knowledge-graph/dist/explorer/widget.js');
      expect(await served.text()).toBe(await readFile(new URL(widget), 'utf8'));
      expect(await readFile(new URL(schema), 'utf8')).toBe(await readFile(join(root, 'schema.graphql'), 'utf8'));
    } finally {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  });

  it("type-checks a TypeScript file that imports it by name against the package's declarations", async () => {
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    const checked = await timed('tsc on a file importing the package', () =>
      run(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: app }).then(
        () => '',
        (error: { stdout?: string }) => error.stdout ?? String(error),
      ),
    );
    expect(checked).toBe('');
  });
});

/** The headline question answered by this checkout's sources. */
async function expectedHeadlineAnswer(): Promise<unknown> {
  const { store } = await openTestGraph();
  try {
    const yoga = createKnowledgeGraphServer({ store, logger: false });
    const response = await yoga.fetch('http://checkout/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: HEADLINE_QUERY }),
    });
    return response.json();
  } finally {
    await store.close();
  }
}

/** The first line the process writes to stdout (its stderr joins the error if it exits first). */
async function firstLine(child: ChildProcessWithoutNullStreams): Promise<string> {
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const lines = createInterface({ input: child.stdout });
  const exited = once(child, 'exit').then(([code]) => {
    throw new Error(`server.mjs exited (${code}) before listening:\n${stderr}`);
  });
  const line = once(lines, 'line').then(([text]) => String(text));
  return Promise.race([line, exited]);
}
