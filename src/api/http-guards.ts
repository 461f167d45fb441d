/**
 * HTTP-level guards in front of /graphql and /export: optional API keys, configurable CORS, and the per-request
 * deadline. They are connect-style middleware over node:http's own request and response, so that the same guard runs
 * in the lean /graphql handler (graphql-http.ts) and in Express (export routes) — said once.
 */
import { timingSafeEqual, createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import cors from 'cors';

export type Next = (error?: unknown) => void;
export type Middleware = (req: IncomingMessage, res: ServerResponse, next: Next) => void;

/** A JSON answer without a framework: the guards, the /graphql handler and its error answers share it. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...headers, 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

const header = (req: IncomingMessage, name: string): string | undefined => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** Requires `Authorization: Bearer <key>` or `X-API-Key: <key>` when keys are configured. */
export function apiKeyGuard(keys: string[]): Middleware {
  // Compare digests, so the comparison takes the same time whatever the key length.
  const digests = keys.map((k) => createHash('sha256').update(k).digest());
  return (req, res, next) => {
    if (digests.length === 0) return next();
    const given = header(req, 'authorization')?.match(/^Bearer\s+(.+)$/i)?.[1] ?? header(req, 'x-api-key');
    const digest = given ? createHash('sha256').update(given).digest() : null;
    if (digest && digests.some((d) => timingSafeEqual(d, digest))) return next();
    sendJson(
      res,
      401,
      { errors: [{ message: 'An API key is required: send Authorization: Bearer <key>.', extensions: { code: 'UNAUTHENTICATED' } }] },
      { 'www-authenticate': 'Bearer' },
    );
  };
}

/**
 * No CORS headers unless origins are configured ("*" allows any origin). A browser's preflight from an origin that is
 * not allowed is answered here, with what to change: left to Apollo, it would be refused as a CSRF risk, which sends
 * the reader after the wrong cause.
 */
export function corsGuard(origins: string[]): Middleware {
  const allowed = origins.includes('*') ? true : origins;
  const handle = origins.length
    ? cors({
        origin: allowed,
        methods: ['GET', 'POST', 'OPTIONS'],
        allowedHeaders: ['content-type', 'authorization', 'x-api-key', 'apollo-require-preflight'],
        maxAge: 600,
      })
    : null;
  return (req, res, next) => {
    const origin = header(req, 'origin');
    const preflight = req.method === 'OPTIONS' && origin && header(req, 'access-control-request-method');
    if (preflight && allowed !== true && !allowed.includes(origin)) {
      const enable = origins.length
        ? `add it to CORS_ORIGINS (now ${origins.join(',')})`
        : `set CORS_ORIGINS=${origin} (comma-separated origins, or * for any) where the API runs`;
      sendJson(res, 403, {
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

const signals = new WeakMap<IncomingMessage, AbortSignal>();

/** The signal `deadline` gave the request: database work started for it passes it on. */
export function requestSignal(req: IncomingMessage): AbortSignal | undefined {
  return signals.get(req);
}

/** Gives each request an AbortSignal that fires at its deadline (or when the client goes away). */
export function deadline(ms: number): Middleware {
  return (req, res, next) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new Error(`request deadline of ${ms} ms passed`)), ms);
    const done = () => clearTimeout(timer);
    res.on('finish', done);
    res.on('close', () => {
      done();
      if (!res.writableFinished) controller.abort(new Error('client closed the connection'));
    });
    signals.set(req, controller.signal);
    next();
  };
}

/** Runs middleware in order; `done` gets the first error, or nothing once the last one called next. */
export function runChain(chain: readonly Middleware[], req: IncomingMessage, res: ServerResponse, done: Next): void {
  // One `next` for the whole chain, not a closure per step: under tsx every closure made is also named at run time.
  let i = 0;
  const next: Next = (error) => {
    if (error !== undefined) done(error);
    else if (i < chain.length) chain[i++]!(req, res, next);
    else done();
  };
  next();
}

/**
 * The answer to an error raised before GraphQL runs (malformed JSON, an oversized body): GraphQL-shaped with a code,
 * never a framework's HTML page with a stack trace.
 */
export function sendHttpError(res: ServerResponse, error: unknown, logUnexpected: (error: unknown) => void): void {
  const status = httpStatusOf(error);
  if (status >= 500) logUnexpected(error);
  const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST';
  const message =
    status === 413
      ? 'The request body is too large.'
      : status === 415
        ? `The request body's encoding or charset is not supported: ${(error as Error).message}`
        : status >= 500
          ? 'Internal server error'
          : 'The request body is not valid JSON.';
  if (res.headersSent) return void res.destroy();
  sendJson(res, status, { errors: [{ message, extensions: { code } }] });
}

function httpStatusOf(error: unknown): number {
  const status = (error as { status?: unknown; statusCode?: unknown })?.status ?? (error as { statusCode?: unknown })?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}
