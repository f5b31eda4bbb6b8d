/**
 * Trusted documents (TRUSTED_DOCUMENTS): the manifest codegen writes names every document by the
 * sha256 of its text and holds the README's example questions and the explorer's operations; with
 * `only` a manifest document runs by id (POST, and GET with ETag then 304) and anything else (a text,
 * an unknown id) is refused with its code before it is parsed, running nothing; `allow` runs both;
 * `off` refuses ids; a bad setting or a tampered manifest stops start-up.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'graphql';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../src/data/index.js';
import * as explorerDocuments from '../src/explorer/graphql/graphql.js';
import { loadConfig } from '../src/server/config.js';
import { CSRF_HEADERS } from '../src/server/create-server.js';
import { EXAMPLE_TABS } from '../src/server/example-queries.js';
import { createKnowledgeGraphListener } from '../src/server/node-listener.js';
import { loadTrustedDocuments, type TrustedDocumentsMode } from '../src/server/trusted-documents.js';
import { createKey, startTestService, type TestService } from './support/knowledge-graph.js';
import { close, listen } from './support/listen.js';
import { startService } from './support/service-process.js';
import { countingStore } from './support/store-wrappers.js';
import { openTestGraph } from './support/test-store.js';

const MANIFEST_PATH = new URL('../src/server/graphql/persisted-documents.json', import.meta.url);
const manifest = JSON.parse(readFileSync(MANIFEST_PATH, 'utf8')) as Record<string, string>;

/** The name of a document's only operation. */
const operationName = (text: string): string | undefined => {
  const [definition] = parse(text).definitions;
  return definition?.kind === 'OperationDefinition' ? definition.name?.value : undefined;
};

/** The manifest's id of the operation with this name. */
function idOf(name: string): string {
  const ids = Object.keys(manifest).filter((id) => operationName(manifest[id]!) === name);
  expect(ids, `one manifest document is named ${name}`).toHaveLength(1);
  return ids[0]!;
}

