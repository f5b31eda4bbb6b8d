/**
 * The graph explorer and the widget in a real browser (Debian's Chromium, playwright-core), against
 * the real service listening on a port, which runs only trusted documents (TRUSTED_DOCUMENTS=only):
 * both send ids, never texts. Each test saves a screenshot under test-results/.
 * UPDATE_DOCS_SCREENSHOT=1 also writes docs/explore.png (the README's picture).
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { collectErrors, launchChromium, SCREENSHOTS, screenshot } from './support/browser.js';
import { portalPage, type RunningServer, startPortal, startService } from './support/servers.js';

let browser: Browser;
let service: RunningServer;
let portal: RunningServer;
let strangerPortal: RunningServer;
let context: BrowserContext;
let page: Page;
let errors: string[];

// dist/explorer/ is built by the global setup (tests/support/build-once.ts).
beforeAll(async () => {
  // Two portals on other origins: the service's CORS allow-list names the first only.
  let serviceUrl = '';
  portal = await startPortal(() => portalPage(serviceUrl));
  strangerPortal = await startPortal(() => portalPage(serviceUrl));
  service = await startService([portal.url], 'only');
  serviceUrl = service.url;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([service?.close(), portal?.close(), strangerPortal?.close()]);
});

async function openPage(width = 1280, height = 800): Promise<void> {
  context = await browser.newContext({ viewport: { width, height } });
  page = await context.newPage();
  errors = collectErrors(page);
}

afterEach(async () => {
  await context?.close();
});

async function openExplorer(width = 1280, height = 800): Promise<void> {
  await openPage(width, height);
  await page.goto(`${service.url}/explore`);
  await page.locator('body[data-ready="true"]').waitFor();
}

/** Types into the search box as a person would, and chooses the result with this slug. */
async function searchAndChoose(text: string, slug: string): Promise<void> {
  const search = page.getByRole('combobox', { name: 'Search the graph' });
  await search.fill('');
  await search.pressSequentially(text, { delay: 20 });
  const option = page.locator(`#search-results [role="option"][data-slug="${slug}"]`);
  await option.click();
  await page.locator(`#details[data-entity="${slug}"]`).waitFor();
}

