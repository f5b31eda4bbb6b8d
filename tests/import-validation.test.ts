/**
 * Import checks a file against the same model rules as the API before it writes anything: a file
 * with one bad record is refused whole, with a message naming the record (list, index, id) and the
 * field, and the graph is exactly as it was (a dry run too). Through the store, and through
 * `npm run kg -- import` (exit code 1), on the test store: SQLite, or PostgreSQL with TEST_DATABASE_URL.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { edgeId, openKnowledgeGraph, type Relation, type Store } from '../src/data/index.js';
import {
  EXPORT_FORMAT,
  type ExportedEdge,
  type ExportedNode,
  type GraphExport,
  ImportError,
  serializeGraphExport,
} from '../src/data/transfer.js';
import { openTestGraph, TEST_STORE_DIALECT, testDatabaseUrlOf } from './support/test-store.js';

const directory = mkdtempSync(join(tmpdir(), 'kg-import-'));
let store: Store;
let databaseUrl: string;
/** The store's graph as exported before any test imports: every case starts from it. */
let base: GraphExport;

beforeAll(async () => {
  if (TEST_STORE_DIALECT === 'postgres') {
    ({ store } = await openTestGraph());
    databaseUrl = testDatabaseUrlOf(store);
  } else {
    // The CLI runs in another process, so the SQLite store is a file both can open.
    databaseUrl = `sqlite:${join(directory, 'graph.sqlite')}`;
    ({ store } = await openKnowledgeGraph(databaseUrl));
  }
  base = await store.exportGraph();
});

afterAll(async () => {
  await store.close();
  rmSync(directory, { recursive: true, force: true });
});

const snapshot = async () => serializeGraphExport(await store.exportGraph());

const curated = { kind: 'CURATED' as const, quote: null, section: null, rationale: 'Test record.', sourceId: null };

/** A valid new entity for a file (a Role unless told otherwise). */
function newNode(slug: string, overrides: Partial<ExportedNode> = {}): ExportedNode {
  return {
    id: `Role:${slug}`,
    kind: 'Role',
    slug,
    name: `Test ${slug}`,
    description: 'A record made up for a test.',
    attributes: {},
    provenance: curated,
    version: 1,
    deprecatedAt: null,
    replacedById: null,
    origin: 'api',
    ...overrides,
  };
}

/** A valid new relationship for a file. */
function newEdge(relation: Relation, fromId: string, toId: string, overrides: Partial<ExportedEdge> = {}): ExportedEdge {
  return {
    id: edgeId(relation, fromId, toId),
    relation,
    fromId,
    toId,
    position: 0,
    statement: null,
    qualifier: null,
    provenance: curated,
    version: 1,
    origin: 'api',
    ...overrides,
  };
}

const ARTICLE = 'Source:it-operations-manager-vs-specialist';

/** STATED provenance quoting a source (the article unless told otherwise). */
const stated = (quote: string, section: string | null = null, sourceId = ARTICLE) => ({
  kind: 'STATED' as const,
  quote,
  section,
  rationale: null,
  sourceId,
});

/** A new Source with its text. */
function newSource(slug: string, text: string, sections: string[] = []): ExportedNode {
  return newNode(slug, {
    id: `Source:${slug}`,
    kind: 'Source',
    name: `Test source ${slug}`,
    attributes: { text, ...(sections.length > 0 ? { sections } : {}) },
  });
}

type Target = { list: 'nodes' | 'edges'; index: number };
const add = (file: GraphExport, record: ExportedNode | ExportedEdge): Target => {
  const list = 'relation' in record ? 'edges' : 'nodes';
  (file[list] as (ExportedNode | ExportedEdge)[]).push(record);
  return { list, index: file[list].length - 1 };
};
const node = (file: GraphExport, id: string, change: (node: ExportedNode) => void): Target => {
  const index = file.nodes.findIndex((n) => n.id === id);
  change(file.nodes[index]!);
  return { list: 'nodes', index };
};
const edge = (file: GraphExport, change: (edge: ExportedEdge) => void): Target => {
  change(file.edges[0]!);
  return { list: 'edges', index: 0 };
};

const MANAGER = 'Role:it-operations-manager';
const SPECIALIST = 'Role:it-operations-specialist';
const deprecated = '2026-11-28T09:30:00.000Z';