const HEADLINE_ID = () => idOf('CertificationsForSecurityOversight');

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** POSTs a JSON body as a client asking for `application/graphql-response+json` does. */
async function post(service: TestService, body: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await service.yoga.fetch('http://kg.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, answer: (await response.json()) as Answer };
}

const codes = (answer: Answer) => answer.errors?.map((error) => error.extensions?.code);

describe('the manifest', () => {
  it('names every document by "sha256:" and the SHA-256 of its text', () => {
    expect(Object.keys(manifest).length).toBeGreaterThan(20);
    for (const [id, text] of Object.entries(manifest)) {
      expect(id).toBe(`sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`);
    }
  });

  it('holds every README example question (GraphiQL’s tabs) and every operation of the explorer and the widget', () => {
    for (const tab of EXAMPLE_TABS) idOf(operationName(tab.query)!);
    const explorerIds = Object.values(explorerDocuments).flatMap((value) => {
      const hash = (value as { __meta__?: { hash?: string } } | null)?.__meta__?.hash;
      return typeof hash === 'string' ? [hash] : [];
    });
    expect(explorerIds.length).toBeGreaterThan(5);
    for (const id of explorerIds) expect(Object.keys(manifest)).toContain(id);
  });

  it('is refused at start-up when an id is not the sha256 of its text, naming the file', () => {
    const directory = mkdtempSync(join(tmpdir(), 'kg-manifest-'));
    const tampered = join(directory, 'persisted-documents.json');
    const [id] = Object.keys(manifest);
    writeFileSync(tampered, JSON.stringify({ [id!]: '{ roles { nodes { name } } }' }));
    expect(() => loadTrustedDocuments(tampered)).toThrow(`${tampered} has ${id}, which is not the sha256 of its document`);
  });
});

describe('TRUSTED_DOCUMENTS=only', () => {
  let service: TestService;
  let allowing: TestService;
  beforeAll(async () => {
    const { store } = await openTestGraph();
    service = await startTestService({ store, trustedDocuments: { mode: 'only' } });
    allowing = await startTestService({ store });
  });

  it.each(EXAMPLE_TABS.map((tab, index) => [index + 1, tab] as const))(
    'runs example %i by its documentId, answering as its text does',
    async (_number, tab) => {
      const variables = tab.variables ? (JSON.parse(tab.variables) as Record<string, unknown>) : {};
      const byId = await post(service, { documentId: idOf(operationName(tab.query)!), variables });
      expect(byId.status).toBe(200);
      expect(byId.answer.errors).toBeUndefined();
      const byText = await post(allowing, { query: tab.query, variables });
      expect(byId.answer.data).toEqual(byText.answer.data);
    },
  );

  it('refuses a document’s text with TRUSTED_DOCUMENT_REQUIRED and a 400, even the text of a manifest document', async () => {
    const { status, answer } = await post(service, { query: manifest[HEADLINE_ID()] });
    expect(status).toBe(400);
    expect(codes(answer)).toEqual(['TRUSTED_DOCUMENT_REQUIRED']);
    expect(answer.data).toBeUndefined();
  });

  it('refuses a text before parsing it: broken syntax gets TRUSTED_DOCUMENT_REQUIRED, not GRAPHQL_PARSE_FAILED', async () => {
    const { answer } = await post(service, { query: '{ roles { nodes { ' });
    expect(codes(answer)).toEqual(['TRUSTED_DOCUMENT_REQUIRED']);
  });

  it('refuses an unknown id with TRUSTED_DOCUMENT_NOT_FOUND, naming it', async () => {
    const unknown = `sha256:${'0'.repeat(64)}`;
    const { status, answer } = await post(service, { documentId: unknown });
    expect(status).toBe(400);
    expect(codes(answer)).toEqual(['TRUSTED_DOCUMENT_NOT_FOUND']);
    expect(answer.errors![0]!.message).toContain(unknown);
  });

  it.each([
    ['an empty query', { query: '' }],
    ['a blank query', { query: ' \n ' }],
    ['neither query nor documentId', { variables: {} }],
  ])('refuses %s with TRUSTED_DOCUMENT_REQUIRED and a 400 asking for a documentId', async (_case, body) => {
    const { status, answer } = await post(service, body);
    expect(status).toBe(400);
    expect(codes(answer)).toEqual(['TRUSTED_DOCUMENT_REQUIRED']);
    expect(answer.errors![0]!.message).toContain('names no document');
    expect(answer.errors![0]!.message).toContain('`documentId`');
  });

  it('runs nothing for a refused text: no store call for a read, no change for a curator’s mutation', async () => {
    const { store } = await openTestGraph();
    const counted = countingStore(store);
    const guarded = await startTestService({ store: counted.store, trustedDocuments: { mode: 'only' } });
    const open = await startTestService({ store });
    const { key } = await createKey(store, 'edit');

    counted.reset();
    expect(codes((await post(guarded, { query: '{ roles { nodes { name } } }' })).answer)).toEqual(['TRUSTED_DOCUMENT_REQUIRED']);
    expect(counted.log).toEqual([]);
    // The same read by id does reach the store (the counter counts).
    expect((await post(guarded, { documentId: HEADLINE_ID() })).answer.errors).toBeUndefined();
    expect(counted.calls()).toBeGreaterThan(0);

    const roleQuery = '{ role(slug: "it-operations-specialist") { id name version } }';
    const before = (await post(open, { query: roleQuery })).answer.data!['role'] as { id: string; name: string; version: number };
    const rename = 'mutation ($input: UpdateEntityInput!) { updateEntity(input: $input) { __typename } }';
    const variables = { input: { id: before.id, expectedVersion: before.version, name: 'Renamed by a stranger' } };
    const refused = await post(guarded, { query: rename, variables }, { authorization: `Bearer ${key}` });
    expect(codes(refused.answer)).toEqual(['TRUSTED_DOCUMENT_REQUIRED']);
    expect((await post(open, { query: roleQuery })).answer.data!['role']).toEqual(before);
  });

  describe('over HTTP, as `npm start` serves (the answers kept in front of the pipeline)', () => {
    let server: Server | undefined;
    afterEach(async () => {
      if (server) await close(server);
      server = undefined;
    });

    async function serve(mode: TrustedDocumentsMode, store?: Store): Promise<string> {
      const { listener } = createKnowledgeGraphListener({
        store: store ?? (await openTestGraph()).store,
        logger: false,
        trustedDocuments: { mode },
      });
      server = createServer(listener);
      return `${await listen(server)}/graphql`;
    }
    const get = (url: string, search: Record<string, string>, headers: Record<string, string> = {}) =>
      fetch(`${url}?${new URLSearchParams(search).toString()}`, { headers: { [CSRF_HEADERS[0]!]: '1', ...headers } });

    it('answers a GET by documentId with an ETag, then 304 to If-None-Match, and the store is not asked again', async () => {
      const { store } = await openTestGraph();
      const counted = countingStore(store);
      const url = await serve('only', counted.store);
      const first = await get(url, { documentId: HEADLINE_ID() });
      expect(first.status).toBe(200);
      const answer = (await first.json()) as Answer;
      expect(answer.errors).toBeUndefined();
      expect(JSON.stringify(answer.data)).toContain('CISSP');
      const etag = first.headers.get('etag');
      expect(etag).toBeTruthy();
      counted.reset();
      const again = await get(url, { documentId: HEADLINE_ID() }, { 'if-none-match': etag! });
      expect(again.status).toBe(304);
      expect(counted.log).toEqual(['graphVersion']);
    });

    it('answers a GET by documentId with variables (example 9: the paths from CCNA to the manager)', async () => {
      const url = await serve('only');
      const tab = EXAMPLE_TABS[8]!;
      const response = await get(url, { documentId: idOf(operationName(tab.query)!), variables: tab.variables! });
      const answer = (await response.json()) as { data: { paths: { length: number }[] } };
      expect(answer.data.paths.map((path) => path.length)).toEqual([3, 3, 4]);
    });

    it('refuses a GET with a text, and one with an unknown id, with their codes', async () => {
      const url = await serve('only');
      const byText = await get(url, { query: '{ roles { nodes { name } } }' });
      expect(byText.status).toBe(400);
      expect(codes((await byText.json()) as Answer)).toEqual(['TRUSTED_DOCUMENT_REQUIRED']);
      const unknown = await get(url, { documentId: 'sha256:abc' });
      expect(codes((await unknown.json()) as Answer)).toEqual(['TRUSTED_DOCUMENT_NOT_FOUND']);
    });

    it('still refuses a GET by documentId without the CSRF header (403)', async () => {
      const url = await serve('only');
      const response = await fetch(`${url}?documentId=${encodeURIComponent(HEADLINE_ID())}`);
      expect(response.status).toBe(403);
    });
  });
});

describe('TRUSTED_DOCUMENTS=allow (the default)', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService();
  });

  it('runs a manifest document by id and any document by its text', async () => {
    const byId = await post(service, { documentId: HEADLINE_ID() });
    expect(byId.answer.errors).toBeUndefined();
    const byText = await post(service, { query: '{ role(slug: "it-operations-manager") { name } }' });
    expect(byText.answer.data).toEqual({ role: { name: 'IT operations manager' } });
    expect(JSON.stringify(byId.answer.data)).toContain('CISSP');
  });

  it('refuses an unknown id with TRUSTED_DOCUMENT_NOT_FOUND', async () => {
    expect(codes((await post(service, { documentId: `sha256:${'f'.repeat(64)}` })).answer)).toEqual(['TRUSTED_DOCUMENT_NOT_FOUND']);
  });

  it.each([
    ['an empty query', { query: '' }],
    ['a blank query', { query: ' \n ' }],
    ['neither query nor documentId', { variables: {} }],
  ])('refuses %s with BAD_REQUEST and a 400 saying what to send', async (_case, body) => {
    const { status, answer } = await post(service, body);
    expect(status).toBe(400);
    expect(codes(answer)).toEqual(['BAD_REQUEST']);
    expect(answer.errors![0]!.message).toMatch(/names no document.*`query`.*`documentId`/);
  });

  it('runs a blank query beside a documentId as the trusted document', async () => {
    const { status, answer } = await post(service, { query: ' ', documentId: HEADLINE_ID() });
    expect(status).toBe(200);
    expect(JSON.stringify(answer.data)).toContain('CISSP');
  });

  it('runs a request sending both a documentId and that document’s very text, and refuses one whose text differs', async () => {
    const same = await post(service, { documentId: HEADLINE_ID(), query: manifest[HEADLINE_ID()] });
    expect(same.status).toBe(200);
    expect(same.answer.errors).toBeUndefined();
    expect(JSON.stringify(same.answer.data)).toContain('CISSP');

    const other = await post(service, { documentId: HEADLINE_ID(), query: '{ role(slug: "it-operations-manager") { name } }' });
    expect(other.status).toBe(400);
    expect(codes(other.answer)).toEqual(['BAD_REQUEST']);
    expect(other.answer.errors![0]!.message).toContain('both `documentId` and `query`');
    expect(other.answer.data).toBeUndefined();
  });
});

