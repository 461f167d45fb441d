/**
 * The explorer's GraphQL client: typed operations from codegen (web/operations → web/src/generated), sent by their
 * trusted-document ids as JSON POSTs to /graphql, the same public API every other client uses. Results are cached per page view.
 */
import { useEffect, useState } from 'react';
import type { TypedDocumentString } from '../generated/graphql';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

export interface Progress {
  /** Bytes of the response received so far. */
  received: number;
}

const prefetched = new Map<string, Promise<unknown>>();
const requestId = (doc: { toString(): string }, variables: unknown) => `${doc.toString()}\n${JSON.stringify(variables)}`;

/** Starts a request that a later `request` with the same operation and variables takes over (once). */
export function prefetch<R, V>(doc: TypedDocumentString<R, V>, variables: V): void {
  const id = requestId(doc, variables);
  const answer = send(doc, variables, {});
  answer.catch(() => prefetched.delete(id));
  prefetched.set(id, answer);
}

/** Runs one typed operation. `onProgress` reports bytes as a large response streams in. */
export async function request<R, V>(
  doc: TypedDocumentString<R, V>,
  variables: V,
  options: { signal?: AbortSignal; onProgress?: (p: Progress) => void } = {},
): Promise<R> {
  const id = requestId(doc, variables);
  // Taken by every request until it is answered (an effect run twice takes it twice), then gone.
  const early = prefetched.get(id) as Promise<R> | undefined;
  if (early) {
    void early.finally(() => prefetched.delete(id)).catch(() => {});
    return early;
  }
  return send(doc, variables, options);
}

async function send<R, V>(doc: TypedDocumentString<R, V>, variables: V, options: { signal?: AbortSignal; onProgress?: (p: Progress) => void }): Promise<R> {
  // A trusted document (codegen's persisted-documents.json): the hash, not the text, so the explorer also works
  // against a server that runs only its clients' documents (TRUSTED_DOCUMENTS_ONLY). A server without the manifest
  // answers PERSISTED_QUERY_NOT_IN_LIST; then the text goes.
  const hash = (doc.__meta__ as { hash?: string } | undefined)?.hash;
  const post = (body: object) =>
    fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
      signal: options.signal,
    });
  let response = await post(hash ? { documentId: hash, variables } : { query: doc.toString(), variables });
  if (hash && response.status === 400 && (await response.clone().text()).includes('PERSISTED_QUERY_NOT_IN_LIST')) {
    response = await post({ query: doc.toString(), variables });
  }
  const text = await readText(response, options.onProgress);
  let body: { data?: R; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    body = JSON.parse(text);
  } catch {
    throw new ApiError(`The API answered ${response.status} ${response.statusText}`);
  }
  if (body.errors?.length) {
    const first = body.errors[0]!;
    throw new ApiError(first.message, first.extensions?.code);
  }
  if (!body.data) throw new ApiError('The API answered without data');
  return body.data;
}

async function readText(response: Response, onProgress?: (p: Progress) => void): Promise<string> {
  if (!onProgress || !response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    parts.push(decoder.decode(value, { stream: true }));
    onProgress({ received });
  }
  parts.push(decoder.decode());
  return parts.join('');
}

const cache = new Map<string, Promise<unknown>>();

/** A cached request: the same operation with the same variables is asked once per page view. */
export function cachedRequest<R, V>(doc: TypedDocumentString<R, V>, variables: V): Promise<R> {
  const id = requestId(doc, variables);
  let hit = cache.get(id) as Promise<R> | undefined;
  if (!hit) {
    hit = request(doc, variables);
    cache.set(id, hit);
    hit.catch(() => cache.delete(id));
  }
  return hit;
}

export interface QueryState<R> {
  data?: R;
  error?: Error;
  loading: boolean;
}

/** React hook over cachedRequest; `skip` leaves it idle. */
export function useQuery<R, V>(doc: TypedDocumentString<R, V>, variables: V, skip = false): QueryState<R> {
  const id = JSON.stringify(variables);
  // The answer is kept with the variables it answers: other variables read as loading until theirs arrives.
  const [state, setState] = useState<QueryState<R> & { id?: string }>({ loading: false });
  useEffect(() => {
    if (skip) return;
    let live = true;
    cachedRequest(doc, variables).then(
      (data) => live && setState({ data, loading: false, id }),
      (error: Error) => live && setState({ error, loading: false, id }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- variables are compared by value (id)
  }, [doc, id, skip]);
  if (skip) return { loading: false };
  return state.id === id ? state : { loading: true };
}
