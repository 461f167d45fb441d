#!/usr/bin/env node
/**
 * Page-load time of the explorer against a running server, in the browser tests' Chromium (test/support/chromium.ts:
 * CHROMIUM_PATH, a system Chromium, or the one npm ci installs), headless, fresh profile per run:
 *
 *   npx tsx web/measure-load.mjs http://localhost:4000 [--year 2020] [--runs 3] [--shots DIR]
 *
 * For each run, in ms from navigation start (the page's own performance marks): DOMContentLoaded (search usable),
 * network data received, network drawn (first picture), interactive (a click on the largest member as soon as it is
 * drawn has opened its details), layout settled (the final picture: the server lays the network out, so it is the
 * first one); plus the network's size, the requests that left the server's origin (should be none) and the machine's
 * load average. The first run after a server start includes the server computing the year's projection, centralities
 * and layout; later runs hit its cache. A generated network: `tsx bench/generate.ts --scale M --out DIR`, then a
 * server on its own Neo4j with `SEED_PATH=DIR` (M: 868 members in 2020, 8,680 of its 20,172 ties drawn).
 */
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../test/support/chromium.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { year: { type: 'string' }, runs: { type: 'string', default: '3' }, shots: { type: 'string' } },
});
const base = (positionals[0] ?? 'http://localhost:4000').replace(/\/$/, '');
const url = `${base}/#/network${values.year ? `?year=${values.year}` : ''}`;

const rows = [];
for (let run = 1; run <= Number(values.runs); run++) {
  const browser = await launchChromium();
  const { context } = browser;
  const external = [];
  context.on('request', (r) => {
    if (!r.url().startsWith(`${base}/`) && !/^(data|blob):/.test(r.url())) external.push(r.url());
  });
  const page = await context.newPage();
  // When the click's selection reached the page (the URL, then the details panel).
  await page.addInitScript({ content: `addEventListener('hashchange', () => { if (location.hash.includes('key=')) window.botniaSelectedAt ??= performance.now(); });` });
  const started = Date.now();
  await page.goto(url);
  const network = page.locator('[data-testid=network]');
  await page.locator('[data-testid=network][data-state=drawn], [data-testid=network][data-state=settled], [data-testid=network][data-state=error]').waitFor({ timeout: 600_000 });
  if ((await network.getAttribute('data-state')) === 'error') throw new Error(await page.locator('.overlay.error').textContent());
  // Interactive: the largest member, clicked where it is drawn, opens its details. A small picture is still moving
  // (the layout animates), so the click is tried again where the member has moved to.
  let interactive;
  for (let attempt = 0; attempt < 50 && interactive === undefined; attempt++) {
    const target = await page.evaluate(() => {
      const first = window.botniaNetwork?.labels()[0];
      return first ? { key: first.key, at: window.botniaNetwork.viewportPosition(first.key) } : null;
    });
    if (!target?.at) break;
    // Where the picture is now: a missed click may have opened another member's details, which narrows the view.
    const box = await network.boundingBox();
    await page.mouse.click(box.x + target.at.x, box.y + target.at.y);
    // The details panel is on the page (its facts then load from the API, which is not the page's speed).
    const opened = await page
      .locator(`[data-testid=details][data-key="${target.key}"]`)
      .waitFor({ timeout: 2_000 })
      .then(() => true, () => false);
    if (opened) interactive = Math.round(await page.evaluate(() => window.botniaSelectedAt ?? performance.now()));
  }
  await page.locator('[data-testid=network][data-state=settled]').waitFor({ timeout: 600_000 });
  const wall = Date.now() - started;
  const timing = await page.evaluate(() => {
    const marks = Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)]));
    const nav = performance.getEntriesByType('navigation')[0];
    const api = performance.getEntriesByType('resource').filter((r) => r.name.endsWith('/graphql'));
    const biggest = api.reduce((a, b) => (b.encodedBodySize > (a?.encodedBodySize ?? 0) ? b : a), undefined);
    return { marks, domContentLoaded: Math.round(nav.domContentLoadedEventEnd), networkBytes: biggest?.encodedBodySize ?? 0 };
  });
  const info = (await page.getByTestId('network-info').textContent())?.trim();
  if (values.shots) {
    mkdirSync(values.shots, { recursive: true });
    await page.screenshot({ path: path.join(values.shots, `explorer-load-run${run}.png`) });
  }
  rows.push({
    run,
    domContentLoaded: timing.domContentLoaded,
    networkData: timing.marks['network:data'],
    networkDrawn: timing.marks['network:drawn'],
    interactive,
    settled: timing.marks['network:settled'],
    load: os.loadavg()[0].toFixed(1),
    wallToSettled: wall,
    responseKB: Math.round(timing.networkBytes / 1024),
    nodes: Number(await network.getAttribute('data-nodes')),
    edges: Number(await network.getAttribute('data-edges')),
    external: external.length,
    info,
  });
  await browser.close();
}

console.log(`| run | DOMContentLoaded ms | network data ms | network drawn ms | interactive ms | layout settled ms | response KB | drawn nodes | drawn ties | external requests | load average |`);
console.log(`|---|---|---|---|---|---|---|---|---|---|---|`);
for (const r of rows) {
  console.log(`| ${r.run} | ${r.domContentLoaded} | ${r.networkData} | ${r.networkDrawn} | ${r.interactive ?? '–'} | ${r.settled} | ${r.responseKB} | ${r.nodes} | ${r.edges} | ${r.external} | ${r.load} |`);
}
console.log(rows.at(-1)?.info ?? '');