describe('TRUSTED_DOCUMENTS=off', () => {
  it('refuses a documentId (POST and GET) with TRUSTED_DOCUMENTS_DISABLED and runs texts', async () => {
    const service = await startTestService({ trustedDocuments: { mode: 'off' } });
    const byId = await post(service, { documentId: HEADLINE_ID() });
    expect(byId.status).toBe(400);
    expect(codes(byId.answer)).toEqual(['TRUSTED_DOCUMENTS_DISABLED']);
    const get = await service.yoga.fetch(`http://kg.test/graphql?documentId=${encodeURIComponent(HEADLINE_ID())}`, {
      headers: { accept: 'application/graphql-response+json', [CSRF_HEADERS[0]!]: '1' },
    });
    expect(codes((await get.json()) as Answer)).toEqual(['TRUSTED_DOCUMENTS_DISABLED']);
    expect((await post(service, { query: '{ role(slug: "it-operations-manager") { name } }' })).answer.data).toEqual({
      role: { name: 'IT operations manager' },
    });
  });
});

describe('the setting', () => {
  it('is `allow` by default, and a bad value stops start-up naming TRUSTED_DOCUMENTS', () => {
    expect(loadConfig({}).trustedDocuments).toBe('allow');
    expect(loadConfig({ TRUSTED_DOCUMENTS: 'only' }).trustedDocuments).toBe('only');
    expect(() => loadConfig({ TRUSTED_DOCUMENTS: 'sometimes' })).toThrow('TRUSTED_DOCUMENTS');
  });

  it('ships with `npm start`: the built service with TRUSTED_DOCUMENTS=only runs the headline by id and refuses its text', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'kg-trusted-'));
    const child = startService({ TRUSTED_DOCUMENTS: 'only', DATABASE_URL: `sqlite:${join(directory, 'kg.db')}` });
    try {
      const url = await child.url();
      const send = async (body: Record<string, unknown>) =>
        (await (
          await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
        ).json()) as Answer;
      const byId = await send({ documentId: HEADLINE_ID() });
      expect(byId.errors).toBeUndefined();
      expect(JSON.stringify(byId.data)).toContain('CISSP');
      expect(codes(await send({ query: manifest[HEADLINE_ID()]! }))).toEqual(['TRUSTED_DOCUMENT_REQUIRED']);
    } finally {
      child.child.kill('SIGTERM');
      await child.exit;
    }
  }, 60_000);
});