describe('/explore', () => {
  it('loads the manager’s neighbourhood with no console errors', async () => {
    await openExplorer();
    const graph = page.locator('#graph');
    expect(Number(await graph.getAttribute('data-node-count'))).toBeGreaterThan(10);
    expect(Number(await graph.getAttribute('data-edge-count'))).toBeGreaterThan(10);
    await expect.poll(() => page.locator('#graph canvas').count()).toBeGreaterThan(0);
    const entities = page.locator('#node-list button');
    await expect.poll(() => entities.first().textContent()).toContain('IT operations manager');
    expect(await page.locator('#node-list').textContent()).toContain('Security management');
    expect(await page.locator('#legend').textContent()).toContain('Certifications');
    await screenshot(page, 'explore-manager-neighbourhood');
    if (process.env['UPDATE_DOCS_SCREENSHOT'])
      copyFileSync(join(SCREENSHOTS, 'explore-manager-neighbourhood.png'), join(process.cwd(), 'docs/explore.png'));
    expect(errors).toEqual([]);
  });

  it('opens on an ESCO occupation (`?focus=` the UUID of its URI), with its skills, its ISCO group and the ESCO legend', async () => {
    await openPage();
    await page.goto(`${service.url}/explore?focus=f0ca39a8-1e30-487c-95f9-ef2d5e734adc`);
    await page.locator('body[data-ready="true"]').waitFor();
    const details = page.locator('#details');
    expect(await details.locator('h2').textContent()).toBe('ICT operations manager');
    // Its citation is the dataset record, not a quote or a rationale.
    const provenance = details.locator('[data-field="provenance"] .citation.imported');
    expect(await provenance.textContent()).toContain('ESCO v1.1.1');
    expect(await provenance.locator('a').getAttribute('href')).toBe(
      'http://data.europa.eu/esco/occupation/f0ca39a8-1e30-487c-95f9-ef2d5e734adc',
    );
    // By default around an ESCO focus, the ESCO kinds at depth 1: its 38 skills, its ISCO group, its broader occupation.
    expect(Number(await page.locator('#graph').getAttribute('data-node-count'))).toBeGreaterThanOrEqual(40);
    expect(await page.locator('#depth').inputValue()).toBe('1');
    const list = await page.locator('#node-list').textContent();
    expect(list).toContain('Information and communications technology service managers');
    const legend = page.locator('#legend');
    for (const label of ['ESCO occupations', 'ESCO skills', 'ISCO-08 groups'])
      expect(await legend.getByRole('checkbox', { name: label }).isChecked()).toBe(true);
    expect(await legend.getByRole('checkbox', { name: 'Certifications' }).isChecked()).toBe(false);
    await screenshot(page, 'explore-esco-occupation');
    expect(errors).toEqual([]);
  });

  it('lists CISSP as you type “CISSP”', async () => {
    await openExplorer();
    await page.getByRole('combobox', { name: 'Search the graph' }).pressSequentially('CISSP', { delay: 30 });
    const option = page.locator('#search-results [role="option"]').first();
    await option.waitFor();
    expect(await option.getAttribute('data-slug')).toBe('cissp');
    expect(await option.textContent()).toContain('Certified Information Systems Security Professional');
    await screenshot(page, 'explore-search-cissp');
    expect(errors).toEqual([]);
  });

  it('clicking CISSP shows its issuer and the source’s words', async () => {
    await openExplorer();
    await searchAndChoose('CISSP', 'cissp');
    const details = page.locator('#details');
    expect(await details.locator('h2').textContent()).toBe('Certified Information Systems Security Professional');
    expect(await details.locator('[data-field="issuer"]').textContent()).toBe('ISC2');
    expect(await details.locator('[data-field="provenance"] blockquote').textContent()).toContain(
      'Certified Information Systems Security Professional (CISSP).Section: Skill development for IT operations managers',
    );
    // Its neighbours joined the drawing, and it is the selected entity.
    expect(await page.locator('#node-list button[aria-current="true"]').textContent()).toContain(
      'Certified Information Systems Security Professional',
    );
    expect(await page.locator('#graph').getAttribute('data-selected')).toBeTruthy();
    await screenshot(page, 'explore-cissp-details');
    expect(errors).toEqual([]);
  });

  it('highlights the path from CCNA to the manager, each hop with its evidence', async () => {
    await openExplorer();
    await searchAndChoose('CCNA', 'ccna');
    await page.getByRole('button', { name: 'Paths from here' }).click();
    await searchAndChoose('IT operations manager', 'it-operations-manager');
    await page.getByRole('button', { name: 'Paths to here' }).click();

    const graph = page.locator('#graph');
    await expect
      .poll(() => graph.getAttribute('data-highlighted-path'))
      .toBe('Cisco Certified Network Associate → Network management → Infrastructure management → IT operations manager');
    // Four entities and the three relationships between them are drawn bold.
    expect(await graph.getAttribute('data-highlighted-elements')).toBe('7');
    const paths = page.locator('#path-finder [role="radio"]');
    expect(await paths.count()).toBe(3);
    expect(await paths.first().getAttribute('aria-checked')).toBe('true');
    const hops = page.locator('#path-finder .hop');
    expect(await hops.count()).toBe(3);
    expect(await hops.nth(0).getAttribute('data-relation')).toBe('COVERS_SKILL_DOMAIN');
    expect(await hops.nth(0).locator('blockquote').textContent()).toContain('Cisco Certified Network Associate (CCNA).');
    expect(await hops.nth(1).locator('.citation.curated').count()).toBe(1);
    expect(await hops.nth(2).locator('blockquote').textContent()).toContain('Infrastructure management.');
    await screenshot(page, 'explore-path-ccna-to-manager');

    // The second path, chosen with the keyboard, replaces the highlight.
    await paths.first().focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => graph.getAttribute('data-highlighted-path')).toContain('IT operations specialist');
    expect(errors).toEqual([]);
  });

  it('works with the keyboard: arrow keys and Enter choose a search result', async () => {
    await openExplorer();
    const search = page.getByRole('combobox', { name: 'Search the graph' });
    await search.focus();
    await page.keyboard.type('Security', { delay: 20 });
    await page.locator('#search-results [role="option"]').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const second = await page.locator('#search-results [role="option"]').nth(1).getAttribute('data-slug');
    expect(await search.getAttribute('aria-activedescendant')).toBe('search-results-option-1');
    await page.keyboard.press('Enter');
    await page.locator(`#details[data-entity="${second}"]`).waitFor();
    expect(errors).toEqual([]);
  });

  it('shows two roles side by side and a skill gap', async () => {
    await openExplorer();
    await page.getByRole('tab', { name: 'Compare roles' }).click();
    const comparison = page.locator('#compare-view table.side-by-side');
    await comparison.waitFor();
    expect(await comparison.locator('tbody tr').first().textContent()).toContain('Incident response');
    expect(await page.locator('#compare-view table.dimensions tbody tr').count()).toBe(4);
    await screenshot(page, 'explore-compare-roles');
    await page.getByLabel('Second role').selectOption('it-operations-generalist');
    await expect
      .poll(() => page.locator('#compare-view caption').first().textContent())
      .toBe('IT operations manager and IT operations generalist');

    await page.getByRole('tab', { name: 'Skill gap' }).click();
    await page.getByRole('checkbox', { name: /CISSP/ }).check();
    await expect.poll(() => page.locator('#skill-gap-view [data-list="covered"]').textContent()).toContain('Security management');
    expect(await page.locator('#skill-gap-view [data-list="missing"]').textContent()).toContain('Project management');
    expect(await page.locator('#skill-gap-view [data-list="recommended"] li').first().textContent()).toContain('CompTIA Project+');
    await screenshot(page, 'explore-skill-gap-cissp');
    expect(errors).toEqual([]);
  });

  it('is readable on a phone-width screen', async () => {
    await openExplorer(390, 844);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const box = await page.locator('#graph').boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    await searchAndChoose('CISSP', 'cissp');
    await screenshot(page, 'explore-phone');
    expect(errors).toEqual([]);
  });
});

