/**
 * `npm run kg -- import-esco`: the official ESCO CSV package (here a small fixture in its format,
 * tests/fixtures/esco/) imported in one transaction, owned by the import, idempotent; a newer version
 * updates, deprecates what is gone or obsolete and removes the relationships it no longer has; a
 * malformed package is refused naming the file and the row, writing nothing. And `npm run esco:slice`
 * gives the same bytes from the same package.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { ESCO_SOURCE_ID_PREFIX } from '../src/data/esco/esco-import.js';
import { loadEscoSlice } from '../src/data/esco/esco-slice.js';
import { openKnowledgeGraph, seedGraph, shippedEscoSlice } from '../src/data/index.js';
import type { GraphExport } from '../src/data/transfer.js';
import { graphql } from './graphql/index.js';
import { startTestService } from './support/knowledge-graph.js';
import { openSharedTestGraph } from './support/test-store.js';

const directory = mkdtempSync(join(tmpdir(), 'kg-esco-import-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const FIXTURES = 'tests/fixtures/esco';
const V1 = `${FIXTURES}/v1`;
const V2 = `${FIXTURES}/v2`;
const CROSSWALK = `${FIXTURES}/crosswalk.csv`;
const ESCO = 'http://data.europa.eu/esco';
const OPERATIONS_MANAGER = `${ESCO}/occupation/f1000000-0000-4000-8000-000000000001`;
const SYSTEM_ADMINISTRATOR = 'Occupation:f1000000-0000-4000-8000-000000000002';
const GRAPHIC_DESIGNER = 'Occupation:f1000000-0000-4000-8000-000000000004';
const skillId = (n: number) => `Skill:5c000000-0000-4000-8000-00000000000${n}`;

/** Runs `npm run kg -- …` on the store at `url`, as an operator would. */
function kg(url: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/kg.ts', ...args], {
    env: { ...process.env, DATABASE_URL: url },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The whole graph as `kg export` writes it (the text, to compare byte for byte, and parsed). */
function exported(url: string): { text: string; graph: GraphExport } {
  const run = kg(url, 'export');
  expect(run.code, run.stderr).toBe(0);
  return { text: run.stdout, graph: JSON.parse(run.stdout) as GraphExport };
}

/** A new seeded store (SQLite file, or a PostgreSQL database with TEST_DATABASE_URL), closed: the CLI opens it. */
async function newStore(name: string): Promise<string> {
  const { store, databaseUrl } = await openSharedTestGraph(join(directory, `${name}.sqlite`));
  await store.close();
  return databaseUrl;
}

interface Report {
  nodesAdded: number;
  nodesUpdated: number;
  nodesUnchanged: number;
  nodesDeprecated: number;
  edgesAdded: number;
  edgesUpdated: number;
  edgesUnchanged: number;
  edgesRemoved: number;
  dryRun: boolean;
  version: string;
  occupations: number;
  skills: number;
  iscoGroups: number;
  relationships: number;
}

function imported(url: string, ...args: string[]): { report: Report; stderr: string } {
  const run = kg(url, 'import-esco', ...args);
  expect(run.code, run.stderr).toBe(0);
  return { report: JSON.parse(run.stdout) as Report, stderr: run.stderr };
}

/** The values of one column of a fixture CSV without quoted commas before it. */
const column = (file: string, index: number) =>
  readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(',')[index]!);

const FindOccupation = graphql(`
  query EscoImportFindOccupation($query: String!) {
    search(query: $query, kinds: [OCCUPATION], first: 5) { edges { node { id kind slug name } } }
  }
`);
const OccupationById = graphql(`
  query EscoImportOccupation($id: ID!) {
    node(id: $id) {
      ... on Occupation { name alternativeLabels deprecated provenance { kind quote source { slug } } }
    }
  }
`);

