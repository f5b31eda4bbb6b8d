/** useExplorerAssets alone: the named files of a build, nothing else under /explore. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { useExplorerAssets } from '../../src/server/plugins/use-explorer-assets.js';

const schema = createSchema({ typeDefs: 'type Query { hello: String }', resolvers: { Query: { hello: () => 'world' } } });
const directory = mkdtempSync(join(tmpdir(), 'explorer-assets-'));
writeFileSync(join(directory, 'index.html'), '<main data-endpoint="%GRAPHQL_ENDPOINT%"></main>');
writeFileSync(join(directory, 'widget.js'), 'export {};');
const yoga = createYoga({ schema, logging: false, plugins: [useExplorerAssets({ graphqlEndpoint: '/api/"graphql"', directory })] });

describe('useExplorerAssets', () => {
  it('serves the page with the GraphQL endpoint written in (escaped), and the widget', async () => {
    const page = await yoga.fetch('http://localhost/explore');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toBe('<main data-endpoint="/api/&quot;graphql&quot;"></main>');
    const widget = await yoga.fetch('http://localhost/explore/widget.js');
    expect(await widget.text()).toBe('export {};');
    const head = await yoga.fetch('http://localhost/explore/widget.js', { method: 'HEAD' });
    expect([head.status, head.headers.get('content-length')]).toEqual([200, '10']);
  });

  it('answers 404 for any other path, 405 for other methods, and 503 for a file not built', async () => {
    expect((await yoga.fetch('http://localhost/explore/../package.json')).status).toBe(404);
    expect((await yoga.fetch('http://localhost/explore/index.html')).status).toBe(404);
    expect((await yoga.fetch('http://localhost/explore', { method: 'POST' })).status).toBe(405);
    expect((await yoga.fetch('http://localhost/explore/explorer.js')).status).toBe(503);
  });
});
