/**
 * The response cache and HTTP validation. The graph changes only when a report is imported, and every such import
 * bumps the graph version, so an answer is a function of (operation, variables, graph version):
 *
 * - answers without errors are kept in a KeyValueCache (Apollo's interface: in memory with an LRU bound here, a
 *   shared store such as Redis through Keyv later) under the normalised operation, the variables and the version —
 *   an import changes every key, so nothing is ever invalidated and nothing stale is ever served;
 * - GET queries carry an ETag from the same three and `Cache-Control: no-cache` (a browser, proxy or CDN may keep
 *   the answer but asks every time), and a matching `If-None-Match` gets a 304 without running the query.
 *
 * Apollo's own response-cache plugin keys on the query text as sent and caches by cache-control hints, which need
 * the cache-control plugin wrapping every resolver; neither fits a cache keyed on a version in the database.
 */
import { createHash } from 'node:crypto';
import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContext, type GraphQLResponse } from '@apollo/server';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import { Kind, print, separateOperations, type DocumentNode, type FormattedExecutionResult, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { API_VERSION } from '../../version.js';

export interface ResponseCacheOptions<C> {
  /** The request's graph version (GraphVersion, read once per request and shared with its resolvers). */
  version: (context: C) => Promise<number>;
  /** Where answers are kept; absent: none are (GET queries still get ETags and 304s). */
  store?: KeyValueCache<string>;
  /**
   * What else an answer depends on besides the operation and the graph (settings such as the limits, which decide
   * whether an operation runs at all): part of every key, so replicas that differ in them never share an entry.
   */
  scope?: string;
  /** Told when a request's answer is one the cache keeps (a hit or a kept miss), with the version it is kept under. */
  onKept?: (context: C, version: number) => void;
}

/**
 * Root fields whose answers depend on more than the graph: `status` names the Neo4j server's version, which an
 * upgrade changes without an import.
 */
const UNCACHED_ROOT_FIELDS = new Set(['status']);

function selectsUncached(document: DocumentNode, operation: OperationDefinitionNode): boolean {
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const visit = (set: SelectionSetNode, seen: Set<string>): boolean =>
    set.selections.some((s) => {
      if (s.kind === Kind.FIELD) return UNCACHED_ROOT_FIELDS.has(s.name.value);
      if (s.kind === Kind.INLINE_FRAGMENT) return visit(s.selectionSet, seen);
      const fragment = fragments.get(s.name.value);
      if (!fragment || seen.has(s.name.value)) return false;
      return visit(fragment.selectionSet, new Set(seen).add(s.name.value));
    });
  return visit(operation.selectionSet, new Set());
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('base64url');

/**
 * The operation as printed alone with the fragments it uses: whitespace, comments and the document's other
 * operations do not change the key. Memoised per parsed document (Apollo reuses one DocumentNode per query text).
 */
const normalised = new WeakMap<DocumentNode, Map<string, string>>();
function operationHash(document: DocumentNode, operationName: string | null): string {
  let byName = normalised.get(document);
  if (!byName) {
    byName = new Map();
    normalised.set(document, byName);
  }
  const name = operationName ?? '';
  let hash = byName.get(name);
  if (!hash) {
    const separated = separateOperations(document);
    const own = separated[name] ?? Object.values(separated)[0] ?? document;
    hash = sha256(print(own));
    byName.set(name, hash);
  }
  return hash;
}

/** JSON with object keys sorted, so `{a, b}` and `{b, a}` are one key. */
export function stableJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
}

/** Weak: a strong ETag would promise byte-identical bodies, and a list without an order could differ byte-wise. */
export function etagOf(version: number, requestKey: string): string {
  return `W/"${version}-${requestKey}"`;
}

export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const bare = (t: string) => t.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((t) => bare(t) === bare(etag));
}

export function responseCachePlugin<C extends object>(options: ResponseCacheOptions<C>): ApolloServerPlugin<C> {
  const { store, version, scope = '', onKept } = options;
  return {
    async requestDidStart(start) {
      const isGet = start.request.http?.method === 'GET';
      // Without a store, POSTs have nothing to gain: no version read, no hashing.
      if (!store && !isGet) return;
      // Read alongside parsing and validation.
      const versionRead = version(start.contextValue).then(
        (v) => v,
        () => null, // the database is unreachable: no caching; the execution reports the error
      );
      let key: string | null = null;
      let keyVersion: number | undefined;
      let outcome: 'miss' | 'hit' | 'not-modified' = 'miss';
      return {
        async responseForOperation(rc: GraphQLRequestContext<C>): Promise<GraphQLResponse | null> {
          if (rc.operation?.operation !== 'query' || !rc.document || selectsUncached(rc.document, rc.operation)) return null;
          const v = await versionRead;
          if (v === null) return null;
          // The API version too: a shared store or a CDN outlives a deployment, and answers may change shape with it.
          const requestKey = sha256(`${API_VERSION}\n${scope}\n${operationHash(rc.document, rc.operationName ?? null)}\n${stableJson(rc.request.variables ?? {})}`);
          key = `${v}:${requestKey}`;
          keyVersion = v;
          const headers = rc.response.http.headers;
          if (isGet) {
            const etag = etagOf(v, requestKey);
            headers.set('etag', etag);
            headers.set('cache-control', 'no-cache');
            if (matchesEtag(rc.request.http?.headers.get('if-none-match'), etag)) {
              outcome = 'not-modified';
              // No body goes out with a 304 (Node drops it); this only satisfies Apollo's types.
              return { http: { status: 304, headers: new HeaderMap() }, body: { kind: 'single', singleResult: {} } };
            }
          }
          const cached = store ? await store.get(key).catch(() => undefined) : undefined;
          if (cached === undefined) return null;
          outcome = 'hit';
          return {
            http: { status: undefined, headers: new HeaderMap() },
            body: { kind: 'single', singleResult: JSON.parse(cached) as FormattedExecutionResult },
          };
        },
        async willSendResponse(rc) {
          if (outcome === 'not-modified') return;
          const body = rc.response.body;
          const ok = body.kind === 'single' && !body.singleResult.errors && body.singleResult.data != null;
          if (!ok) {
            // An error (a timeout, the database away) is not the answer for this version: never kept, never validated.
            rc.response.http.headers.delete('etag');
            if (isGet) rc.response.http.headers.set('cache-control', 'no-store');
            return;
          }
          if (!store || !key || keyVersion === undefined) return;
          onKept?.(rc.contextValue, keyVersion);
          // Not awaited: a shared store's latency stays out of the response.
          if (outcome === 'miss') void store.set(key, JSON.stringify(body.singleResult)).catch(() => undefined);
        },
      };
    },
  };
}
