/**
 * The replay cache: the HTTP answer to a request, replayed byte for byte to the same request at the same graph
 * version without Apollo — no parsing, validation, cost estimate, execution or serialisation. A dashboard asks the
 * same requests again and again; for those, the response cache (response-cache.ts) still cost a full pass through
 * Apollo and a JSON parse and print of the answer, most of a warm request's time.
 *
 * Safe because the key holds everything Apollo's answer depends on apart from the graph: the method, the headers it
 * reads (content type and CSRF headers decide whether it runs, Accept the media type of the answer), the URL's query
 * string or the JSON body, the API version and the server's settings (`scope`). Only answers the response cache keeps
 * are replayed (queries, without errors, under the graph version the request read), and the version is part of the
 * key, so an import makes every entry unreachable, as in the response cache. The guards in front (API keys, CORS,
 * trusted documents) run before the replay, on every request.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import { API_VERSION } from '../../version.js';
import { matchesEtag, sha256, stableJson } from './response-cache.js';

/** The headers Apollo's answer depends on, besides the body or query string (If-None-Match the replay answers itself). */
const KEY_HEADERS = ['content-type', 'accept', 'apollo-require-preflight', 'x-apollo-operation-name'] as const;

export interface Recorded {
  status: number;
  headers: Iterable<[string, string]>;
  body: string;
}

export class ReplayCache {
  constructor(
    private readonly store: KeyValueCache<string>,
    private readonly scope: string,
  ) {}

  /** The request's key, or null when it is not one to replay (neither GET nor POST, or a body that is not a JSON object). */
  keyOf(req: IncomingMessage, body: unknown): string | null {
    const method = req.method;
    let payload: string;
    if (method === 'GET') {
      const at = req.url?.indexOf('?') ?? -1;
      payload = at < 0 ? '' : req.url!.slice(at + 1);
    } else if (method === 'POST' && body !== null && typeof body === 'object' && !Array.isArray(body)) {
      payload = stableJson(body);
    } else {
      return null;
    }
    const headers = KEY_HEADERS.map((name) => String(req.headers[name] ?? '')).join('\n');
    return sha256(`${API_VERSION}\n${this.scope}\n${method}\n${headers}\n${payload}`);
  }

  /** Answers the request from the cache if it can; false when there is no entry (the request goes on to Apollo). */
  async replay(version: number, key: string, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const entry = await this.store.get(`${version}:replay:${key}`).catch(() => undefined);
    if (entry === undefined) return false;
    const split = entry.indexOf('\n');
    const headers = JSON.parse(entry.slice(0, split)) as Record<string, string>;
    const etag = headers.etag;
    const inm = req.headers['if-none-match'];
    if (etag && matchesEtag(typeof inm === 'string' ? inm : undefined, etag)) {
      res.writeHead(304, { etag, 'cache-control': headers['cache-control'] ?? 'no-cache' });
      res.end();
      return true;
    }
    const bodyText = entry.slice(split + 1);
    res.writeHead(200, { ...headers, 'content-length': Buffer.byteLength(bodyText) });
    res.end(bodyText);
    return true;
  }

  /** Keeps an answer Apollo gave with status 200, under the version the response cache kept it at. */
  keep(version: number, key: string, answer: Recorded): void {
    if (answer.status !== 200) return;
    const headers = Object.fromEntries(answer.headers);
    // Not awaited: a shared store's latency stays out of the response.
    void this.store.set(`${version}:replay:${key}`, `${JSON.stringify(headers)}\n${answer.body}`).catch(() => undefined);
  }
}
