/**
 * GraphiQL works without internet access: with every host but the service's blocked (and each
 * attempt recorded), the page at `/graphql` loads every script, stylesheet, worker, font and icon
 * from the service itself, renders with its title, default query and example tabs, and runs the
 * default query against the seeded graph. Nothing outside the service is even attempted.
 */
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EXAMPLE_TABS } from '../../src/server/example-queries.js';
import { HEADLINE_QUERY } from '../../src/server/headline-query.js';
import { collectErrors, launchChromium, screenshot } from './support/browser.js';
import { type RunningServer, startService } from './support/servers.js';

/** The README's Content-Security-Policy for GraphiQL: inline code, blob: workers, data: fonts and icons, this origin only. */
const GRAPHIQL_CSP =
  "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; worker-src blob:; font-src data:; img-src data:; connect-src 'self'";

let browser: Browser;
let service: RunningServer & { store: unknown };
let serviceOrigin: string;
let context: BrowserContext;
let page: Page;
let errors: string[];
/** Requests to any other host, aborted before they left the browser. */
let blocked: string[];
/** Every request the page and its workers made (data: and blob: URLs never reach the network). */
let requested: string[];

beforeAll(async () => {
  service = await startService([]);
  serviceOrigin = new URL(service.url).origin;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await service?.close();
});

beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  blocked = [];
  requested = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === serviceOrigin) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  context.on('request', (request: Request) => requested.push(request.url()));
  page = await context.newPage();
  errors = collectErrors(page);
});

afterEach(async () => {
  await context?.close();
});

/** The service's own answer to GraphiQL's default query, asked over HTTP as a script would. */
async function serviceAnswer(): Promise<unknown> {
  const response = await fetch(`${service.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: HEADLINE_QUERY }),
  });
  return response.json();
}

describe('GraphiQL at /graphql with every other host blocked', () => {
  it('renders with its title and example tabs, and its default query shows the headline answer', async () => {
    await page.goto(`${service.url}/graphql`);
    await page.locator('#root > .graphiql-container').waitFor();
    expect(await page.title()).toBe('IT-operations knowledge graph');
    await expect.poll(() => page.locator('.graphiql-tab').count()).toBe(EXAMPLE_TABS.length);
    // The query editor opens on the headline question.
    const queryEditor = page.locator('.graphiql-query-editor');
    await expect.poll(() => queryEditor.textContent()).toContain('security-oversight');

    const answered = page.waitForResponse(
      (response) => response.url() === `${service.url}/graphql` && (response.request().postData() ?? '').includes('security-oversight'),
    );
    await page.locator('.graphiql-execute-button').click();
    const response = await answered;
    expect(response.status()).toBe(200);
    const answer = (await response.json()) as {
      data: { responsibility: { certifications: { edges: { node: { name: string; acronym: string; issuer: { name: string } } }[] } } };
    };
    // The browser got what the service answers anyone: the seed's certifications, with their issuers.
    expect(answer).toEqual(await serviceAnswer());
    const acronyms = answer.data.responsibility.certifications.edges.map((edge) => edge.node.acronym);
    expect(acronyms).toEqual(expect.arrayContaining(['CISSP', 'CISA']));
    // …and shows it in the response pane (an editor that draws only the lines in view: the first certification's).
    const first = answer.data.responsibility.certifications.edges[0]!.node;
    // The editor draws spaces as no-break spaces: compare words, not whitespace.
    const paneText = async () => ((await page.locator('.graphiql-response').textContent()) ?? '').replace(/\s+/g, ' ');
    await expect.poll(paneText).toContain(`"name": "${first.name}"`);
    expect(await paneText()).toContain(`"name": "${first.issuer.name}"`);
    await screenshot(page, 'graphiql-offline-headline');

    expect(blocked).toEqual([]);
    const elsewhere = requested.filter((url) => !url.startsWith(`${serviceOrigin}/`) && !/^(data|blob):/.test(url));
    expect(elsewhere).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('renders and runs its query under a Content-Security-Policy that allows no other origin', async () => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) violations.push(message.text());
    });
    // The policy the README gives, added to the page as a reverse proxy in front of the service would.
    await page.route(`${service.url}/graphql`, async (route) => {
      if (route.request().method() !== 'GET') return route.fallback();
      const response = await route.fetch();
      return route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': GRAPHIQL_CSP } });
    });
    await page.goto(`${service.url}/graphql`);
    await page.locator('#root > .graphiql-container').waitFor();
    await expect.poll(() => page.locator('.graphiql-query-editor').textContent()).toContain('security-oversight');
    const answered = page.waitForResponse(
      (response) =>
        response.url() === `${service.url}/graphql` &&
        response.request().method() === 'POST' &&
        (response.request().postData() ?? '').includes('security-oversight'),
    );
    await page.locator('.graphiql-execute-button').click();
    expect((await answered).status()).toBe(200);
    const paneText = async () => ((await page.locator('.graphiql-response').textContent()) ?? '').replace(/\s+/g, ' ');
    await expect.poll(paneText).toContain('"name": "Security oversight"');
    expect(violations).toEqual([]);
    expect(blocked).toEqual([]);
  });

  it('records and refuses a request to another host, so the check above can fail', async () => {
    await page.goto(`${service.url}/graphql`);
    await page.locator('#root > .graphiql-container').waitFor();
    const outcome = await page.evaluate(() =>
      fetch('https://unpkg.com/graphiql/graphiql.min.css').then(
        () => 'loaded',
        () => 'refused',
      ),
    );
    expect(outcome).toBe('refused');
    expect(blocked).toEqual(['https://unpkg.com/graphiql/graphiql.min.css']);
  });
});