describe('import-esco', () => {
  it('imports the package as the import’s own records, each citing the dataset version and its concept URI; again, it changes nothing; a restart reverts nothing', async () => {
    const url = await newStore('first');
    const { report, stderr } = imported(url, V1, '--version', '9.0.0', '--crosswalk', CROSSWALK);
    expect(report).toMatchObject({ version: '9.0.0', occupations: 4, skills: 6, iscoGroups: 11, edgesRemoved: 0, dryRun: false });
    // The fixture is the whole package of its version: the shipped slice's entities it lacks are deprecated (its ISCO groups it has).
    const fixtureGroups = new Set([
      ...column(`${V1}/ISCOGroups_en.csv`, 2).map((code) => `IscoGroup:${code}`),
      // Its two skill groups are real ESCO ones (the slice has them too): `skill/<UUID>` and `isced-f/<code>`.
      ...column(`${V1}/skillGroups_en.csv`, 1).map((uri) => `SkillGroup:${uri.replace(/^.*\/isced-f\//, 'isced-f-').replace(/^.*\//, '')}`),
    ]);
    const sliceEntities = shippedEscoSlice().nodes.filter((node) => node.provenance.kind === 'IMPORTED');
    expect(report.nodesDeprecated).toBe(sliceEntities.filter((node) => !fixtureGroups.has(node.id)).length);
    // Progress: the phases and counts, not a line per record.
    expect(stderr).toMatch(/Reading ESCO v9\.0\.0 from/);
    expect(stderr).toMatch(/Built 4 occupations, 6 skills, 11 ISCO groups, 2 skill groups, 28 relationships/);
    expect(stderr).toMatch(/Done: entities 14 added/);
    expect(stderr.trim().split('\n').length).toBeLessThanOrEqual(6);

    const first = exported(url);
    const byId = new Map(first.graph.nodes.map((node) => [node.id, node]));
    const manager = byId.get('Occupation:f1000000-0000-4000-8000-000000000001')!;
    expect(manager).toMatchObject({
      kind: 'Occupation',
      name: 'fixture operations manager',
      origin: 'api',
      deprecatedAt: null,
      provenance: { kind: 'IMPORTED', sourceId: 'Source:esco-v9-0-0', record: OPERATIONS_MANAGER, quote: null, rationale: null },
      attributes: {
        uri: OPERATIONS_MANAGER,
        code: '1330.1',
        alternativeLabels: ['fixture ops lead', 'IT fixture manager'],
        hiddenLabels: ['opsmgr'],
      },
    });
    expect(manager.attributes.externalIds).toContainEqual(
      expect.objectContaining({ scheme: 'O*NET-SOC-2010', code: '11-3021.00', confidence: 1 }),
    );
    expect(byId.get(skillId(2))).toMatchObject({ attributes: { skillType: 'knowledge', reuseLevel: 'sector-specific' } });
    expect(byId.get('Source:esco-v9-0-0')).toMatchObject({ kind: 'Source', name: 'ESCO v9.0.0', origin: 'api' });
    const requirement = first.graph.edges.find((edge) => edge.fromId === manager.id && edge.toId === skillId(1))!;
    expect(requirement).toMatchObject({
      relation: 'REQUIRES_SKILL',
      qualifier: 'ESSENTIAL',
      origin: 'api',
      provenance: { kind: 'IMPORTED', sourceId: 'Source:esco-v9-0-0', record: OPERATIONS_MANAGER },
    });
    const relations = new Set(first.graph.edges.filter((edge) => edge.provenance.sourceId === 'Source:esco-v9-0-0').map((e) => e.relation));
    expect(relations).toEqual(
      new Set([
        'REQUIRES_SKILL',
        'IN_ISCO_GROUP',
        'BROADER_OCCUPATION',
        'BROADER_ISCO_GROUP',
        'BROADER_SKILL',
        'RELATED_SKILL',
        'IN_SKILL_GROUP',
        'BROADER_SKILL_GROUP',
      ]),
    );
    // Deprecated, never deleted: ESCO's ICT operations manager of the shipped slice, which this package lacks.
    expect(byId.get('Occupation:f0ca39a8-1e30-487c-95f9-ef2d5e734adc')).toMatchObject({ deprecatedAt: expect.any(String), origin: 'api' });

    // The same package again: nothing changes, not even a version.
    const again = imported(url, V1, '--version', '9.0.0', '--crosswalk', CROSSWALK).report;
    expect(again).toMatchObject({ nodesAdded: 0, nodesUpdated: 0, nodesDeprecated: 0, edgesAdded: 0, edgesUpdated: 0, edgesRemoved: 0 });
    expect(again.nodesUnchanged).toBe(report.nodesAdded + report.nodesUpdated + report.nodesUnchanged);
    // Restarting seeds again (as `kg export` did, too): it neither reverts nor duplicates the import's records.
    const restarted = await openKnowledgeGraph(url);
    expect(restarted.seeded).toMatchObject({
      nodesAdded: 0,
      nodesUpdated: 0,
      nodesRemoved: 0,
      edgesAdded: 0,
      edgesUpdated: 0,
      edgesRemoved: 0,
    });
    await restarted.store.close();
    expect(exported(url).text).toBe(first.text);

    // Through the API: the imported occupation is found by its labels and read by its id.
    const reopened = await openKnowledgeGraph(url);
    try {
      const service = await startTestService({ store: reopened.store });
      const found = (await service.data(FindOccupation, { query: 'fixture ops lead' })).search.edges;
      expect(found[0]!.node).toMatchObject({ kind: 'OCCUPATION', name: 'fixture operations manager' });
      const occupation = (await service.data(OccupationById, { id: found[0]!.node.id })).node;
      expect(occupation).toMatchObject({
        name: 'fixture operations manager',
        alternativeLabels: ['fixture ops lead', 'IT fixture manager'],
        deprecated: false,
        provenance: { kind: 'IMPORTED', quote: null, source: { slug: 'esco-v9-0-0' } },
      });
    } finally {
      await reopened.store.close();
    }
  }, 120_000);

  it('imports a newer version: updates what changed, deprecates what is gone or obsolete, removes the relationships it no longer has (in the audit log)', async () => {
    const url = await newStore('versions');
    imported(url, V1, '--version', '9.0.0', '--crosswalk', CROSSWALK);
    const before = exported(url).graph;
    const { report } = imported(url, V2, '--version', '9.1.0', '--crosswalk', CROSSWALK);
    // New: the version's Source and one skill. Gone: the graphic designer; obsolete: one skill. Gone: one requirement.
    expect(report).toMatchObject({ nodesAdded: 2, nodesDeprecated: 2, edgesAdded: 1, edgesRemoved: 1 });
    const after = exported(url).graph;
    const node = (graph: GraphExport, id: string) => graph.nodes.find((n) => n.id === id)!;
    const manager = 'Occupation:f1000000-0000-4000-8000-000000000001';
    expect(node(after, manager)).toMatchObject({
      name: 'fixture ICT operations manager',
      description: 'Fixture ICT operations managers plan and run the ICT operations of an organisation.',
      provenance: { sourceId: 'Source:esco-v9-1-0', record: OPERATIONS_MANAGER },
      deprecatedAt: null,
    });
    expect(node(after, manager).version).toBeGreaterThan(node(before, manager).version);
    expect(node(after, manager).attributes.alternativeLabels).toContain('service operations manager');
    // Deprecated, never deleted: with their relationships, as the version that had them said.
    expect(node(after, GRAPHIC_DESIGNER)).toMatchObject({ deprecatedAt: expect.any(String), name: 'fixture graphic designer' });
    expect(after.edges.some((edge) => edge.fromId === GRAPHIC_DESIGNER && edge.relation === 'REQUIRES_SKILL')).toBe(true);
    expect(node(after, skillId(6))).toMatchObject({ deprecatedAt: expect.any(String) });
    expect(node(after, skillId(7))).toMatchObject({ name: 'report on fixture incidents', deprecatedAt: null });
    const removed = `REQUIRES_SKILL:${SYSTEM_ADMINISTRATOR}->${skillId(4)}`;
    expect(before.edges.map((edge) => edge.id)).toContain(removed);
    expect(after.edges.map((edge) => edge.id)).not.toContain(removed);
    expect(after.nodes).toHaveLength(before.nodes.length + 2);

    const opened = await openKnowledgeGraph(url);
    try {
      const unlinked = await opened.store.listChanges({ limit: 10, offset: 0, subjectId: removed });
      expect(unlinked.items).toEqual([
        expect.objectContaining({ action: 'UNLINK', actor: { keyId: 'import-esco', label: 'import-esco ESCO v9.1.0' }, after: null }),
      ]);
      const deprecated = await opened.store.listChanges({ limit: 10, offset: 0, subjectId: GRAPHIC_DESIGNER });
      expect(deprecated.items.map((change) => change.action)).toEqual(['DEPRECATE_ENTITY']);
    } finally {
      await opened.store.close();
    }

    // The newer version again: nothing changes, and the deprecations keep their moment.
    const again = imported(url, V2, '--version', '9.1.0', '--crosswalk', CROSSWALK).report;
    expect(again).toMatchObject({ nodesAdded: 0, nodesUpdated: 0, nodesDeprecated: 0, edgesAdded: 0, edgesUpdated: 0, edgesRemoved: 0 });
    expect(node(exported(url).graph, skillId(6)).deprecatedAt).toBe(node(after, skillId(6)).deprecatedAt);
  }, 120_000);

  it('refuses a malformed package naming the file and the row, exit 1, writing nothing', async () => {
    const url = await newStore('malformed');
    const before = exported(url).text;
    /** A copy of the good package with one thing broken. */
    const broken = (name: string, breakIt: (folder: string) => void) => {
      const folder = join(directory, name);
      cpSync(V1, folder, { recursive: true });
      breakIt(folder);
      return folder;
    };
    const edit = (folder: string, file: string, change: (text: string) => string) =>
      writeFileSync(join(folder, file), change(readFileSync(join(folder, file), 'utf8')));
    const cases: [string, string, RegExp][] = [
      [
        'a relation type that is neither essential nor optional',
        `${FIXTURES}/malformed`,
        /occupationSkillRelations\.csv row 4: relationType "sometimes"/,
      ],
      [
        'a missing file',
        broken('missing-file', (folder) => unlinkSync(join(folder, 'skillSkillRelations.csv'))),
        /holds no skillSkillRelations\.csv/,
      ],
      [
        'a missing column',
        broken('missing-column', (folder) => edit(folder, 'occupationSkillRelations.csv', (text) => text.replace('skillUri', 'skill'))),
        /occupationSkillRelations\.csv: no column skillUri/,
      ],
      [
        'an unknown skill in a requirement',
        broken('unknown-skill', (folder) =>
          edit(folder, 'occupationSkillRelations.csv', (text) => text.replace('000000000003\n', '000000000099\n')),
        ),
        /occupationSkillRelations\.csv row 6: skillUri "http:\/\/data\.europa\.eu\/esco\/skill\/5c000000-0000-4000-8000-000000000099" is not in skills_en\.csv/,
      ],
      [
        'an unknown skill in a skill–skill relation',
        broken('unknown-related-skill', (folder) =>
          edit(folder, 'skillSkillRelations.csv', (text) => text.replace(/000000000004\n$/, '000000000098\n')),
        ),
        /skillSkillRelations\.csv row 3: relatedSkillUri ".*000000000098" is not in skills_en\.csv/,
      ],
      [
        'a quote left open',
        broken('bad-csv', (folder) => edit(folder, 'skills_en.csv', (text) => text.replace(',Write scripts', ',"Write scripts'))),
        /skills_en\.csv row 5 \(line \d+\): Quote Not Closed/,
      ],
      [
        'an ESCO concept URI that is not one',
        broken('bad-uri', (folder) =>
          edit(folder, 'skills_en.csv', (text) => text.replace(`${ESCO}/skill/5c000000`, 'https://example.org/skill/5c')),
        ),
        /skills_en\.csv row 2: "https:\/\/example\.org\/skill\/5c.*" is not an ESCO concept URI/,
      ],
    ];
    for (const [what, folder, message] of cases) {
      const run = kg(url, 'import-esco', folder, '--version', '9.0.0');
      expect(run.code, what).toBe(1);
      expect(run.stderr, what).toMatch(message);
      expect(run.stderr, what).toMatch(/refused; nothing was written/);
      expect(run.stdout, what).toBe('');
    }
    // A folder of extracted CSVs does not say its version; an archive must, or --version.
    expect(kg(url, 'import-esco', V1)).toMatchObject({ code: 1, stderr: expect.stringMatching(/give --version/) });
    expect(kg(url, 'import-esco', V1, '--version', '9.0.0', '--slice', '25,x')).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/--slice takes ISCO-08 group codes/),
    });
    expect(exported(url).text).toBe(before);
  }, 180_000);

  it('reads the two archives as downloaded, the version from their names; --dry-run and --slice', async () => {
    const url = await newStore('archives');
    const before = exported(url).text;
    const folder = join(directory, 'archives');
    const files = (names: string[]) => Object.fromEntries(names.map((name) => [name, strToU8(readFileSync(join(V1, name), 'utf8'))]));
    mkdirSync(folder);
    writeFileSync(
      join(folder, 'ESCO dataset - v9.0.0 - classification - en - csv.zip'),
      zipSync(
        files([
          'occupations_en.csv',
          'skills_en.csv',
          'ISCOGroups_en.csv',
          'skillGroups_en.csv',
          'broaderRelationsOccPillar.csv',
          'broaderRelationsSkillPillar.csv',
        ]),
      ),
    );
    writeFileSync(
      join(folder, 'ESCO dataset - v9.0.0 - relations - csv.zip'),
      zipSync(files(['occupationSkillRelations.csv', 'skillSkillRelations.csv'])),
    );
    const dryRun = imported(url, folder, '--dry-run').report;
    expect(dryRun).toMatchObject({ version: '9.0.0', dryRun: true, occupations: 4, skills: 6 });
    expect(dryRun.nodesAdded).toBeGreaterThan(0);
    expect(exported(url).text).toBe(before);

    // ISCO 25: the system administrators (2522), the skills they need, their groups; not the manager (1330) nor the designer (2166).
    const sliced = imported(url, folder, '--slice', '25').report;
    expect(sliced).toMatchObject({ occupations: 2, skills: 3, dryRun: false });
    const ids = new Set(exported(url).graph.nodes.map((node) => node.id));
    expect(ids.has(SYSTEM_ADMINISTRATOR)).toBe(true);
    expect(ids.has('Occupation:f1000000-0000-4000-8000-000000000001')).toBe(false);
    expect(ids.has(GRAPHIC_DESIGNER)).toBe(false);
    expect(ids.has(skillId(5))).toBe(false);
  }, 120_000);
});

