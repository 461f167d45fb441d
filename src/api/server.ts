/**
 * The API, built apart from the listener so tests can run operations against it (executeOperation) or mount it.
 */
import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import { createServer, type RequestListener, type Server } from 'node:http';
import { InMemoryLRUCache, type KeyValueCache } from '@apollo/utils.keyvaluecache';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Executor } from '../db/executor.js';
import type { Logger } from '../logger.js';
import { createServices, type Context } from './context.js';
import { createFormatError } from './errors.js';
import { compiledExecution } from './execution.js';
import { ReplayCache } from './cache/replay-cache.js';
import { responseCachePlugin, sha256, stableJson } from './cache/response-cache.js';
import { graphqlHandler, isGraphqlPath } from './graphql-http.js';
import { apiKeyGuard, corsGuard, deadline, sendHttpError } from './http-guards.js';
import { armor, costLimitPlugin, DEFAULT_LIMITS, GraphStatistics, readOnlyRule, type Limits } from './limits.js';
import { getSchema } from './schema.js';
import { TrustedDocuments, trustedDocumentsGuard } from './trusted-documents.js';
import { exportRoutes } from './export-routes.js';
import { mountWeb, wantsHtml } from './web.js';

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

/** Apollo with the project's limits, error format and response cache (`cache`; by default as `responseCacheChars` says). */
export async function createApolloServer(
  options: ApiOptions,
  cache: { store?: KeyValueCache<string>; scope?: string } = { store: responseStore(options.responseCacheChars ?? 0), scope: settingsScope(options) },
): Promise<ApolloServer<Context>> {
  const schema = await getSchema();
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const protection = armor(limits);
  const server = new ApolloServer<Context>({
    // The schema, with a compiled executor (execution.ts) in place of graphql-js's.
    gateway: compiledExecution(schema),
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
      responseCachePlugin<Context>({
        version: (context) => context.graphVersion(),
        store: cache.store,
        scope: cache.scope,
        onKept: (context, version) => (context.cacheNote.keptAt = version),
      }),
    ],
  });
  await server.start();
  return server;
}

/** The HTTP app as node:http takes it, and `listen` as Express has it (tests and the benchmark listen on port 0). */
export type HttpApp = RequestListener & { listen(port: number, host: string, callback?: () => void): Server };

/**
 * The HTTP app: /graphql on node:http (graphql-http.ts), and Express for the rest: /healthz (process alive), /readyz
 * (Neo4j reachable and contract applied), the explorer and GraphiQL (web.ts), network files (/export).
 */
export async function createApp(options: ApiOptions): Promise<{ app: HttpApp; apollo: ApolloServer<Context> }> {
  const store = responseStore(options.responseCacheChars ?? 0);
  const scope = settingsScope(options);
  const apollo = await createApolloServer(options, { store, scope });
  const services = createServices(options.executor);
  const trusted = TrustedDocuments.load(options.trustedDocuments ?? []);
  const ide = options.ide ?? true;
  const guards = [corsGuard(options.corsOrigins ?? []), apiKeyGuard(options.apiKeys ?? [])];
  const timeLimit = deadline(options.requestTimeoutMs ?? 15_000);
  const graphql = graphqlHandler({
    apollo,
    services,
    guards: [...guards, express.json({ limit: '1mb' }), trustedDocumentsGuard(trusted, options.trustedDocumentsOnly ?? false)],
    beforeApollo: [timeLimit],
    replay: store ? new ReplayCache(store, scope) : undefined,
    logger: options.logger,
  });

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

  mountWeb(app, options.logger, { ide });

  // Network files at plain URLs (GET /export/network.gexf?year=2020), behind the same guards as the API.
  app.use('/export', ...guards, timeLimit, exportRoutes(services));

  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    sendHttpError(res, error, (err) => options.logger.error({ err }, 'unexpected HTTP error'));
  });

  // GraphiQL is a page: a browser asking GET /graphql for HTML gets it from Express; everything else on /graphql is the API.
  const listener: RequestListener = (req, res) => {
    if (isGraphqlPath(req.url) && !(ide && wantsHtml(req))) graphql(req, res);
    else app(req, res);
  };
  return { app: Object.assign(listener, { listen: (port: number, host: string, callback?: () => void) => createServer(listener).listen(port, host, callback) }), apollo };
}

/** An LRU bounded in characters of answer JSON; none when the size is 0. */
function responseStore(chars: number): KeyValueCache<string> | undefined {
  return chars > 0 ? new InMemoryLRUCache<string>({ maxSize: chars, sizeCalculation: InMemoryLRUCache.sizeCalculation }) : undefined;
}

/**
 * The settings an answer depends on besides the request and the graph: with them in every cache key, replicas that
 * share a store but differ in limits or introspection never answer for each other.
 */
function settingsScope(options: ApiOptions): string {
  return sha256(stableJson({ limits: { ...DEFAULT_LIMITS, ...options.limits }, introspection: options.introspection ?? true }));
}
