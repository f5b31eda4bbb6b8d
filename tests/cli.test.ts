/** The `kg` command line: API keys, and export/import of the whole graph. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseApiKey } from '../src/data/curation.js';
import { openKnowledgeGraph, seedGraph } from '../src/data/index.js';

const directory = mkdtempSync(join(tmpdir(), 'kg-cli-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function kg(database: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/kg.ts', ...args], {
    env: { ...process.env, DATABASE_URL: `sqlite:${join(directory, database)}` },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024, // the export holds the seeded ESCO slice: several megabytes
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('keys', () => {
  it('creates a key shown once, lists it without its secret, and revokes it', () => {
    const created = kg('keys.sqlite', 'keys', 'create', '--scope', 'edit', '--label', 'portal team');
    expect(created.code).toBe(0);
    const record = JSON.parse(created.stdout) as { id: string; key: string; scope: string; label: string };
    expect(record).toMatchObject({ scope: 'edit', label: 'portal team' });
    expect(record.key).toMatch(/^kg_[a-z0-9]{12}_[A-Za-z0-9_-]{43}$/);
    const listed = kg('keys.sqlite', 'keys', 'list');
    expect(listed.stdout).toContain(record.id);
    expect(listed.stdout).not.toContain(parseApiKey(record.key)!.secret); // the secret may itself contain `_`
    expect(kg('keys.sqlite', 'keys', 'revoke', record.id).code).toBe(0);
    expect(kg('keys.sqlite', 'keys', 'revoke', record.id)).toMatchObject({ code: 2 });
    expect(JSON.parse(kg('keys.sqlite', 'keys', 'list').stdout)).toMatchObject({ id: record.id, revokedAt: expect.any(String) });
  });

  it('refuses a bad scope or command with usage, exit 2', () => {
    expect(kg('keys.sqlite', 'keys', 'create', '--scope', 'root')).toMatchObject({ code: 2 });
    expect(kg('keys.sqlite', 'frobnicate')).toMatchObject({ code: 2, stderr: expect.stringContaining('usage:') });
  });
});

describe('export and import', () => {
  it('round-trips the whole graph, curated changes included, byte for byte, idempotently', async () => {
    // A curated change, so the export holds more than the seed content.
    const { store } = await openKnowledgeGraph(`sqlite:${join(directory, 'source.sqlite')}`);
    const outcome = await store.applyChange(
      {
        action: 'CREATE_ENTITY',
        node: {
          id: 'Role:site-reliability-engineer',
          kind: 'Role',
          slug: 'site-reliability-engineer',
          name: 'Site reliability engineer',
          description: 'Applies software engineering to operations.',
          attributes: { alternativeLabels: ['SRE'] },
          provenance: { kind: 'CURATED', quote: null, section: null, rationale: 'Test record.', sourceId: null },
        },
      },
      { keyId: 'test', label: 'test' },
    );
    expect(outcome.ok).toBe(true);
    await store.close();

    const exported = kg('source.sqlite', 'export');
    expect(exported.code).toBe(0);
    const file = join(directory, 'graph.json');
    writeFileSync(file, exported.stdout);
    const parsed = JSON.parse(exported.stdout) as { format: string; nodes: { id: string; origin: string }[]; edges: unknown[] };
    expect(parsed.format).toBe('it-ops-knowledge-graph/1');
    expect(parsed.nodes).toHaveLength(seedGraph().nodes.length + 1);
    expect(parsed.nodes.find((n) => n.id === 'Role:site-reliability-engineer')).toMatchObject({ origin: 'api' });

    const dryRun = kg('target.sqlite', 'import', file, '--dry-run');
    expect(JSON.parse(dryRun.stdout)).toMatchObject({ nodesAdded: 1, dryRun: true });
    expect(kg('target.sqlite', 'export').stdout).not.toContain('site-reliability-engineer');

    const imported = kg('target.sqlite', 'import', file);
    expect(JSON.parse(imported.stdout)).toMatchObject({ nodesAdded: 1, nodesUpdated: 0, edgesAdded: 0, dryRun: false });
    expect(kg('target.sqlite', 'export').stdout).toBe(readFileSync(file, 'utf8'));
    const again = kg('target.sqlite', 'import', file);
    expect(JSON.parse(again.stdout)).toMatchObject({ nodesAdded: 0, nodesUpdated: 0, edgesAdded: 0, edgesUpdated: 0 });
  });

  it('refuses an invalid file before writing anything', () => {
    const file = join(directory, 'bad.json');
    const valid = JSON.parse(kg('bad.sqlite', 'export').stdout) as {
      nodes: { id: string }[];
      edges: { id: string; relation: string; fromId: string; toId: string }[];
    };
    const edge = valid.edges[0]!;
    Object.assign(edge, { toId: 'Role:nobody', id: `${edge.relation}:${edge.fromId}->Role:nobody` });
    valid.nodes.push({ ...valid.nodes[0]!, id: 'Issuer:brand-new', kind: 'Issuer', slug: 'brand-new', origin: 'api' } as never);
    writeFileSync(file, JSON.stringify(valid));
    const refused = kg('bad.sqlite', 'import', file);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/refers to Role:nobody, which neither the file nor the store has/);
    expect(kg('bad.sqlite', 'export').stdout).not.toContain('brand-new');
    writeFileSync(file, '{"format": "something-else"}');
    expect(kg('bad.sqlite', 'import', file).stderr).toMatch(/Invalid export at format/);
    writeFileSync(file, '{ not json');
    expect(kg('bad.sqlite', 'import', file).stderr).toMatch(/Not JSON/);
  });
});