describe('import over the shipped slice', () => {
  it('a version without one of the slice’s relationships removes it for good: seeding does not put it back', async () => {
    const { store } = await openSharedTestGraph(join(directory, 'over-slice.sqlite'));
    try {
      const slice = shippedEscoSlice();
      const dropped = slice.edges.find((edge) => edge.relation === 'REQUIRES_SKILL')!;
      const graph = { nodes: slice.nodes, edges: slice.edges.filter((edge) => edge.id !== dropped.id) };
      const dataset = {
        graph,
        sourceIdPrefix: ESCO_SOURCE_ID_PREFIX,
        packageIds: new Set(slice.nodes.map((node) => node.id)),
        obsoleteIds: new Set<string>(),
        actor: { keyId: 'import-esco', label: 'import-esco test' },
      };
      expect(await store.importDataset({ ...dataset, dryRun: true })).toMatchObject({ edgesRemoved: 1, dryRun: true });
      expect(await store.edgesTouching([dropped.fromId])).toContainEqual(expect.objectContaining({ id: dropped.id }));
      const summary = await store.importDataset({ ...dataset, dryRun: false });
      // Every record of the slice is the import's now (origin content → api): updated, none added or deprecated.
      expect(summary).toMatchObject({
        nodesAdded: 0,
        nodesUpdated: slice.nodes.length,
        nodesDeprecated: 0,
        edgesAdded: 0,
        edgesRemoved: 1,
      });
      const touching = async () => (await store.edgesTouching([dropped.fromId])).map((edge) => edge.id);
      expect(await touching()).not.toContain(dropped.id);
      // A restart seeds the content again, the slice with it: the removal stands, nothing else moves.
      const seeded = await store.seed(seedGraph());
      expect(seeded).toMatchObject({ nodesAdded: 0, nodesUpdated: 0, nodesRemoved: 0, edgesAdded: 0, edgesUpdated: 0, edgesRemoved: 0 });
      expect(await touching()).not.toContain(dropped.id);
      expect(await store.importDataset({ ...dataset, dryRun: false })).toMatchObject({
        nodesUpdated: 0,
        edgesUpdated: 0,
        edgesRemoved: 0,
        nodesUnchanged: slice.nodes.length,
      });
    } finally {
      await store.close();
    }
  }, 60_000);
});

describe('npm run esco:slice', () => {
  it('gives the same bytes from the same package, and a slice the service can load', () => {
    const outputs = ['a', 'b'].map((name) => {
      const out = join(directory, `slice-${name}.json`);
      const run = spawnSync(
        process.execPath,
        ['--import', 'tsx', 'scripts/generate-esco-slice.ts', V1, CROSSWALK, '--version', '9.0.0', '--out', out],
        { encoding: 'utf8' },
      );
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/ESCO v9\.0\.0, ISCO 133, 25, 35: 3 occupations, 5 skills/);
      return out;
    });
    const [first, second] = outputs.map((file) => readFileSync(file));
    expect(first!.equals(second!)).toBe(true);
    const slice = loadEscoSlice(new URL(`file://${outputs[0]}`));
    const occupations = slice.nodes.filter((node) => node.kind === 'Occupation').map((node) => node.name);
    expect(occupations.sort()).toEqual([
      'fixture operations manager',
      'fixture senior system administrator',
      'fixture system administrator',
    ]);
    expect(slice.edges.every((edge) => edge.provenance.kind === 'IMPORTED' && edge.provenance.sourceId === 'Source:esco-v9-0-0')).toBe(
      true,
    );
  }, 60_000);
});