/** One bad record per case: what to change, the field the refusal must name, and what it must say. */
const cases: { name: string; change: (file: GraphExport) => Target; field: string; says: RegExp }[] = [
  {
    name: 'a node id of another kind than the node',
    change: (f) => add(f, newNode('test-a', { id: 'Certification:test-a' })),
    field: 'id',
    says: /must be "Role:" followed by the slug/,
  },
  {
    name: 'a node id that is not kind:slug',
    change: (f) => add(f, newNode('test-a', { id: 'Role:Not A Slug' })),
    field: 'id',
    says: /must be "Role:" followed by the slug/,
  },
  {
    name: 'a node id that appears twice',
    change: (f) => add(f, { ...f.nodes[0]! }),
    field: 'id',
    says: /appears twice \(also nodes\[0\]\)/,
  },
  {
    name: 'a slug another entity of the kind has in the store',
    // A file of just the new entity: the store alone has the other.
    change: (f) => {
      f.nodes.length = 0;
      f.edges.length = 0;
      return add(f, newNode('test-a', { slug: 'it-operations-manager' }));
    },
    field: 'slug',
    says: /"it-operations-manager" is already the slug of Role:it-operations-manager \(the store\)/,
  },
  {
    name: 'a slug another entity of the kind has in the file',
    change: (f) => {
      add(f, newNode('test-a'));
      return add(f, newNode('test-b', { slug: 'test-a' }));
    },
    field: 'slug',
    says: /is already the slug of Role:test-a \(nodes\[\d+\]\)/,
  },
  {
    name: 'a slug that is not kebab-case',
    change: (f) => add(f, newNode('test-a', { slug: 'Test A' })),
    field: 'slug',
    says: /must be kebab-case/,
  },
  {
    name: 'an ISSUED_BY relationship from a role to a role',
    change: (f) => add(f, newEdge('ISSUED_BY', MANAGER, SPECIALIST)),
    field: 'relation',
    says: /ISSUED_BY links a Certification to a Issuer/,
  },
  {
    name: 'a role that leads itself',
    change: (f) => add(f, newEdge('LEADS', MANAGER, MANAGER)),
    field: 'relation',
    says: /A LEADS relationship cannot link an entity to itself/,
  },
  {
    name: 'a qualifier the relation does not have',
    change: (f) => add(f, newEdge('NEEDS_TECHNICAL_AREA', MANAGER, 'TechnicalArea:database-management', { qualifier: 'VERY_MUCH' })),
    field: 'qualifier',
    says: /must be one of MUST_UNDERSTAND, .* for a NEEDS_TECHNICAL_AREA relationship; got "VERY_MUCH"/,
  },
  {
    name: 'a qualifier on a relation without qualifiers',
    change: (f) => add(f, newEdge('LEADS', SPECIALIST, 'Role:it-operations-generalist', { qualifier: 'MUST_UNDERSTAND' })),
    field: 'qualifier',
    says: /must be left out: a LEADS relationship takes no qualifier; got "MUST_UNDERSTAND"/,
  },
  {
    name: 'a relationship id that is not relation:from->to',
    change: (f) => add(f, newEdge('LEADS', MANAGER, SPECIALIST, { id: 'LEADS:whatever' })),
    field: 'id',
    says: /must be "LEADS:Role:it-operations-manager->Role:it-operations-specialist"/,
  },
  {
    name: 'a relationship to an entity nobody has',
    change: (f) => add(f, newEdge('LEADS', MANAGER, 'Role:nobody')),
    field: 'toId',
    says: /refers to Role:nobody, which neither the file nor the store has/,
  },
  {
    name: 'a relationship from an entity nobody has',
    change: (f) => add(f, newEdge('LEADS', 'Role:nobody', MANAGER)),
    field: 'fromId',
    says: /refers to Role:nobody/,
  },
  {
    name: 'deprecatedAt that is not a date',
    change: (f) => node(f, MANAGER, (n) => (n.deprecatedAt = 'not a date')),
    field: 'deprecatedAt',
    says: /must be an ISO 8601 instant/,
  },
  {
    name: 'an entity that replaces itself',
    change: (f) => node(f, MANAGER, (n) => Object.assign(n, { deprecatedAt: deprecated, replacedById: MANAGER })),
    field: 'replacedById',
    says: /cannot replace itself/,
  },
  {
    name: 'replacements that loop',
    change: (f) => {
      node(f, SPECIALIST, (n) => Object.assign(n, { deprecatedAt: deprecated, replacedById: MANAGER }));
      return node(f, MANAGER, (n) => Object.assign(n, { deprecatedAt: deprecated, replacedById: SPECIALIST }));
    },
    field: 'replacedById',
    says: /must not loop: Role:it-operations-manager → Role:it-operations-specialist → Role:it-operations-manager/,
  },
  {
    // First in the file, the generalist leads into the loop without being on it; the loop is still found.
    name: 'a chain of replacements that runs into a loop',
    change: (f) => {
      const roles = ['Role:it-operations-generalist', MANAGER, SPECIALIST].map((id) => f.nodes.find((n) => n.id === id)!);
      f.nodes = [...roles, ...f.nodes.filter((n) => !roles.includes(n))];
      Object.assign(roles[0]!, { deprecatedAt: deprecated, replacedById: MANAGER });
      Object.assign(roles[1]!, { deprecatedAt: deprecated, replacedById: SPECIALIST });
      Object.assign(roles[2]!, { deprecatedAt: deprecated, replacedById: MANAGER });
      return { list: 'nodes', index: 1 };
    },
    field: 'replacedById',
    says: /must not loop: Role:it-operations-manager → Role:it-operations-specialist → Role:it-operations-manager/,
  },
  {
    name: 'a replacement of another kind',
    change: (f) => node(f, MANAGER, (n) => Object.assign(n, { deprecatedAt: deprecated, replacedById: 'Issuer:comptia' })),
    field: 'replacedById',
    says: /A Role can only be replaced by a Role, not a Issuer/,
  },
  {
    name: 'a replacement nobody has',
    change: (f) => node(f, MANAGER, (n) => Object.assign(n, { deprecatedAt: deprecated, replacedById: 'Role:nobody' })),
    field: 'replacedById',
    says: /refers to Role:nobody/,
  },
  {
    name: 'a replacement of an entity that is not deprecated',
    change: (f) => node(f, MANAGER, (n) => (n.replacedById = SPECIALIST)),
    field: 'replacedById',
    says: /only a deprecated entity has a replacement/,
  },
  {
    name: 'a 5 MB description',
    change: (f) => node(f, MANAGER, (n) => (n.description = 'x'.repeat(5_000_000))),
    field: 'description',
    says: /must be at most 4000 characters; got 5000000/,
  },
  {
    name: 'a name longer than the API allows',
    change: (f) => node(f, MANAGER, (n) => (n.name = 'n'.repeat(201))),
    field: 'name',
    says: /must be at most 200 characters/,
  },
  { name: 'a blank name', change: (f) => node(f, MANAGER, (n) => (n.name = '   ')), field: 'name', says: /must not be empty/ },
  {
    name: 'more alternative labels than the API allows',
    change: (f) => node(f, MANAGER, (n) => (n.attributes.alternativeLabels = Array.from({ length: 201 }, (_, i) => `label ${i}`))),
    field: 'attributes.alternativeLabels',
    says: /at most 200 items/,
  },
  {
    name: 'a NUL character in a name',
    change: (f) => node(f, MANAGER, (n) => (n.name = 'IT\u0000operations')),
    field: 'name',
    says: /must not contain the NUL character/,
  },
  {
    name: 'an unpaired surrogate in a description',
    change: (f) => node(f, MANAGER, (n) => (n.description = 'broken \ud800 text')),
    field: 'description',
    says: /unpaired surrogate/,
  },
  {
    name: 'STATED provenance without a quote',
    change: (f) =>
      add(
        f,
        newNode('test-a', {
          provenance: {
            kind: 'STATED',
            quote: null,
            section: null,
            rationale: null,
            sourceId: 'Source:it-operations-manager-vs-specialist',
          },
        }),
      ),
    field: 'provenance.quote',
    says: /STATED provenance needs a quote/,
  },
  {
    name: 'STATED provenance without a source',
    change: (f) =>
      add(f, newNode('test-a', { provenance: { kind: 'STATED', quote: 'Some words.', section: null, rationale: null, sourceId: null } })),
    field: 'provenance.sourceId',
    says: /STATED provenance needs a sourceId/,
  },
  {
    name: 'STATED provenance citing an entity that is not a Source',
    change: (f) =>
      add(
        f,
        newNode('test-a', { provenance: { kind: 'STATED', quote: 'Some words.', section: null, rationale: null, sourceId: MANAGER } }),
      ),
    field: 'provenance.sourceId',
    says: /must name a Source; Role:it-operations-manager is a Role/,
  },
  {
    name: 'CURATED provenance without a rationale',
    change: (f) => add(f, newNode('test-a', { provenance: { ...curated, rationale: null } })),
    field: 'provenance.rationale',
    says: /CURATED provenance needs a rationale/,
  },
  {
    name: 'CURATED provenance with a quote',
    change: (f) => add(f, newNode('test-a', { provenance: { ...curated, quote: 'Words.' } })),
    field: 'provenance.quote',
    says: /must be null in CURATED provenance/,
  },
  {
    name: 'a relationship citing a source nobody has',
    change: (f) =>
      edge(f, (e) =>
        Object.assign(e.provenance, {
          kind: 'STATED',
          quote: 'Words.',
          section: null,
          rationale: null,
          sourceId: 'Source:nothing',
          record: null,
        }),
      ),
    field: 'provenance.sourceId',
    says: /refers to Source:nothing/,
  },
  {
    name: 'a STATED quote its source does not hold',
    change: (f) => add(f, newNode('test-a', { provenance: stated('ITIL 4 Foundation is the best certification for managers.') })),
    field: 'provenance.quote',
    says: /does not occur verbatim \(whitespace aside\) in the text of the source Source:it-operations-manager-vs-specialist/,
  },
  {
    name: 'a quote in another section than the one it names',
    change: (f) =>
      add(
        f,
        newEdge('LEADS', SPECIALIST, MANAGER, {
          provenance: stated('IT ops is a fundamental component of the IT department', 'The outlook for IT operations roles'),
        }),
      ),
    field: 'provenance.section',
    says: /stands in section "IT operations in the ITIL framework"/,
  },
  {
    name: 'a quote of the article attributed to a source the file brings',
    change: (f) => {
      add(f, newSource('field-guide', 'On-call engineers rotate every week.'));
      return add(f, newNode('test-a', { provenance: stated('IT ops is a fundamental component', null, 'Source:field-guide') }));
    },
    field: 'provenance.quote',
    says: /in the text of the source Source:field-guide/,
  },
  {
    name: 'a source whose section heading is not a line of its text',
    change: (f) => add(f, newSource('field-guide', 'On-call engineers rotate every week.', ['Rotations'])),
    field: 'attributes.sections',
    says: /every heading must be a line of the text/,
  },
  {
    name: 'a source rewritten so that stored quotes no longer stand in it',
    change: (f) => {
      const article = f.nodes.find((n) => n.id === ARTICLE)!;
      f.nodes.length = 0;
      f.edges.length = 0;
      // Its own title (the source quotes it) and headings only: every other quote of it the store holds is gone.
      const text = [article.provenance.quote!, ...article.attributes.sections!].join('\n');
      return add(f, { ...article, attributes: { ...article.attributes, text } });
    },
    field: 'attributes.text',
    says: /would no longer hold the stored quote of \S+: The quote ".+" does not occur verbatim/,
  },
  {
    name: 'a statement longer than the API allows',
    change: (f) => edge(f, (e) => (e.statement = 's'.repeat(501))),
    field: 'statement',
    says: /must be at most 500 characters/,
  },
  { name: 'a negative position', change: (f) => edge(f, (e) => (e.position = -1)), field: 'position', says: /expected number to be >=0/ },
  {
    name: 'a position no store column holds',
    change: (f) => edge(f, (e) => (e.position = 2 ** 31)),
    field: 'position',
    says: /expected number to be <=2147483647/,
  },
  { name: 'version 0', change: (f) => node(f, MANAGER, (n) => (n.version = 0)), field: 'version', says: /expected number to be >=1/ },
  {
    name: 'a version no store column holds',
    change: (f) => edge(f, (e) => (e.version = 2 ** 31)),
    field: 'version',
    says: /expected number to be <=2147483647/,
  },
  { name: 'a fractional version', change: (f) => node(f, MANAGER, (n) => (n.version = 1.5)), field: 'version', says: /expected int/ },
  {
    name: 'a new record marked as the content’s',
    change: (f) => add(f, newNode('test-a', { origin: 'content' })),
    field: 'origin',
    says: /the next start would delete it/,
  },
  {
    name: 'an attribute the model does not have',
    change: (f) => node(f, MANAGER, (n) => Object.assign(n.attributes, { salary: '1' })),
    field: 'attributes',
    says: /Unrecognized key/,
  },
];

