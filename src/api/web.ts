/**
 * The browser side: GraphiQL at GET /graphql (for a browser asking for HTML) and the explorer at /, both from the
 * Vite build in web/dist. Everything the pages load comes from this server (no CDN): a Content-Security-Policy
 * allowing only 'self' makes that a rule rather than a hope.
 *
 * web/dist is git-ignored. When it is missing or older than its sources, the first request for a page builds it
 * (Vite's build API, once per process, into a temporary folder swapped in when complete), so `npm ci && npm start`
 * serves the explorer with no extra step. `npm run web:build` does the same ahead of time.
 */
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IncomingMessage } from 'node:http';
import accepts from 'accepts';
import express, { type Express, type Request, type Response } from 'express';
import type { Logger } from '../logger.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const WEB_DIR = path.join(ROOT, 'web');
export const DIST_DIR = path.join(WEB_DIR, 'dist');
/** Written last by a complete build (web/vite.config.ts): its time is the build's. */
const STAMP = path.join(DIST_DIR, '.built');

/**
 * Only same-origin resources. Monaco sets inline styles (hence 'unsafe-inline' for styles) and loads its workers
 * and the codicon font from the build; data: covers the small inlined images and fonts.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'self'",
].join('; ');

/** The files a build depends on: the pages, their sources, the operations GraphiQL preloads, the lock file. */
function sourceFiles(): string[] {
  const files = [
    path.join(WEB_DIR, 'index.html'),
    path.join(WEB_DIR, 'graphiql.html'),
    path.join(WEB_DIR, 'vite.config.ts'),
    path.join(ROOT, 'package-lock.json'),
  ];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push(full);
    }
  };
  walk(path.join(WEB_DIR, 'src'));
  walk(path.join(ROOT, 'test/operations'));
  walk(path.join(ROOT, 'src/analytics')); // the layout and palette the page shares with the exports
  return files.filter((f) => existsSync(f));
}

/** True when web/dist is complete and no source is newer than it. */
export function isWebBuildFresh(): boolean {
  if (!existsSync(STAMP)) return false;
  const built = statSync(STAMP).mtimeMs;
  return sourceFiles().every((f) => statSync(f).mtimeMs <= built);
}

let building: Promise<void> | undefined;

/**
 * Builds web/dist unless it is fresh; at most once per process (later calls share the first one's promise). A failed
 * build is retried by the next call.
 */
export function ensureWebBuild(logger?: Logger): Promise<void> {
  building ??= buildIfStale(logger).catch((error: unknown) => {
    building = undefined;
    throw error;
  });
  return building;
}

async function buildIfStale(logger?: Logger): Promise<void> {
  if (isWebBuildFresh()) return;
  const started = Date.now();
  logger?.info('explorer: building web/dist with Vite (first start, or web/ changed; takes a few seconds)…');
  let vite: typeof import('vite');
  try {
    vite = await import('vite');
  } catch {
    throw new Error('web/dist is missing or stale and Vite is not installed here: run `npm ci` then `npm run web:build`');
  }
  // Built beside web/dist and swapped in complete, so a server never serves half a build.
  const tmp = path.join(WEB_DIR, `.dist-${process.pid}-${Date.now()}`);
  try {
    await vite.build({
      configFile: path.join(WEB_DIR, 'vite.config.ts'),
      logLevel: 'error',
      build: { outDir: tmp, emptyOutDir: true },
    });
    const old = `${DIST_DIR}.old-${process.pid}`;
    if (existsSync(DIST_DIR)) renameSync(DIST_DIR, old);
    renameSync(tmp, DIST_DIR);
    rmSync(old, { recursive: true, force: true });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  logger?.info(`explorer: web/dist built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** A browser navigating to the URL (GET with Accept: text/html first), not an API client (JSON, or * / *). */
export function wantsHtml(req: IncomingMessage): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  return accepts(req).type(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
}

/**
 * Mounts GET / (explorer), GET /graphql for browsers (GraphiQL; server.ts sends only those requests here) and
 * /assets/*. `ide: false` (production unless GRAPHQL_IDE=true) leaves GET /graphql to the API: no GraphiQL.
 */
export function mountWeb(app: Express, logger?: Logger, options: { ide?: boolean } = {}): void {
  const ide = options.ide ?? true;
  const ready = async (res: Response): Promise<boolean> => {
    try {
      await ensureWebBuild(logger);
      return true;
    } catch (error) {
      logger?.error({ err: error }, 'explorer: build failed');
      res
        .status(503)
        .type('text/plain')
        .send(`The explorer could not be built: ${(error as Error).message}\nThe GraphQL API at POST /graphql works regardless.`);
      return false;
    }
  };

  const page = (file: string) => async (_req: Request, res: Response) => {
    if (!(await ready(res))) return;
    res.set({ 'Cache-Control': 'no-cache', 'Content-Security-Policy': CSP, 'X-Content-Type-Options': 'nosniff' });
    res.sendFile(path.join(DIST_DIR, file));
  };

  const explorer = page('index.html');
  const graphiql = page('graphiql.html');
  app.get('/', explorer);
  if (ide) app.get('/graphql', graphiql);

  // Hashed file names: cache for a year.
  const assets = express.static(path.join(DIST_DIR, 'assets'), { immutable: true, maxAge: '365d', index: false });
  app.use('/assets', async (req, res, next) => {
    if (!(await ready(res))) return;
    res.set('X-Content-Type-Options', 'nosniff');
    assets(req, res, () => {
      if (req.method === 'GET' || req.method === 'HEAD') res.status(404).type('text/plain').send('Not found');
      else next();
    });
  });
}
