/** The graph explorer's files are served from the build: the page, its script and styles, and the widget; nothing else. */
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from './support/knowledge-graph.js';

let service: TestService;
// dist/explorer/ is built by the tests' global setup (tests/support/build-once.ts).
beforeAll(async () => {
  service = await startTestService();
}, 60_000);

const get = (path: string, init: RequestInit = {}) => service.yoga.fetch(`http://kg.test${path}`, init);

describe('/explore', () => {
  it('serves the page, told where GraphQL is', async () => {
    for (const path of ['/explore', '/explore/']) {
      const response = await get(path, { headers: { accept: 'text/html' } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const html = await response.text();
      expect(html).toContain('<meta name="graphql-endpoint" content="/graphql" />');
      expect(html).toContain('<script src="/explore/explorer.js" defer></script>');
      expect(html).not.toContain('%GRAPHQL_ENDPOINT%');
    }
  });

  it('serves the page script, its styles and the widget with their content types', async () => {
    const script = await get('/explore/explorer.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await script.text()).length).toBeGreaterThan(10_000);

    const widget = await get('/explore/widget.js');
    expect(widget.status).toBe(200);
    expect(widget.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await widget.text()).toContain('it-ops-graph');

    const styles = await get('/explore/explorer.css');
    expect(styles.status).toBe(200);
    expect(styles.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('answers HEAD with the headers and no body', async () => {
    const response = await get('/explore/widget.js', { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(Number(response.headers.get('content-length'))).toBeGreaterThan(10_000);
    expect(await response.text()).toBe('');
  });

  it.each([
    '/explore/unknown.js',
    '/explore/index.html',
    '/explore/../../package.json',
    '/explore/%2e%2e/package.json',
    '/explore/..%2f..%2fpackage.json',
    '/explore/..%5C..%5Cpackage.json',
    '/explore//etc/passwd',
    '/explore/explorer.js/',
  ])('404 for %s', async (path) => {
    const response = await get(path);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('"name"');
  });

  it('refuses other methods', async () => {
    const response = await get('/explore', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });

  it('is left out with `explorer: false`', async () => {
    const bare = await startTestService({ store: service.store, explorer: false });
    const response = await bare.yoga.fetch('http://kg.test/explore/widget.js');
    expect(response.status).toBe(404);
  });

  it('tells the page a non-default GraphQL endpoint', async () => {
    const mounted = await startTestService({ store: service.store, graphqlEndpoint: '/api/graphql' });
    const html = await (await mounted.yoga.fetch('http://kg.test/explore')).text();
    expect(html).toContain('<meta name="graphql-endpoint" content="/api/graphql" />');
  });
});