describe('a file with one bad record', () => {
  it.each(cases)(
    'is refused for $name, naming the record and field, and changes nothing (dry run too)',
    async ({ change, field, says }) => {
      const before = await snapshot();
      const file = structuredClone(base);
      const { list, index } = change(file);
      const named = `${list}[${index}] ${JSON.stringify(file[list][index]!.id.slice(0, 120))} field "${field}"`;
      for (const dryRun of [false, true]) {
        const refusal = await store.importGraph(file, { dryRun }).then(
          () => null,
          (error: unknown) => error,
        );
        expect(refusal, `dryRun: ${dryRun}`).toBeInstanceOf(ImportError);
        expect((refusal as Error).message).toContain(named);
        expect((refusal as Error).message).toMatch(says);
      }
      expect(await snapshot()).toBe(before);
    },
  );
});

describe('npm run kg -- import', () => {
  function kg(...args: string[]) {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/kg.ts', ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      encoding: 'utf8',
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  const cliCases = [
    'a 5 MB description',
    'an ISSUED_BY relationship from a role to a role',
    'a slug another entity of the kind has in the store',
    'replacements that loop',
    'a STATED quote its source does not hold',
  ];

  it.each(cliCases)('refuses a file with %s: exit code 1, the record named on stderr, nothing written (dry run too)', async (name) => {
    const { change, field, says } = cases.find((c) => c.name === name)!;
    const file = structuredClone(base);
    const { list, index } = change(file);
    const path = join(directory, 'bad.json');
    writeFileSync(path, JSON.stringify(file));
    const before = await snapshot();
    for (const dryRun of [[], ['--dry-run']]) {
      const refused = kg('import', path, ...dryRun);
      expect(refused.code).toBe(1);
      expect(refused.stdout).toBe('');
      expect(refused.stderr).toContain(`${list}[${index}] ${JSON.stringify(file[list][index]!.id)} field "${field}"`);
      expect(refused.stderr).toMatch(says);
    }
    expect(await snapshot()).toBe(before);
  });
});

describe('a valid file', () => {
  it('may bring a source and quotes of it, checked against its text (whitespace aside)', async () => {
    const file: GraphExport = { format: EXPORT_FORMAT, nodes: [], edges: [] };
    add(file, newSource('on-call-guide', 'Rotations\nOn-call engineers rotate\nevery week.', ['Rotations']));
    add(
      file,
      newNode('on-call-engineer', { provenance: stated('On-call engineers rotate every week.', 'Rotations', 'Source:on-call-guide') }),
    );
    add(file, newNode('quoting-the-article', { provenance: stated('IT ops is a fundamental   component of the IT department') }));
    expect(await store.importGraph(file, { dryRun: false })).toMatchObject({ nodesAdded: 3 });
  });

  it('may trade slugs between entities of a kind in one import', async () => {
    const file = structuredClone(base);
    const first = file.nodes.find((n) => n.id === 'Issuer:comptia')!;
    const second = file.nodes.find((n) => n.kind === 'Issuer' && n.id !== first.id)!;
    [first.slug, second.slug] = [second.slug, first.slug];
    for (const n of [first, second]) n.origin = 'api';
    expect(await store.importGraph(file, { dryRun: false })).toMatchObject({ nodesUpdated: 2 });
    const after = await store.exportGraph();
    expect(after.nodes.find((n) => n.id === first.id)).toMatchObject({ slug: first.slug, version: 2 });
    expect(after.nodes.find((n) => n.id === second.id)).toMatchObject({ slug: second.slug, version: 2 });
  });

  it('moves a changed record’s version forward, never back to the file’s older one', async () => {
    const current = (await store.exportGraph()).nodes.find((n) => n.id === SPECIALIST)!;
    const outcome = await store.applyChange(
      { action: 'UPDATE_ENTITY', id: SPECIALIST, expectedVersion: current.version, patch: { name: 'Renamed specialist' } },
      { keyId: 'test', label: 'test' },
    );
    expect(outcome.ok).toBe(true);
    const atVersion = current.version + 1;
    // The older export (the version before the curator's change) is imported over it.
    const file: GraphExport = { format: EXPORT_FORMAT, nodes: [{ ...current, origin: 'api' }], edges: [] };
    expect(await store.importGraph(file, { dryRun: false })).toMatchObject({ nodesUpdated: 1 });
    const after = (await store.exportGraph()).nodes.find((n) => n.id === SPECIALIST)!;
    expect(after).toMatchObject({ name: current.name, version: atVersion + 1 });
    // A client still holding the version it read before the import is refused.
    const stale = await store.applyChange(
      { action: 'UPDATE_ENTITY', id: SPECIALIST, expectedVersion: atVersion, patch: { name: 'Stale write' } },
      { keyId: 'test', label: 'test' },
    );
    expect(stale).toMatchObject({ ok: false, refusal: 'CONFLICT' });
  });
});
