/**
 * The explorer and GraphiQL in a real browser (Debian's Chromium through playwright-core) against the running HTTP
 * app over the 2020 report: search → project → lead organisation with its quote; the network drawn (pixels, not just
 * DOM); GraphiQL served offline with the analyst questions. Every request must stay on the test server.
 * Screenshots go to test/artifacts/ (git-ignored).
 */
import { writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/server.js';
import { ensureWebBuild } from '../../src/api/web.js';
import { ARTIFACTS, colouredPixels, decodePng, externalRequests, launchBrowser, screenshot, type TestBrowser } from '../support/browser.js';
import { loadReport2020, openTestDb, silentLogger, type TestDb } from '../support/db.js';

const PROJECT = 'project:monialainen-lastensuojelu-pohjois-suomi';
const LEAD = 'org:pohjois-suomen-sosiaalialan-osaamiskeskus';

let db: TestDb;
let server: Server;
let base: string;
let browser: TestBrowser;
let page: Page;

beforeAll(async () => {
  db = openTestDb();
  await loadReport2020(db);
  // The same on-demand build the server does on its first page request (skipped when web/dist is fresh).
  const started = Date.now();
  await ensureWebBuild();
  console.log(`[explorer] web/dist ready in ${Date.now() - started} ms`);
  const { app } = await createApp({ executor: db.executor, logger: silentLogger, isReady: () => true });
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchBrowser();
});

afterEach(async () => {
  await page?.close();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  await db?.close();
});

async function open(url: string): Promise<Page> {
  page = await browser.newPage();
  await page.goto(`${base}${url}`);
  return page;
}

function expectOffline(): void {
  expect(externalRequests(browser.requests, base)).toEqual([]);
  expect(browser.problems).toEqual([]);
}

describe('explorer (real browser)', () => {
  it('finds lastensuojelu, opens the project and shows its lead organisation with the report quote', async () => {
    const p = await open('/');
    await p.getByTestId('search').fill('lastensuojelu');
    const hit = p.locator(`[data-testid=search-result][data-key="${PROJECT}"]`);
    await hit.waitFor();
    await screenshot(p, 'explorer-search.png');
    await hit.click();

    const details = p.locator(`[data-testid=details][data-key="${PROJECT}"]`);
    await expect.poll(() => details.getByTestId('details-name').textContent()).toBe('Monialainen lastensuojelu 2020-2022 Pohjois-Suomessa');
    const lead = details.getByTestId('lead');
    await lead.waitFor();
    expect(await lead.locator('a').textContent()).toBe('Pohjois-Suomen sosiaalialan osaamiskeskus');
    const quote = await lead.locator('.quote-text').textContent();
    expect(quote).toContain('jonka päähallinnoija Pohjois-Suomen sosiaalialan osaamiskeskus');
    expect(await lead.locator('.quote cite').textContent()).toContain('Keski-Pohjanmaa 2020');
    await screenshot(p, 'explorer-project.png');

    // The lead organisation's own page: its projects and whom it works with.
    await lead.locator('a').click();
    const org = p.locator(`[data-testid=details][data-key="${LEAD}"]`);
    await org.getByTestId('org-leads').waitFor();
    expect(await org.getByTestId('org-leads').textContent()).toContain('Monialainen lastensuojelu');
    await org.getByTestId('collaborators').waitFor();
    expect(await org.getByTestId('collaborators').textContent()).toContain('SONet BOTNIA');
    await screenshot(p, 'explorer-organisation.png');
    expectOffline();
  });

  it('draws the 2020 collaboration network and opens a member from the picture', async () => {
    const p = await open('/#/network?year=2020');
    const network = p.getByTestId('network');
    await p.locator('[data-testid=network][data-state=settled]').waitFor();
    const nodes = Number(await network.getAttribute('data-nodes'));
    const edges = Number(await network.getAttribute('data-edges'));
    expect(nodes).toBeGreaterThanOrEqual(10);
    expect(edges).toBeGreaterThanOrEqual(nodes - 1);

    // WebGL pixels, not DOM: hide the info box, then count the coloured pixels the node fills left.
    await p.locator('.network-info').evaluate((el) => el.setAttribute('style', 'visibility: hidden'));
    const image = decodePng(await network.screenshot({ path: path.join(ARTIFACTS, 'explorer-network-canvas.png') }));
    expect(colouredPixels(image)).toBeGreaterThan(nodes * 30);
    await p.locator('.network-info').evaluate((el) => el.removeAttribute('style'));
    await screenshot(p, 'explorer-network.png');

    // Load time: navigation start → the network drawn (performance marks of the page).
    const marks = await p.evaluate('Object.fromEntries(performance.getEntriesByType("mark").map((m) => [m.name, Math.round(m.startTime)]))');
    writeFileSync(path.join(ARTIFACTS, 'explorer-timings.json'), `${JSON.stringify({ graph: '2020 report', nodes, edges, marks }, null, 2)}\n`);
    console.log(`[explorer] 2020 network: ${nodes} members, ${edges} ties; marks (ms since navigation): ${JSON.stringify(marks)}`);

    // A click on the biggest member opens its details.
    const position = (await p.evaluate('window.botniaNetwork.viewportPosition("org:sonet-botnia")')) as { x: number; y: number };
    const box = (await network.boundingBox())!;
    await p.mouse.click(box.x + position.x, box.y + position.y);
    const details = p.locator('[data-testid=details][data-key="org:sonet-botnia"]');
    await details.getByTestId('details-name').waitFor();
    expect(await details.getByTestId('details-name').textContent()).toBe('SONet BOTNIA');
    await details.getByTestId('collaborators').waitFor();
    await screenshot(p, 'explorer-network-selected.png');
    expectOffline();
  });

  it('charts the priority scores and shows a funder portfolio with quotes', async () => {
    const p = await open('/#/priorities');
    await p.getByTestId('priority-point').first().waitFor();
    expect(await p.getByTestId('priority-point').count()).toBe(7);
    await p.getByTestId('priority-point').first().click();
    expect(await p.getByTestId('priority-picked').locator('.quote').count()).toBeGreaterThan(0);
    await screenshot(p, 'explorer-priorities.png');

    await p.getByTestId('tab-funders').click();
    await p.locator('[data-testid=funder][data-key="funder:esr"]').click();
    await p.getByTestId('portfolio-project').first().waitFor();
    expect(await p.getByTestId('portfolio').textContent()).toContain('ESR');
    expect(await p.getByTestId('portfolio-project').first().locator('.quote').count()).toBeGreaterThan(0);
    await screenshot(p, 'explorer-funders.png');
    expectOffline();
  });
});

describe('GraphiQL at /graphql', () => {
  it('answers browsers with GraphiQL and API clients with the API', async () => {
    const html = await fetch(`${base}/graphql`, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toMatch(/text\/html/);
    expect(html.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(await html.text()).toContain('GraphiQL');

    // An API client's GET (with Apollo's CSRF preflight header) still reaches the API.
    const get = await fetch(`${base}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
    const post = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    expect(await post.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('runs offline with the analyst questions preloaded', async () => {
    const p = await open('/graphql');
    await p.locator('.graphiql-tab').first().waitFor();
    const tabs = await p.locator('.graphiql-tab').allTextContents();
    for (const name of ['Search', 'ProjectLead', 'FunderPortfolio', 'OrganizationSeats', 'PriorityEvaluations']) {
      expect(tabs.join(' ')).toContain(name);
    }
    // The first tab (Search, with its variables) runs as it is.
    await p.locator('.graphiql-execute-button').click();
    // (Monaco draws spaces as no-break spaces: compare a key, which has none.)
    await expect.poll(() => p.locator('.graphiql-response').textContent(), { timeout: 20_000 }).toContain(PROJECT);
    await screenshot(p, 'graphiql.png');
    expectOffline();
  });
});
