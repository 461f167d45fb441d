/**
 * The API, built apart from the listener so tests can run operations against it (executeOperation) or mount it.
 */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { Executor } from '../db/executor.js';
import type { Logger } from '../logger.js';
import { createContext, createServices, type Context, type Services } from './context.js';
import { createFormatError } from './errors.js';
import { getSchema } from './schema.js';

export interface ApiOptions {
  executor: Executor;
  logger: Logger;
  /** Readiness beyond Neo4j reachability: e.g. the graph contract applied. */
  isReady?: () => boolean;
  introspection?: boolean;
}

export async function createApolloServer(options: ApiOptions): Promise<ApolloServer<Context>> {
  const server = new ApolloServer<Context>({
    schema: await getSchema(),
    formatError: createFormatError(options.logger),
    includeStacktraceInErrorResponses: false,
    introspection: options.introspection ?? true,
    // The default landing page loads from a CDN; the explorer issue serves GraphiQL from local packages instead.
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });
  await server.start();
  return server;
}

export function contextFor(services: Services): () => Promise<Context> {
  return async () => createContext(services);
}

/** The HTTP app: /graphql, /healthz (process alive), /readyz (Neo4j reachable and contract applied). */
export async function createApp(options: ApiOptions): Promise<{ app: Express; apollo: ApolloServer<Context> }> {
  const apollo = await createApolloServer(options);
  const services = createServices(options.executor);
  const app = express();
  app.disable('x-powered-by');

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

  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: contextFor(services) }),
  );

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
