/**
 * Which Chromium the browser tests (and web/measure-load.mjs) drive, in this order: CHROMIUM_PATH; a system
 * Chromium if one is installed; otherwise the binary that the npm package @sparticuz/chromium ships inside the
 * package (a devDependency, so `npm ci` brings it: no root, no download, software WebGL through SwiftShader).
 * A test tool's own browser download cannot work on these machines, so that is never tried.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type LaunchOptions } from 'playwright-core';

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** What every launch needs here: a closed network makes Chromium's background connections fail noisily. */
const QUIET = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * The packaged build's own flags are for AWS Lambda; these would weaken what the tests check (same-origin policy,
 * mixed content) or make a persistent context fragile (one process for everything), so they are dropped.
 */
const UNWANTED = /^--(disable-web-security|allow-running-insecure-content|single-process|no-zygote|headless)/;

export interface ChromiumChoice {
  executablePath: string;
  args: string[];
  /** Where it came from, for the test log. */
  source: 'CHROMIUM_PATH' | 'system' | '@sparticuz/chromium';
}

export async function findChromium(env: NodeJS.ProcessEnv = process.env): Promise<ChromiumChoice> {
  const given = env.CHROMIUM_PATH;
  if (given) {
    if (!existsSync(given)) throw new Error(`CHROMIUM_PATH=${given} does not exist: unset it to use the Chromium that npm ci installs`);
    return { executablePath: given, args: [...QUIET, '--disable-gpu'], source: 'CHROMIUM_PATH' };
  }
  const system = SYSTEM_CHROMIUMS.find((file) => existsSync(file));
  if (system) return { executablePath: system, args: [...QUIET, '--disable-gpu'], source: 'system' };
  const packaged = (await import('@sparticuz/chromium')).default;
  const executablePath = await packaged.executablePath();
  // Tiles rasterised by the CPU, as a browser without a GPU does (Chrome keeps GPU rasterisation off on SwiftShader;
  // this build's --ignore-gpu-blocklist turns it on): emulated on the CPU it held every page's frames for 1–2 s around
  // the first second after a navigation. Compositing and WebGL (sigma) stay on SwiftShader.
  const args = [...packaged.args.filter((arg) => !UNWANTED.test(arg)), ...QUIET, '--disable-gpu-rasterization'];
  return { executablePath, args: [...new Set(args)], source: '@sparticuz/chromium' };
}

export interface LaunchedChromium {
  context: BrowserContext;
  choice: ChromiumChoice;
  close(): Promise<void>;
}

/** A headless Chromium with a fresh, throwaway profile (Playwright passes --user-data-dir itself). */
export async function launchChromium(options: Pick<LaunchOptions, 'timeout'> & { viewport?: { width: number; height: number } } = {}): Promise<LaunchedChromium> {
  const choice = await findChromium();
  const profile = mkdtempSync(path.join(os.tmpdir(), 'botnia-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: choice.executablePath,
    args: choice.args,
    headless: true,
    viewport: options.viewport ?? { width: 1400, height: 900 },
    timeout: options.timeout,
  });
  return {
    context,
    choice,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
