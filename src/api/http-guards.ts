/**
 * HTTP-level guards in front of /graphql: optional API keys, configurable CORS, and the per-request deadline.
 */
import { timingSafeEqual, createHash } from 'node:crypto';
import cors from 'cors';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

/** Requires `Authorization: Bearer <key>` or `X-API-Key: <key>` when keys are configured. */
export function apiKeyGuard(keys: string[]): RequestHandler {
  // Compare digests, so the comparison takes the same time whatever the key length.
  const digests = keys.map((k) => createHash('sha256').update(k).digest());
  return (req: Request, res: Response, next: NextFunction) => {
    if (digests.length === 0) return next();
    const header = req.get('authorization');
    const given = header?.match(/^Bearer\s+(.+)$/i)?.[1] ?? req.get('x-api-key');
    const digest = given ? createHash('sha256').update(given).digest() : null;
    if (digest && digests.some((d) => timingSafeEqual(d, digest))) return next();
    res
      .status(401)
      .set('WWW-Authenticate', 'Bearer')
      .json({ errors: [{ message: 'An API key is required: send Authorization: Bearer <key>.', extensions: { code: 'UNAUTHENTICATED' } }] });
  };
}

/**
 * No CORS headers unless origins are configured ("*" allows any origin). A browser's preflight from an origin that is
 * not allowed is answered here, with what to change: left to Apollo, it would be refused as a CSRF risk, which sends
 * the reader after the wrong cause.
 */
export function corsGuard(origins: string[]): RequestHandler {
  const allowed = origins.includes('*') ? true : origins;
  const handle = origins.length
    ? cors({
        origin: allowed,
        methods: ['GET', 'POST', 'OPTIONS'],
        allowedHeaders: ['content-type', 'authorization', 'x-api-key', 'apollo-require-preflight'],
        maxAge: 600,
      })
    : null;
  return (req: Request, res: Response, next: NextFunction) => {
    const origin = req.get('origin');
    const preflight = req.method === 'OPTIONS' && origin && req.get('access-control-request-method');
    if (preflight && allowed !== true && !allowed.includes(origin)) {
      const enable = origins.length
        ? `add it to CORS_ORIGINS (now ${origins.join(',')})`
        : `set CORS_ORIGINS=${origin} (comma-separated origins, or * for any) where the API runs`;
      res.status(403).json({
        errors: [
          {
            message: `CORS is not enabled for the origin ${origin}: to let browser pages on it call this API, ${enable}.`,
            extensions: { code: 'CORS_ORIGIN_NOT_ALLOWED', origin },
          },
        ],
      });
      return;
    }
    if (handle) return handle(req, res, next);
    next();
  };
}

/** Gives each request an AbortSignal that fires at its deadline (or when the client goes away). */
export function deadline(ms: number): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new Error(`request deadline of ${ms} ms passed`)), ms);
    const done = () => clearTimeout(timer);
    res.on('finish', done);
    res.on('close', () => {
      done();
      if (!res.writableFinished) controller.abort(new Error('client closed the connection'));
    });
    res.locals.signal = controller.signal;
    next();
  };
}