describe('<it-ops-graph> widget', () => {
  it('draws the graph inside a plain page on another origin that CORS allows', async () => {
    await openPage();
    await page.goto(portal.url);
    const widget = page.locator('it-ops-graph');
    await expect.poll(() => widget.getAttribute('data-state')).toBe('ready');
    expect(Number(await widget.getAttribute('data-node-count'))).toBeGreaterThan(5);
    expect(await widget.locator('canvas').count()).toBeGreaterThan(0); // inside its shadow root
    expect(await widget.locator('.kg-legend').textContent()).toContain('Skill domains');
    await screenshot(page, 'widget-on-portal');

    // Choosing an entity (here from its list, with the keyboard) expands it and shows its citation.
    const before = Number(await widget.getAttribute('data-node-count'));
    await widget.locator('summary').click();
    expect(await widget.locator('button[data-slug="ccna"]').count()).toBe(0);
    await widget.locator('button[data-slug="network-management"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => widget.locator('.caption').textContent()).toMatch(/^Network management \(skill domain\): “.+”/);
    // Its certifications joined the picture.
    expect(Number(await widget.getAttribute('data-node-count'))).toBeGreaterThan(before);
    expect(await widget.locator('button[data-slug="ccna"]').count()).toBe(1);
    await screenshot(page, 'widget-network-management-expanded');
    expect(errors).toEqual([]);
  });

  it('shows an error, not a graph, on an origin CORS does not allow', async () => {
    await openPage();
    await page.goto(strangerPortal.url);
    const widget = page.locator('it-ops-graph');
    await expect.poll(() => widget.getAttribute('data-state')).toBe('error');
    expect(await widget.locator('[role="alert"]').textContent()).toContain('Cannot reach');
    await screenshot(page, 'widget-on-unlisted-origin');
  });
});

describe('trusted documents', () => {
  /** The JSON bodies the page POSTs to a GraphQL endpoint, from now on. */
  function graphqlBodies(): Record<string, unknown>[] {
    const bodies: Record<string, unknown>[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/graphql') {
        bodies.push(JSON.parse(request.postData() ?? '{}') as Record<string, unknown>);
      }
    });
    return bodies;
  }

  it('the explorer and the widget send every operation by its documentId, never its text', async () => {
    await openExplorer();
    const bodies = graphqlBodies();
    await searchAndChoose('CISSP', 'cissp');
    await page.goto(portal.url);
    await expect.poll(() => page.locator('it-ops-graph').getAttribute('data-state')).toBe('ready');
    expect(bodies.length).toBeGreaterThan(3);
    for (const body of bodies) {
      expect(body['documentId']).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(body).not.toHaveProperty('query');
    }
    expect(errors).toEqual([]);
  });

  it('the explorer still loads from a service with TRUSTED_DOCUMENTS=off, sending the text once an id is refused', async () => {
    const off = await startService([], 'off');
    try {
      await openPage();
      const bodies = graphqlBodies();
      await page.goto(`${off.url}/explore`);
      await page.locator('body[data-ready="true"]').waitFor();
      expect(Number(await page.locator('#graph').getAttribute('data-node-count'))).toBeGreaterThan(10);
      expect(bodies.some((body) => typeof body['query'] === 'string')).toBe(true);
    } finally {
      await off.close();
    }
  });
});
