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
    expect(edges).toBeGreaterThanOrEqual(8); // the 2020 project ties (the default leaves the steering group out)

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

/** The view has finished what it was asked: nothing loading, the network (if shown) laid out, empty or failed. */
async function ready(p: Page): Promise<void> {
  await expect
    .poll(
      async () => {
        if ((await p.locator('main [role=status]').count()) > 0) return false;
        const net = p.locator('[data-testid=network]');
        if ((await net.count()) === 0) return true;
        return ['settled', 'empty', 'error'].includes((await net.getAttribute('data-state')) ?? '');
      },
      { timeout: 20_000, interval: 50 },
    )
    .toBe(true);
}

/** What a user sees after any change: header and tabs, no error note, a view with something in it, no page error. */
async function expectHealthy(p: Page, state: string): Promise<void> {
  expect(await p.locator('header.top').isVisible(), state).toBe(true);
  expect(await p.locator('nav.tabs').isVisible(), state).toBe(true);
  expect(await p.getByTestId('view-error').count(), state).toBe(0);
  expect(await p.locator('[data-testid=network][data-state=error]').count(), state).toBe(0);
  expect((await p.locator('.view').innerText()).trim().length, state).toBeGreaterThan(0);
  expect(browser.problems, state).toEqual([]);
}

interface Selector {
  index: number;
  name: string;
  options: string[];
}

/** Every <select> of the header and the view, with its options. */
async function selectors(p: Page): Promise<Selector[]> {
  // (A string: the tests are compiled without the DOM library.)
  return p.evaluate(`[...document.querySelectorAll('header select, .view select')].map((s, index) => ({
    index,
    name: s.closest('label')?.textContent?.trim().split(/\\s/)[0] ?? s.name,
    options: [...s.options].filter((o) => !o.disabled).map((o) => o.value),
  }))`) as Promise<Selector[]>;
}

async function choose(p: Page, sel: Selector, value: string): Promise<void> {
  await p.locator('header select, .view select').nth(sel.index).selectOption(value);
  await ready(p);
}

describe('every view, every option of every selector (real browser)', () => {
  it('Network: Year "all years" after 2020 (the old crash) keeps the page and draws the accumulated network', async () => {
    const p = await open('/#/network?year=2020');
    await ready(p);
    await p.getByTestId('year').selectOption('all');
    await ready(p);
    await expectHealthy(p, 'year all after 2020');
    expect(await p.locator('[data-testid=network]').getAttribute('data-state')).toBe('settled');
    await p.getByTestId('year').selectOption('2020');
    await ready(p);
    await expectHealthy(p, 'back to 2020');
  });

  for (const view of ['network', 'priorities', 'funders']) {
    it(`${view}: every selector from each option to every other, the others left where the walk put them`, async () => {
      const p = await open(`/#/${view}?year=2020`);
      await ready(p);
      const all = await selectors(p);
      expect(all.length).toBeGreaterThan(0);
      let steps = 0;
      for (const sel of all) {
        for (const a of sel.options) {
          for (const b of sel.options) {
            if (a === b) continue;
            await choose(p, sel, a);
            await choose(p, sel, b);
            await expectHealthy(p, `${view}: ${sel.name} ${a} → ${b}`);
            steps++;
          }
        }
      }
      console.log(`[explorer] ${view}: ${all.map((s) => `${s.name} (${s.options.length})`).join(', ')}: ${steps} transitions, all healthy`);
      await screenshot(p, `explorer-walk-${view}.png`);
      expectOffline();
    });
  }

  it('a view that fails to render shows a message and a retry, and the rest of the page stays', async () => {
    const p = await open('/#/network?year=2020');
    await ready(p);
    // A broken answer (a member that is null) makes the view throw while drawing.
    await p.route('**/graphql', async (route) => {
      const body = route.request().postData() ?? '';
      if (!body.includes('ExplorerNetwork')) return route.continue();
      await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ data: { network: { nodes: [null], edges: [] } } }) });
    });
    await p.getByTestId('year').selectOption('all');
    const error = p.getByTestId('view-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('The Network view');
    expect(await p.locator('header.top').isVisible()).toBe(true);
    expect(await p.locator('nav.tabs').isVisible()).toBe(true);
    await screenshot(p, 'explorer-view-error.png');
    await p.unroute('**/graphql');
    await error.getByRole('button').click();
    await ready(p);
    expect(await p.getByTestId('view-error').count()).toBe(0);
    expect(await p.locator('[data-testid=network]').getAttribute('data-state')).toBe('settled');
    // The failed render is reported in the console (React's and ours); nothing else.
    browser.problems.length = 0;
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
