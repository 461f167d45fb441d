/**
 * The explorer and GraphiQL in a real browser (Debian's Chromium through playwright-core) against the running HTTP
 * app over the 2020 report: search → project → lead organisation with its quote; the network drawn (pixels, not just
 * DOM); GraphiQL served offline with the analyst questions. Every request must stay on the test server.
 * Screenshots go to test/artifacts/ (git-ignored).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/server.js';
import { ensureWebBuild } from '../../src/api/web.js';
import { ARTIFACTS, colouredPixels, decodePng, externalRequests, launchBrowser, screenshot, type TestBrowser } from '../support/browser.js';
import { importSeeds } from '../../src/import/import.js';
import { loadReport2020, openTestDb, silentLogger, type TestDb } from '../support/db.js';
import { strictXml, viaCytoscape, viaGraphologyGexf, viaGraphologyJson } from '../support/network-consumers.js';
import { kindColour } from '../../src/analytics/palette.js';

const PROJECT = 'project:monialainen-lastensuojelu-pohjois-suomi';
const LEAD = 'org:pohjois-suomen-sosiaalialan-osaamiskeskus';

let db: TestDb;
let server: Server;
let base: string;
/** The same app running only trusted documents (TRUSTED_DOCUMENTS_ONLY=true). */
let trustedServer: Server;
let trustedBase: string;
let browser: TestBrowser;
let page: Page;

beforeAll(async () => {
  db = openTestDb();
  await loadReport2020(db);
  // The same on-demand build the server does on its first page request (skipped when web/dist is fresh).
  const started = Date.now();
  await ensureWebBuild();
  console.log(`[explorer] web/dist ready in ${Date.now() - started} ms`);
  // With the explorer's manifest, as the server loads it by default (TRUSTED_DOCUMENTS).
  const manifest = [path.resolve('web/src/generated/persisted-documents.json')];
  const { app } = await createApp({ executor: db.executor, logger: silentLogger, isReady: () => true, trustedDocuments: manifest });
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const trusted = await createApp({
    executor: db.executor,
    logger: silentLogger,
    isReady: () => true,
    trustedDocuments: manifest,
    trustedDocumentsOnly: true,
  });
  trustedServer = trusted.app.listen(0, '127.0.0.1');
  await new Promise((resolve) => trustedServer.once('listening', resolve));
  trustedBase = `http://127.0.0.1:${(trustedServer.address() as AddressInfo).port}`;
  browser = await launchBrowser();
});

