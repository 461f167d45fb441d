/**
 * /graphql over node:http: the guards, the JSON body, trusted documents, the replay cache, then Apollo. Express
 * serves the rest (pages, files, health). On the API's hot path, Express's router and the request and response
 * objects it dresses were a third of the server's CPU time for a cold lookup (1.25 against 0.85 ms per request,
 * measured under load on the 2020 graph) and bought nothing the API uses. This is what an Apollo integration does
 * (`executeHTTPGraphQLRequest` with a HeaderMap and the parsed body), over node:http's own request and response.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type HTTPGraphQLResponse } from '@apollo/server';
import type { Logger } from '../logger.js';
import type { ReplayCache } from './cache/replay-cache.js';
import { createContext, type Context, type Services } from './context.js';
import { requestSignal, runChain, sendHttpError, type Middleware } from './http-guards.js';

export interface GraphqlHttpOptions {
  apollo: ApolloServer<Context>;
  services: Services;
  /** Run in order before the request reaches the replay cache; the body parser among them sets `req.body`. */
  guards: readonly Middleware[];
  /** Run after the replay cache, before Apollo: what only a request that runs needs (its deadline). */
  beforeApollo: readonly Middleware[];
  /** Absent when the response cache is off. */
  replay?: ReplayCache;
  logger: Logger;
}

/** `/graphql` and `/graphql/`, with or without a query string, in any case (as Express matched it). */
export function isGraphqlPath(url: string | undefined): boolean {
  return /^\/graphql\/?(?:\?|$)/i.test(url ?? '');
}

export function graphqlHandler(options: GraphqlHttpOptions): RequestListener {
  const { apollo, services, guards, beforeApollo, replay, logger } = options;
  const fail = (res: ServerResponse, error: unknown) => sendHttpError(res, error, (err) => logger.error({ err }, 'unexpected HTTP error'));

  /** Answers from the replay cache, or says what the run needs: the replay key and the version already read. */
  async function replayed(
    req: IncomingMessage & { body?: unknown },
    res: ServerResponse,
  ): Promise<'replayed' | { key: string | null; version?: Promise<number> }> {
    const key = replay?.keyOf(req, req.body) ?? null;
    if (!replay || !key) return { key };
    const version = services.version.current();
    const known = await version.catch(() => null); // the database is away: no replay; the run reports the error
    if (known !== null && (await replay.replay(known, key, req, res))) return 'replayed';
    return { key, version };
  }

  async function run(req: IncomingMessage & { body?: unknown }, res: ServerResponse, key: string | null, version?: Promise<number>): Promise<void> {
    const context = createContext(services, requestSignal(req), version);
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = req.url ?? '';
    const at = url.indexOf('?');
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method?.toUpperCase() ?? 'GET', headers, search: at < 0 ? '' : url.slice(at), body: req.body },
      context: async () => context,
    });
    await send(res, response);
    const keptAt = context.cacheNote.keptAt;
    if (replay && key && keptAt !== undefined && response.body.kind === 'complete') {
      replay.keep(keptAt, key, { status: response.status ?? 200, headers: response.headers, body: response.body.string });
    }
  }

  return (req, res) => {
    runChain(guards, req, res, (error) => {
      if (error !== undefined) return fail(res, error);
      replayed(req, res).then(
        (outcome) => {
          if (outcome === 'replayed') return;
          runChain(beforeApollo, req, res, (failed) => {
            if (failed !== undefined) return fail(res, failed);
            run(req, res, outcome.key, outcome.version).catch((err: unknown) => fail(res, err));
          });
        },
        (err: unknown) => fail(res, err),
      );
    });
  };
}

async function send(res: ServerResponse, response: HTTPGraphQLResponse): Promise<void> {
  for (const [name, value] of response.headers) res.setHeader(name, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.setHeader('content-length', Buffer.byteLength(response.body.string));
    res.end(response.body.string);
    return;
  }
  // Incremental delivery (@defer, @stream): not in this schema, passed on as Apollo gives it should it ever be.
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}
