/**
 * The API, built apart from the listener so tests can run operations against it (executeOperation) or mount it.
 */
import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { Executor } from '../db/executor.js';
import type { Logger } from '../logger.js';
import { createContext, createServices, type Context, type Services } from './context.js';
import { createFormatError } from './errors.js';
import { responseCachePlugin } from './cache/response-cache.js';
import { apiKeyGuard, corsGuard, deadline } from './http-guards.js';
import { armor, costLimitPlugin, DEFAULT_LIMITS, GraphStatistics, readOnlyRule, type Limits } from './limits.js';
import { getSchema } from './schema.js';
import { TrustedDocuments, trustedDocumentsGuard } from './trusted-documents.js';
import { exportRoutes } from './export-routes.js';
import { mountWeb } from './web.js';

export interface ApiOptions {
  executor: Executor;
  logger: Logger;
  /** Readiness beyond Neo4j reachability: e.g. the graph contract applied. */
  isReady?: () => boolean;
  introspection?: boolean;
  /** GraphiQL at GET /graphql (default on). */
  ide?: boolean;
  limits?: Partial<Limits>;
  /** When non-empty, /graphql requires one of these keys. */
  apiKeys?: string[];
  /** Origins allowed by CORS ("*" for any); none by default. */
  corsOrigins?: string[];
  /** Each request's deadline: its database work is aborted then. */
  requestTimeoutMs?: number;
  /** Size of the in-memory response cache in characters of answer JSON (keyed on the graph version); 0 or absent: none. */
  responseCacheChars?: number;
  /** Manifests of trusted documents (codegen's persisted-documents.json) that `documentId` requests name. */
  trustedDocuments?: string[];
  /** Refuse free-form documents over HTTP: only trusted documents run. */
  trustedDocumentsOnly?: boolean;
}

export async function createApolloServer(options: ApiOptions): Promise<ApolloServer<Context>> {
  const schema = await getSchema();
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const protection = armor(limits);
  const size = options.responseCacheChars ?? 0;
  const store = size > 0 ? new InMemoryLRUCache<string>({ maxSize: size, sizeCalculation: InMemoryLRUCache.sizeCalculation }) : undefined;
  const server = new ApolloServer<Context>({
    schema,
    formatError: createFormatError(options.logger),
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    introspection: options.introspection ?? true,
    validationRules: [readOnlyRule, ...protection.validationRules],
    parseOptions: { maxTokens: limits.maxTokens },
    // Automatic persisted queries would let any client register documents: not while only trusted ones may run.
    persistedQueries: options.trustedDocumentsOnly ? false : undefined,
    // The default landing page loads from a CDN; GraphiQL is served from local packages instead (web.ts).
    // Cache control is off: no cache hints are used, and its per-field hook wraps every resolver of every response.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      ...protection.plugins,
      costLimitPlugin(schema, limits.maxCost, new GraphStatistics(options.executor)),
      responseCachePlugin<Context>({ version: (context) => context.graphVersion(), store }),
    ],
  });
  await server.start();
  return server;
}

export function contextFor(services: Services): (args: { res: Response }) => Promise<Context> {
  return async ({ res }) => createContext(services, res.locals.signal as AbortSignal | undefined);
}

/** The HTTP app: /graphql, /healthz (process alive), /readyz (Neo4j reachable and contract applied). */
export async function createApp(options: ApiOptions): Promise<{ app: Express; apollo: ApolloServer<Context> }> {
  const apollo = await createApolloServer(options);
  const services = createServices(options.executor);
  const trusted = TrustedDocuments.load(options.trustedDocuments ?? []);
  const app = express();
  app.disable('x-powered-by');
  // Express's ETags hash each body after the work is done; the API's own (response-cache.ts) come before it.
  app.disable('etag');

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.get('/readyz', async (_req, res) => {
    const contract = options.isReady?.() ?? true;
    try {
      const info = await options.executor.driver.getServerInfo({ database: options.executor.options.database });
      const ready = contract;
      res.status(ready ? 200 : 503).json({
        status: ready ? 'ready' : 'starting',
        neo4j: { reachable: true, agent: info.agent },
        graphContract: contract ? 'applied' : 'pending',
      });
    } catch {
      res.status(503).json({ status: 'unavailable', neo4j: { reachable: false }, graphContract: contract ? 'applied' : 'pending' });
    }
  });

  mountWeb(app, options.logger, { ide: options.ide });

  app.use(
    '/graphql',
    corsGuard(options.corsOrigins ?? []),
    apiKeyGuard(options.apiKeys ?? []),
    deadline(options.requestTimeoutMs ?? 15_000),
    express.json({ limit: '1mb' }),
    trustedDocumentsGuard(trusted, options.trustedDocumentsOnly ?? false),
    expressMiddleware(apollo, { context: contextFor(services) }),
  );

  // Network files at plain URLs (GET /export/network.gexf?year=2020), behind the same guards as the API.
  app.use('/export', corsGuard(options.corsOrigins ?? []), apiKeyGuard(options.apiKeys ?? []), deadline(options.requestTimeoutMs ?? 15_000), exportRoutes(services));

  // Errors raised before GraphQL runs (malformed JSON, oversized body) get a GraphQL-shaped answer, never Express's
  // HTML page with a stack trace.
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const status = httpStatusOf(error);
    if (status >= 500) options.logger.error({ err: error }, 'unexpected HTTP error');
    const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST';
    const message =
      status === 413 ? 'The request body is too large.' : status >= 500 ? 'Internal server error' : 'The request body is not valid JSON.';
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  });

  return { app, apollo };
}

function httpStatusOf(error: unknown): number {
  const status = (error as { status?: unknown; statusCode?: unknown })?.status ?? (error as { statusCode?: unknown })?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}