afterEach(async () => {
  await page?.close();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  await new Promise((resolve) => trustedServer?.close(resolve));
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

    // Pixels, not DOM (the first picture is the 2D layer's; sigma's WebGL starts at the first zoom): hide the info
    // box, then count the coloured pixels the node fills left.
    await p.locator('.network-info').evaluate((el) => el.setAttribute('style', 'visibility: hidden'));
    const image = decodePng(await network.screenshot({ path: path.join(ARTIFACTS, 'explorer-network-canvas.png') }));
    expect(colouredPixels(image)).toBeGreaterThan(nodes * 30);
    await p.locator('.network-info').evaluate((el) => el.removeAttribute('style'));
    await screenshot(p, 'explorer-network.png');

    // Load time: navigation start → the network drawn (performance marks of the page).
    const marks = await p.evaluate('Object.fromEntries(performance.getEntriesByType("mark").map((m) => [m.name, Math.round(m.startTime)]))');
    writeFileSync(path.join(ARTIFACTS, 'explorer-timings.json'), `${JSON.stringify({ graph: '2020 report', nodes, edges, marks }, null, 2)}\n`);
    console.log(`[explorer] 2020 network: ${nodes} members, ${edges} ties; marks (ms since navigation): ${JSON.stringify(marks)}`);

    // The picture is the API's layout (the page runs none): members sit where the server put them, x to the right
    // and y up, and nothing moves after the first picture.
    const api = (await (
      await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ network(year: 2020) { nodes { key degree x y } } }' }) })
    ).json()) as { data: { network: { nodes: { key: string; degree: number; x: number; y: number }[] } } };
    const viewport = (key: string) => p.evaluate(`window.botniaNetwork.viewportPosition(${JSON.stringify(key)})`) as Promise<{ x: number; y: number }>;
    const tiedMembers = api.data.network.nodes.filter((n) => n.degree > 0);
    const drawnAt = await Promise.all(tiedMembers.map((n) => viewport(n.key)));
    const order = (values: number[]) => values.map((_, i) => i).sort((a, b) => values[a]! - values[b]! || a - b);
    expect(order(drawnAt.map((q) => q.x))).toEqual(order(tiedMembers.map((n) => n.x)));
    expect(order(drawnAt.map((q) => -q.y))).toEqual(order(tiedMembers.map((n) => n.y)));
    await p.waitForTimeout(1000);
    expect(await viewport('org:sonet-botnia')).toEqual(drawnAt[tiedMembers.findIndex((n) => n.key === 'org:sonet-botnia')]);

    // A click on the biggest member opens its details.
    const position = await viewport('org:sonet-botnia');
    const box = (await network.boundingBox())!;
    await p.mouse.click(box.x + position.x, box.y + position.y);
    const details = p.locator('[data-testid=details][data-key="org:sonet-botnia"]');
    await details.getByTestId('details-name').waitFor();
    expect(await details.getByTestId('details-name').textContent()).toBe('SONet BOTNIA');
    await details.getByTestId('collaborators').waitFor();
    await screenshot(p, 'explorer-network-selected.png');

    // The details made the view narrower: the first picture is drawn again at its new size, so what is seen where a
    // member now is, is that member (its colour, not a stale picture), and a click there opens it.
    const narrow = (await network.boundingBox())!;
    expect(narrow.width).toBeLessThan(box.width);
    const centria = await viewport('org:centria-amk');
    await p.locator('.network-info').evaluate((el) => el.setAttribute('style', 'visibility: hidden'));
    const redrawn = decodePng(await network.screenshot({ path: path.join(ARTIFACTS, 'explorer-network-narrowed.png') }));
    await p.locator('.network-info').evaluate((el) => el.removeAttribute('style'));
    const at = 4 * (Math.round(centria.y) * redrawn.width + Math.round(centria.x));
    const seen = [...redrawn.pixels.subarray(at, at + 3)].map((v) => v.toString(16).padStart(2, '0')).join('');
    expect(`#${seen}`).toBe(kindColour('UNIVERSITY_OF_APPLIED_SCIENCES').toLowerCase());
    await p.mouse.click(narrow.x + centria.x, narrow.y + centria.y);
    await p.locator('[data-testid=details][data-key="org:centria-amk"]').getByTestId('details-name').waitFor();

    // The first zoom starts sigma (WebGL): it draws the picture from then on, and a click on a member still opens it.
    // (The details panel made the view narrower: the toolbar wraps and the picture moves down.)
    const now = (await network.boundingBox())!;
    await p.mouse.move(now.x + now.width / 2, now.y + now.height / 2);
    await p.mouse.wheel(0, -120);
    await expect.poll(() => p.evaluate('window.botniaNetwork.renderer()'), { timeout: 60_000 }).toBe('webgl');
    expect(await network.locator('canvas').count()).toBeGreaterThan(0);
    // Sigma picks the member under the pointer once it has drawn a frame with the pointer there: hover, then click.
    const kosti = (await p.evaluate('window.botniaNetwork.viewportPosition("org:kosti-ry")')) as { x: number; y: number };
    await p.mouse.move(now.x + kosti.x, now.y + kosti.y);
    await p.waitForTimeout(1000);
    await p.mouse.click(now.x + kosti.x, now.y + kosti.y);
    await p.locator('[data-testid=details][data-key="org:kosti-ry"]').getByTestId('details-name').waitFor({ timeout: 60_000 });
    await p.locator('.network-info').evaluate((el) => el.setAttribute('style', 'visibility: hidden'));
    const webgl = decodePng(await network.screenshot({ path: path.join(ARTIFACTS, 'explorer-network-webgl.png') }));
    expect(colouredPixels(webgl)).toBeGreaterThan(nodes * 10);
    expectOffline();
  }, 180_000);

  it('charts the priority scores and shows a funder portfolio with quotes', async () => {
    const p = await open('/#/priorities');
    await p.getByTestId('priority-point').first().waitFor();
    expect(await p.getByTestId('priority-point').count()).toBe(7);
    await p.getByTestId('priority-point').first().click();
    expect(await p.getByTestId('priority-picked').locator('.quote').count()).toBeGreaterThan(0);
    // The year's scores with respondents and quotes, without a click; an axis that says what it measures.
    expect(await p.getByTestId('year-score').count()).toBe(7);
    expect(await p.getByTestId('year-score').first().textContent()).toMatch(/of 19 answered/);
    expect(await p.getByTestId('year-score').first().locator('.quote').count()).toBeGreaterThan(0);
    expect(await p.getByTestId('y-axis-label').textContent()).toContain('score');
    await screenshot(p, 'explorer-priorities.png');

    await p.getByTestId('tab-funders').click();
    await p.locator('[data-testid=funder][data-key="funder:esr"]').click();
    await p.getByTestId('portfolio-project').first().waitFor();
    expect(await p.getByTestId('portfolio').textContent()).toContain('ESR');
    expect(await p.getByTestId('portfolio-project').first().locator('.quote').count()).toBeGreaterThan(0);
    expect(await p.getByTestId('portfolio-stats').textContent()).toMatch(/\d+ projects? \(\d+ funded, \d+ only prepared, applied for or not started\)/);
    // EU structural funds: its part ESR's projects count for it.
    const eu = p.locator('[data-testid=funder]').filter({ hasText: 'rakennerahasto' }).first();
    expect(Number(await eu.locator('.bar-value').textContent())).toBeGreaterThan(0);
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
    name: s.getAttribute('aria-label') ?? s.closest('label')?.textContent?.trim().split(/\\s/)[0] ?? s.name,
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

  const WALKS: Record<string, string> = {
    network: '/#/network?year=2020',
    explore: '/#/explore?year=2020&focus=org%3Akosti-ry',
    path: '/#/path?year=2020&from=org%3Akosti-ry&to=funder%3Aesr',
    compare: '/#/compare',
    priorities: '/#/priorities?year=2020',
    funders: '/#/funders?year=2020',
  };
  for (const [view, url] of Object.entries(WALKS)) {
    it(`${view}: every selector from each option to every other, the others left where the walk put them`, async () => {
      const p = await open(url);
      await ready(p);
      const all = await selectors(p);
      expect(all.length).toBeGreaterThan(0);
      let steps = 0;
      for (const sel of all) {
        const original = await p.locator('header select, .view select').nth(sel.index).inputValue();
        for (const a of sel.options) {
          for (const b of sel.options) {
            if (a === b) continue;
            await choose(p, sel, a);
            await choose(p, sel, b);
            await expectHealthy(p, `${view}: ${sel.name} ${a} → ${b}`);
            steps++;
          }
        }
        // Back where it was (the language is remembered across pages).
        await choose(p, sel, original);
      }
      console.log(`[explorer] ${view}: ${all.map((s) => `${s.name} (${s.options.length})`).join(', ')}: ${steps} transitions, all healthy`);
      await screenshot(p, `explorer-walk-${view}.png`);
      expectOffline();
    }, 600_000); // the network's transitions each refetch or refilter and lay out: minutes on a busy 2-core machine
  }

  it('a year without a report is said as such, in the view and in the selector', async () => {
    const p = await open('/#/network?year=2019');
    const note = p.getByTestId('no-report');
    await note.waitFor();
    expect(await note.textContent()).toBe('No report for 2019: the graph holds reports for 2020.');
    expect(await p.getByTestId('year').locator('option:checked').textContent()).toBe('2019 (no report)');
    await p.getByTestId('year').selectOption('2020');
    await ready(p);
    await expectHealthy(p, 'from 2019 to 2020');
  });

  it('a view that fails to render shows a message and a retry, and the rest of the page stays', async () => {
    const p = await open('/#/network?year=2020');
    await ready(p);
    // A broken answer (a member that is null) makes the view throw while drawing. The explorer sends document ids.
    const manifest = JSON.parse(readFileSync('web/src/generated/persisted-documents.json', 'utf8')) as Record<string, string>;
    const networkId = Object.keys(manifest).find((id) => /^query ExplorerNetwork[ ({]/.test(manifest[id]!))!;
    await p.route('**/graphql', async (route) => {
      const body = route.request().postData() ?? '';
      if (!body.includes(networkId)) return route.continue();
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

describe('the network view says what it shows (real browser)', () => {
  it('names every member without overlaps, sets the untied apart, one colour per kind, communities only when meaningful', async () => {
    const p = await open('/#/network?year=2020');
    await ready(p);
    const network = p.getByTestId('network');
    const nodes = Number(await network.getAttribute('data-nodes'));
    const labels = (await p.evaluate('window.botniaNetwork.labels()')) as { key: string; text: string; x: number; y: number; w: number; h: number }[];
    expect(labels.length).toBe(nodes);
    expect(new Set(labels.map((l) => l.key)).size).toBe(nodes);
    for (const a of labels) {
      for (const b of labels) {
        if (a === b) continue;
        const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
        expect(overlap, `${a.text} / ${b.text}`).toBe(false);
      }
    }
    // Members without a tie sit below all the tied ones.
    const isolatedNote = await p.getByTestId('isolated-note').textContent();
    expect(isolatedNote).toMatch(/^7 without a tie/);
    const pos = async (key: string) => (await p.evaluate(`window.botniaNetwork.viewportPosition(${JSON.stringify(key)})`)) as { x: number; y: number };
    const lowestTied = Math.max(...(await Promise.all(['org:sonet-botnia', 'org:soite', 'org:kosti-ry', 'org:centria-amk'].map(pos))).map((q) => q.y));
    expect((await pos('org:jyvaskylan-yliopisto')).y).toBeGreaterThan(lowestTied);
    // The legend: one distinct colour per kind, counts adding up to the members.
    const legend = await p.getByTestId('legend').locator('li').evaluateAll((items) =>
      items.map((li) => ({ colour: (li.querySelector('.swatch') as unknown as { style: { background: string } }).style.background, text: li.textContent ?? '' })),
    );
    expect(new Set(legend.map((l) => l.colour)).size).toBe(legend.length);
    expect(legend.reduce((s, l) => s + Number(/(\d+)$/.exec(l.text)![1]), 0)).toBe(nodes);
    // 2020 has no community structure: the option says so and cannot be chosen.
    expect(await p.getByTestId('modularity-note').textContent()).toMatch(/^Modularity 0\.\d\d: no community structure/);
    expect(await p.locator('[data-testid=colour-by] option[value=community]').isDisabled()).toBe(true);
    // The steering group makes the picture a clique: 49 ties, every member tied.
    await p.getByTestId('ties').selectOption('all');
    await ready(p);
    expect(Number(await network.getAttribute('data-edges'))).toBeGreaterThan(40);
    expect(await p.getByTestId('ties-note').textContent()).toContain('STEERING_GROUP');
    await screenshot(p, 'explorer-network-all-ties.png');
    expectOffline();
  });

  it('a sortable table of members with centralities, as CSV; the network as GEXF, GraphML, JSON and PNG downloads', async () => {
    const p = await open('/#/network?year=2020');
    await ready(p);
    const save = async (click: () => Promise<void>) => {
      const [download] = await Promise.all([p.waitForEvent('download'), click()]);
      return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8'), bytes: readFileSync((await download.path())!) };
    };
    const gexf = await save(() => p.getByTestId('downloads').getByText('GEXF').click());
    expect(gexf.name).toBe('botnia-network-2020.gexf');
    const nodes = Number(await p.getByTestId('network').getAttribute('data-nodes'));
    expect(viaGraphologyGexf(gexf.text).nodes).toBe(nodes);
    const cy = await save(() => p.getByTestId('downloads').getByText('Cytoscape JSON').click());
    expect(viaCytoscape(cy.text).nodes).toBe(nodes);
    const gl = await save(() => p.getByTestId('downloads').getByText('graphology JSON').click());
    expect(viaGraphologyJson(gl.text).edges).toBe(Number(await p.getByTestId('network').getAttribute('data-edges')));
    const graphml = await save(() => p.getByTestId('downloads').getByText('GraphML').click());
    expect(strictXml(graphml.text).getElementsByTagName('node').length).toBe(nodes);
    const png = await save(() => p.getByTestId('downloads').getByText('PNG').click());
    expect(png.name).toBe('botnia-network-2020.png');
    const image = decodePng(png.bytes);
    expect(colouredPixels(image)).toBeGreaterThan(nodes * 30);

    await p.getByTestId('show-table').click();
    const rows = p.getByTestId('member-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(nodes);
    expect(await rows.first().getAttribute('data-key')).toBe('org:sonet-botnia'); // highest PageRank first
    await p.getByTestId('sort-name').click();
    const names = await rows.locator('td:first-child').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'fi')));
    const csv = await save(() => p.getByTestId('csv').click());
    const lines = csv.text.trim().split(/\r\n/);
    expect(lines[0]).toBe('key,name,kind,degree,weightedDegree,betweenness,pagerank,community');
    expect(lines).toHaveLength(nodes + 1);
    expect(lines.slice(1).map((l) => l.split(',')[0])).toContain('org:kosti-ry');
    await screenshot(p, 'explorer-members-table.png');
    await p.getByTestId('show-picture').click();
    await ready(p);
    expect(await p.getByTestId('network').getAttribute('data-state')).toBe('settled');
    expectOffline();
  });
});

describe('expand, find a path, compare years (real browser)', () => {
  it('expands Kosti ry into its neighbours with labelled relationships, then VERNA; a line opens its quote', async () => {
    const p = await open('/#/explore?year=2020&focus=org%3Akosti-ry');
    await ready(p);
    const explore = p.getByTestId('explore');
    await p.locator('[data-testid=explore-node][data-key="project:verna"]').waitFor();
    const first = Number(await explore.getAttribute('data-nodes'));
    expect(first).toBeGreaterThan(3);
    const labels = await p.locator('[data-testid=explore-edge] .edge-label').allTextContents();
    expect(labels).toContain('participates in (lead)');
    await p.locator('[data-testid=explore-node][data-key="project:verna"]').click();
    await expect.poll(async () => Number(await explore.getAttribute('data-nodes'))).toBeGreaterThan(first);
    // VERNA's funder appears with the funding relationship.
    await p.locator('[data-testid=explore-node][data-key="org:stea"]').waitFor();
    await p.locator('[data-testid=explore-edge][data-id="org:kosti-ry|PARTICIPATES_IN|project:verna"] line.hit').click({ force: true });
    const quote = p.getByTestId('explore-quote');
    await quote.waitFor();
    expect(await quote.locator('.quote-text').first().textContent()).toContain('VERNA');
    await screenshot(p, 'explorer-expand.png');
    expectOffline();
  });

  it('finds how Kosti ry is linked to ESR, with quotes, by the chosen relationship types', async () => {
    const p = await open('/#/path?year=2020');
    await p.getByTestId('path-from').fill('Kosti');
    await p.locator('[data-testid=path-from-result][data-key="org:kosti-ry"]').click();
    await p.getByTestId('path-to').fill('sosiaalirahasto');
    await p.locator('[data-testid=path-to-result][data-key="funder:esr"]').click();
    await p.getByTestId('path-result').first().waitFor();
    const steps = p.getByTestId('path-result').first().getByTestId('path-step');
    expect(await steps.count()).toBeGreaterThan(1);
    expect(await steps.first().textContent()).toContain('Kosti ry');
    expect(await steps.last().textContent()).toContain('Euroopan sosiaalirahasto');
    for (const q of await steps.locator('.quote-text').allTextContents()) expect(q.length).toBeGreaterThan(10);
    expect(p.url()).toContain('from=org%3Akosti-ry');
    await screenshot(p, 'explorer-path.png');
    // Seats and bodies only: a different way (or none) — never a step of another type.
    await p.getByTestId('path-types').selectOption('seats');
    await ready(p);
    const relations = await p.locator('[data-testid=path-step] .relation').allTextContents();
    for (const r of relations) expect(r).toMatch(/represents|seat in|held by|deputy for|member of|part of/);
    await p.getByTestId('path-length').selectOption('2');
    await ready(p);
    expect(await p.getByTestId('path-none').textContent()).toBe('No connection of at most 2 steps.');
    expectOffline();
  });

  it('the interface in Finnish and English: lang, title and texts follow the switch', async () => {
    const p = await open('/#/network?year=2020&lang=fi');
    await ready(p);
    expect(await p.evaluate('document.documentElement.lang')).toBe('fi');
    expect(await p.title()).toBe('Verkosto 2020 · botnia-graph');
    expect(await p.getByTestId('tab-priorities').textContent()).toBe('Painopisteet');
    expect(await p.locator('.toolbar h2').textContent()).toBe('Kuka toimii kenen kanssa vuonna 2020');
    await screenshot(p, 'explorer-network-fi.png');
    await p.getByTestId('lang').selectOption('en');
    await ready(p);
    expect(await p.evaluate('document.documentElement.lang')).toBe('en');
    expect(await p.title()).toBe('Network 2020 · botnia-graph');
    await p.getByTestId('tab-funders').click();
    await expect.poll(() => p.title()).toBe('Funders · botnia-graph');
    expectOffline();
  });

  it('the interface in Swedish too: lang, title and texts follow', async () => {
    const p = await open('/#/network?year=2020&lang=fi');
    await ready(p);
    await p.getByTestId('lang').selectOption('sv');
    await ready(p);
    expect(await p.evaluate('document.documentElement.lang')).toBe('sv');
    expect(await p.title()).toBe('Nätverk 2020 · botnia-graph');
    expect(await p.getByTestId('tab-priorities').textContent()).toBe('Prioriteringar');
    expect(await p.getByTestId('tab-funders').textContent()).toBe('Finansiärer');
    expect(await p.locator('.toolbar h2').textContent()).toBe('Vem samarbetar med vem år 2020');
    expect(await p.getByTestId('year').locator('option[value=all]').textContent()).toBe('alla år');
    expect(p.url()).toContain('lang=sv');
    await screenshot(p, 'explorer-network-sv.png');
    await p.getByTestId('tab-priorities').click();
    await expect.poll(() => p.title()).toBe('Prioriteringar · botnia-graph');
    await p.getByTestId('year-score').first().waitFor();
    expect(await p.getByTestId('year-score').first().textContent()).toMatch(/av 19 svarade/);
    await screenshot(p, 'explorer-priorities-sv.png');
    // Remembered for the next page without a lang in the URL.
    const next = await open('/#/funders');
    await expect.poll(() => next.evaluate('document.documentElement.lang')).toBe('sv');
    await next.getByTestId('lang').selectOption('en');
    expectOffline();
  });

  it('filters the network by funder, role and status: ties recounted over the matching projects', async () => {
    const p = await open('/#/network?year=2020');
    await ready(p);
    const network = p.getByTestId('network');
    expect(Number(await network.getAttribute('data-edges'))).toBe(8);
    // ESR funds three projects in 2020 (GREE, MUKAAN, TASOS), each a lead with SONet BOTNIA: 3 ties, 4 members.
    await p.getByTestId('filter-funder').selectOption('funder:esr');
    await ready(p);
    expect(p.url()).toContain('funded=funder%3Aesr');
    expect(Number(await network.getAttribute('data-edges'))).toBe(3);
    expect(Number(await network.getAttribute('data-nodes'))).toBe(4);
    expect(await p.getByTestId('ties-note').textContent()).toMatch(/shared projects, funded by ESR/);
    const labels = ((await p.evaluate('window.botniaNetwork.labels()')) as { key: string }[]).map((l) => l.key).sort();
    expect(labels).toEqual(['org:centria-amk', 'org:kaustisen-seutukunta', 'org:kokkolan-yliopistokeskus-chydenius', 'org:sonet-botnia'].sort());
    await screenshot(p, 'explorer-network-filter-esr.png');
    // And only ongoing ones: GREE alone.
    await p.getByTestId('filter-status').selectOption('ONGOING');
    await ready(p);
    expect(Number(await network.getAttribute('data-edges'))).toBe(1);
    // No funder, a lead at one end: the six projects with a lead and another organisation.
    await p.getByTestId('filter-funder').selectOption('');
    await p.getByTestId('filter-status').selectOption('');
    await p.getByTestId('filter-role').selectOption('LEAD');
    await ready(p);
    expect(Number(await network.getAttribute('data-edges'))).toBe(6);
    // A filter nothing matches says so.
    await p.getByTestId('filter-role').selectOption('CO_IMPLEMENTER');
    await p.getByTestId('filter-status').selectOption('ONGOING');
    await ready(p);
    expect(await network.getAttribute('data-state')).toBe('empty');
    expect(await p.locator('.overlay.empty').textContent()).toBe('No collaboration matches the filters.');
    await expectHealthy(p, 'a filter that matches nothing');

    // Explore: Kosti ry's VERNA is ongoing; only prepared projects leaves it out, and its line with it.
    const q = await open('/#/explore?year=2020&focus=org%3Akosti-ry');
    await ready(q);
    await q.locator('[data-testid=explore-node][data-key="project:verna"]').waitFor();
    await q.getByTestId('filter-status').selectOption('PREPARED');
    await expect.poll(() => q.locator('[data-testid=explore-node][data-key="project:verna"]').count()).toBe(0);
    expect(await q.locator('[data-testid=explore-node][data-key="org:kosti-ry"]').count()).toBe(1);
    await screenshot(q, 'explorer-explore-filter.png');
    await q.getByTestId('filter-status').selectOption('ONGOING');
    await q.locator('[data-testid=explore-node][data-key="project:verna"]').waitFor();
    expectOffline();
  });

  it('a timeline of an entity in its details: the years that name it and what each states', async () => {
    const p = await open('/#/network?year=2020&key=project%3Averna');
    const timeline = p.getByTestId('details').getByTestId('timeline');
    await timeline.waitFor();
    expect(await timeline.getAttribute('data-years')).toBe('2020');
    const y2020 = timeline.locator('[data-testid=timeline-year][data-year="2020"]');
    const text = await y2020.textContent();
    expect(text).toContain('status: ongoing');
    expect(text).toContain('lead: Kosti ry');
    expect(text).toContain('funded by STEA');
    await timeline.scrollIntoViewIfNeeded();
    await screenshot(p, 'explorer-timeline.png');
    // An organisation: its project with its role, its seat in the steering group.
    const q = await open('/#/network?year=2020&key=org%3Akosti-ry');
    const org = q.getByTestId('details').getByTestId('timeline');
    await org.waitFor();
    const kinds = await org.getByTestId('timeline-item').evaluateAll((items) => items.map((i) => i.getAttribute('data-kind')));
    expect(kinds).toContain('project');
    expect(kinds).toContain('seat');
    expect(await org.textContent()).toContain('lead in Vertaistoiminnan kehittämisen hanke VERNA');
    expectOffline();
  });

  it('at 390 px the page fits the width and the details do not cover the network', async () => {
    page = await browser.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}/#/network?year=2020&key=org%3Akosti-ry`);
    await ready(page);
    const width = (await page.evaluate('document.documentElement.scrollWidth')) as number;
    expect(width).toBeLessThanOrEqual(390);
    const net = (await page.getByTestId('network').boundingBox())!;
    await page.getByTestId('details').getByTestId('details-name').waitFor();
    const details = (await page.getByTestId('details').boundingBox())!;
    expect(details.y).toBeGreaterThanOrEqual(net.y + net.height - 1);
    await screenshot(page, 'explorer-390.png');
    await page.setViewportSize({ width: 800, height: 900 });
    await ready(page);
    const net800 = (await page.getByTestId('network').boundingBox())!;
    const details800 = (await page.getByTestId('details').boundingBox())!;
    expect(details800.y).toBeGreaterThanOrEqual(net800.y + net800.height - 1);
    await screenshot(page, 'explorer-800.png');
    expectOffline();
  });
});

describe('with TRUSTED_DOCUMENTS_ONLY (real browser)', () => {
  it('sends document ids, not documents: search, a project with its lead, the network all work', async () => {
    const bodies: Record<string, unknown>[] = [];
    const openTrusted = async (url: string) => {
      await page?.close();
      page = await browser.newPage();
      page.on('request', (r) => {
        if (r.url().endsWith('/graphql') && r.method() === 'POST') bodies.push(JSON.parse(r.postData() ?? '{}'));
      });
      await page.goto(`${trustedBase}${url}`);
    };
    // A free-form document is refused by this server, as a client without the manifest would see.
    const refused = await fetch(`${trustedBase}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(JSON.stringify(await refused.json())).toContain('PERSISTED_QUERY_ID_REQUIRED');

    await openTrusted('/');
    await page.getByTestId('search').fill('lastensuojelu');
    const hit = page.locator(`[data-testid=search-result][data-key="${PROJECT}"]`);
    await hit.waitFor();
    await hit.click();
    const details = page.locator(`[data-testid=details][data-key="${PROJECT}"]`);
    await expect.poll(() => details.getByTestId('details-name').textContent()).toBe('Monialainen lastensuojelu 2020-2022 Pohjois-Suomessa');
    await details.getByTestId('lead').waitFor();
    expect(await details.getByTestId('lead').locator('a').textContent()).toBe('Pohjois-Suomen sosiaalialan osaamiskeskus');
    await openTrusted('/#/network?year=2020');
    await page.locator('[data-testid=network][data-state=settled]').waitFor();
    expect(Number(await page.getByTestId('network').getAttribute('data-edges'))).toBeGreaterThanOrEqual(8);

    expect(bodies.length).toBeGreaterThan(2);
    for (const b of bodies) {
      expect(b.query).toBeUndefined();
      expect(b.documentId).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(browser.problems).toEqual([]);
    // This server is not the one the other tests check requests against.
    browser.requests.length = 0;
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
    for (const name of ['Search', 'ProjectLead', 'FunderPortfolio', 'OrganizationSeats', 'PriorityEvaluations', 'Network', 'Connection', 'CompareYears', 'NetworkExport']) {
      expect(tabs.join(' ')).toContain(name);
    }
    // The first tab (Search, with its variables) runs as it is. On a busy machine the editor may not have parsed the
    // tab's document when the button is first pressed (the press then runs nothing): press again until it runs.
    const execute = p.locator('.graphiql-execute-button');
    const response = async () => {
      const text = (await p.locator('.graphiql-response').textContent()) ?? '';
      if (!text.trim() && (await execute.getAttribute('aria-label'))?.startsWith('Execute')) await execute.click();
      return text;
    };
    // (Monaco draws spaces as no-break spaces: compare a key, which has none.)
    await expect.poll(response, { timeout: 20_000, interval: 1000 }).toContain(PROJECT);
    await screenshot(p, 'graphiql.png');
    expectOffline();
  });
});

describe('with a second (synthetic) year (real browser)', () => {
  it('compares 2020 and 2021: what appeared, ended and continued, and the score changes', async () => {
    const single = await open('/#/compare');
    await single.getByTestId('compare-single').waitFor();
    await single.close();
    await importSeeds(db.executor, ['test/fixtures/synthetic-keski-pohjanmaa-2021.yaml']);
    const p = await open('/#/compare');
    await p.getByTestId('compare-scores').waitFor();
    expect(await p.getByTestId('compare-from').inputValue()).toBe('2020');
    expect(await p.getByTestId('compare-to').inputValue()).toBe('2021');
    expect(await p.getByTestId('compare-organizations-appeared').textContent()).toContain('Uusi');
    expect(await p.getByTestId('compare-organizations-ended').textContent()).toContain('Centria');
    expect(await p.getByTestId('compare-scores').textContent()).toContain('+0.5');
    await screenshot(p, 'explorer-compare.png');
    expectOffline();
  });

  it('the Year drives the Priorities chart: one year its bars, all years the lines', async () => {
    const p = await open('/#/priorities?year=2020');
    const chart = p.getByTestId('priorities');
    await chart.waitFor();
    expect(await chart.getAttribute('data-years')).toBe('2020');
    expect(await p.locator('.toolbar h2').textContent()).toBe('Priority scores in 2020');
    expect(await p.getByTestId('priority-point').count()).toBe(7);
    expect(await p.getByTestId('year-scores').locator('h3').textContent()).toBe('Scores in 2020');
    await screenshot(p, 'explorer-priorities-2020.png');
    await p.getByTestId('year').selectOption('2021');
    await expect.poll(() => chart.getAttribute('data-years')).toBe('2021');
    expect(await p.getByTestId('year-scores').locator('h3').textContent()).toBe('Scores in 2021');
    // 2021 scores two priorities (the synthetic fixture).
    expect(await p.getByTestId('priority-point').count()).toBe(2);
    await screenshot(p, 'explorer-priorities-2021.png');
    await p.getByTestId('year').selectOption('all');
    await expect.poll(() => chart.getAttribute('data-years')).toBe('2020,2021');
    expect(await p.locator('.toolbar h2').textContent()).toBe('Priority scores by year');
    expect(await p.locator('svg.chart polyline').count()).toBe(7);
    await screenshot(p, 'explorer-priorities-all.png');
    // Compare reads the same Year: 2021 is the later of the two.
    await p.getByTestId('tab-compare').click();
    await p.getByTestId('compare-scores').waitFor();
    expect(await p.getByTestId('compare-to').inputValue()).toBe('2021');
    expectOffline();
  });

  it('the timeline shows both years: VERNA ongoing in 2020, completed in 2021', async () => {
    const p = await open('/#/network?year=2021&key=project%3Averna');
    const timeline = p.getByTestId('details').getByTestId('timeline');
    await timeline.waitFor();
    expect(await timeline.getAttribute('data-years')).toBe('2020,2021');
    expect(await timeline.locator('[data-testid=timeline-year][data-year="2021"]').textContent()).toContain('status: completed');
    expect(await timeline.locator('[data-testid=timeline-year][data-year="2020"]').textContent()).toContain('status: ongoing');
    // The chosen year is marked.
    expect(await timeline.locator('.timeline-year.chosen').getAttribute('data-year')).toBe('2021');
    await timeline.scrollIntoViewIfNeeded();
    await screenshot(p, 'explorer-timeline-2021.png');
    expectOffline();
  });
});
