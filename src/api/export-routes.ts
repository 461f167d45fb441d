/**
 * Plain download URLs for the network files, for Gephi ("Open graph file" from a URL), scripts and curl:
 *
 *   GET /export/network.gexf?year=2020
 *   GET /export/network.gexf?year=2020&region=Keski-Pohjanmaa      (one region's reports)
 *   GET /export/network.graphml?year=all&members=people
 *   GET /export/network.cyjs?year=2020&bodyKinds=STEERING_GROUP,WORKING_GROUP&events=false
 *   GET /export/network.graphology.json?year=2020      (and network.json: the API's own nodes/edges)
 *
 * The same file as the `networkExport` query (analytics.export.ts). Errors are JSON with the API's codes and
 * HTTP statuses (400 bad input, 404 no report for the year or region, 503/504 database), never an empty file.
 */
import { Router, type Request, type Response } from 'express';
import { DEFAULT_TIES, type TieChoice } from '../analytics/network.js';
import { NETWORK_FORMATS, FORMAT_FILES, type NetworkFormat } from '../analytics/export.js';
import { AppError, ErrorCode } from '../errors.js';
import { BodyKind } from '../graph/vocabulary.js';
import { createContext, type Services } from './context.js';
import { requestSignal } from './http-guards.js';
import { networkFile } from './modules/analytics/analytics.export.js';

const BY_EXTENSION = new Map<string, NetworkFormat>(NETWORK_FORMATS.map((f) => [FORMAT_FILES[f].extension, f]));

const STATUS: Record<string, number> = {
  [ErrorCode.BadUserInput]: 400,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.DatabaseUnavailable]: 503,
  [ErrorCode.QueryTimeout]: 504,
};

function bad(message: string): never {
  throw new AppError(ErrorCode.BadUserInput, message);
}

function one(req: Request, name: string): string | undefined {
  const v = req.query[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') bad(`\`${name}\` must be given once.`);
  return v;
}

function flag(req: Request, name: string, fallback: boolean): boolean {
  const v = one(req, name);
  if (v === undefined) return fallback;
  if (v === 'true' || v === '1') return true;
  if (v === 'false' || v === '0') return false;
  return bad(`\`${name}\` must be true or false.`);
}

function weight(req: Request, name: string): number {
  const v = one(req, name);
  if (v === undefined) return 1;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0 || n > 1000) bad(`\`${name}\` must be a number above 0 and at most 1000.`);
  return n;
}

/** The query string as the GraphQL arguments: the same names, lists comma-separated. */
export function parseExportQuery(req: Request): { year: number | null; region: string | null; members: 'Organization' | 'Person'; ties: TieChoice } {
  const rawYear = one(req, 'year');
  let year: number | null = null;
  if (rawYear !== undefined && rawYear !== 'all') {
    year = Number(rawYear);
    if (!Number.isInteger(year) || year < 1900 || year > 2200) bad('`year` must be a report year such as 2020, or all.');
  }
  const region = one(req, 'region')?.trim() || null;
  if (region && region.length > 200) bad('`region` must be a region name such as Keski-Pohjanmaa.');
  const members = (one(req, 'members') ?? 'organizations').toLowerCase();
  if (members !== 'organizations' && members !== 'people') bad('`members` must be organizations or people.');
  const kinds = one(req, 'bodyKinds');
  const bodyKinds = kinds === undefined ? DEFAULT_TIES.bodyKinds : kinds.split(',').filter(Boolean);
  for (const k of bodyKinds) if (!(BodyKind as readonly string[]).includes(k)) bad(`\`bodyKinds\`: ${k} is not one of ${BodyKind.join(', ')}.`);
  const bodies = one(req, 'bodies')?.split(',').filter(Boolean) ?? null;
  return {
    year,
    region,
    members: members === 'people' ? 'Person' : 'Organization',
    ties: {
      projects: flag(req, 'projects', DEFAULT_TIES.projects),
      events: flag(req, 'events', DEFAULT_TIES.events),
      bodyKinds,
      bodies: bodies?.length ? bodies : null,
      weights: { Project: weight(req, 'projectWeight'), Body: weight(req, 'bodyWeight'), Event: weight(req, 'eventWeight') },
    },
  };
}

export function exportRoutes(services: Services): Router {
  const router = Router();
  router.get('/network.:ext', async (req: Request, res: Response) => {
    try {
      const format = BY_EXTENSION.get(String(req.params.ext));
      if (!format) bad(`Unknown file type: network.${String(req.params.ext)}; use ${[...BY_EXTENSION.keys()].map((e) => `network.${e}`).join(', ')}.`);
      const signal = requestSignal(req);
      const file = await networkFile(createContext(services, signal), { format, ...parseExportQuery(req) }, signal);
      res
        .status(200)
        .type(`${file.mediaType}; charset=utf-8`)
        .set('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(file.content);
    } catch (error) {
      const code = error instanceof AppError ? error.code : ErrorCode.Internal;
      const message = error instanceof AppError ? error.message : 'Internal server error';
      res.status(STATUS[code] ?? 500).json({ errors: [{ message, extensions: { code } }] });
    }
  });
  return router;
}
