/**
 * A real browser for the explorer tests (see chromium.ts for which one) driven by playwright-core, headless, with a
 * fresh profile, recording every request so tests can check that nothing leaves the machine.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium.js';

export const ARTIFACTS = path.resolve('test/artifacts');

export interface TestBrowser {
  context: BrowserContext;
  /** Every URL requested by any page, in order. */
  requests: string[];
  /** Console errors, page errors and Content-Security-Policy violations, in order. */
  problems: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<TestBrowser> {
  const chromium = await launchChromium();
  const { context } = chromium;
  context.setDefaultTimeout(20_000);
  const requests: string[] = [];
  const problems: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const watch = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  };
  context.on('page', watch);
  return {
    context,
    requests,
    problems,
    async newPage() {
      const page = await context.newPage();
      // CSP violations are reported as events in the page; collect them too.
      await page.addInitScript({
        content: `document.addEventListener('securitypolicyviolation', (e) => console.error('CSP violation: ' + e.blockedURI + ' (' + e.violatedDirective + ')'));`,
      });
      return page;
    },
    async close() {
      await chromium.close();
    },
  };
}

/** Requests that went anywhere but the test server (data: and blob: URLs stay in the page). */
export function externalRequests(requests: readonly string[], base: string): string[] {
  return requests.filter((url) => !url.startsWith(`${base}/`) && !/^(data|blob):/.test(url));
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, name);
  await page.screenshot({ path: file });
  return file;
}

export interface Image {
  width: number;
  height: number;
  /** RGBA, 4 bytes per pixel. */
  pixels: Uint8Array;
}

/**
 * Decodes the PNG screenshots Chromium writes (8-bit RGB or RGBA, not interlaced): enough to count the pixels a
 * WebGL canvas really drew, which the DOM cannot tell.
 */
export function decodePng(png: Buffer): Image {
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 4;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      const bitDepth = data[8];
      const colourType = data[9];
      if (bitDepth !== 8 || (colourType !== 2 && colourType !== 6) || data[12] !== 0) {
        throw new Error(`unsupported PNG: bit depth ${bitDepth}, colour type ${colourType}, interlace ${data[12]}`);
      }
      channels = colourType === 6 ? 4 : 3;
    } else if (type === 'IDAT') {
      idat.push(data);
    } else if (type === 'IEND') {
      break;
    }
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = new Uint8Array(width * height * 4);
  const previous = new Uint8Array(stride);
  const row = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? row[x - channels]! : 0;
      const b = previous[x]!;
      const c = x >= channels ? previous[x - channels]! : 0;
      let value = line[x]!;
      if (filter === 1) value += a;
      else if (filter === 2) value += b;
      else if (filter === 3) value += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        value += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      row[x] = value & 0xff;
    }
    for (let x = 0; x < width; x++) {
      out.set([row[x * channels]!, row[x * channels + 1]!, row[x * channels + 2]!, channels === 4 ? row[x * channels + 3]! : 255], (y * width + x) * 4);
    }
    previous.set(row);
  }
  return { width, height, pixels: out };
}

/** Pixels with a clear colour (not white, grey or black): what the node fills of the network drawing are. */
export function colouredPixels(image: Image): number {
  let count = 0;
  for (let i = 0; i < image.pixels.length; i += 4) {
    const r = image.pixels[i]!;
    const g = image.pixels[i + 1]!;
    const b = image.pixels[i + 2]!;
    if (Math.max(r, g, b) - Math.min(r, g, b) > 60) count++;
  }
  return count;
}
