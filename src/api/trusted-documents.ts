/**
 * Trusted documents (persisted operations): graphql-codegen's client preset writes each client's operations as a
 * manifest, `persisted-documents.json` (sha256 of the document → the document). A client sends
 * `{"documentId": "<hash>", "variables": …}` — POST, or GET `?documentId=…&variables=…` so that HTTP caches can keep
 * the answer — and this guard puts the document in its place before Apollo sees the request. With `only` set, free-form
 * documents are refused: the API then runs only the operations its own clients were built with (the safelisting of
 * Apollo's persisted query lists, Hive and Yoga's persisted operations, Hasura's allow lists). The error codes are
 * the ones Apollo Router and GraphQL Yoga use.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson, type Middleware } from './http-guards.js';

export const TrustedDocumentCode = {
  /** The documentId is not in any manifest. */
  NotInList: 'PERSISTED_QUERY_NOT_IN_LIST',
  /** TRUSTED_DOCUMENTS_ONLY is on and the request sent a document instead of a documentId. */
  IdRequired: 'PERSISTED_QUERY_ID_REQUIRED',
} as const;

const HASH = /^(?:sha256:)?([0-9a-f]{64})$/;

export class TrustedDocuments {
  private constructor(private readonly byHash: ReadonlyMap<string, string>) {}

  /** Reads manifests; a hash that is not the sha256 of its document is an error (a hand-edited or corrupt file). */
  static load(files: readonly string[]): TrustedDocuments {
    const byHash = new Map<string, string>();
    for (const file of files) {
      let manifest: unknown;
      try {
        manifest = JSON.parse(readFileSync(file, 'utf8'));
      } catch (error) {
        throw new Error(`trusted documents: cannot read ${file}: ${(error as Error).message}`);
      }
      if (!manifest || typeof manifest !== 'object' || Array.isArray(manifest)) {
        throw new Error(`trusted documents: ${file} is not an object of hash → document`);
      }
      for (const [hash, document] of Object.entries(manifest)) {
        if (typeof document !== 'string' || createHash('sha256').update(document).digest('hex') !== hash) {
          throw new Error(`trusted documents: in ${file}, ${hash} is not the sha256 of its document (run npm run codegen)`);
        }
        byHash.set(hash, document);
      }
    }
    return new TrustedDocuments(byHash);
  }

  get size(): number {
    return this.byHash.size;
  }

  /** The document for an id (`<sha256 hex>` or `sha256:<hex>`, as the GraphQL-over-HTTP persisted documents draft writes it). */
  get(id: string): string | undefined {
    const hash = HASH.exec(id)?.[1];
    return hash ? this.byHash.get(hash) : undefined;
  }
}

function refuse(res: ServerResponse, code: string, message: string): void {
  sendJson(res, 400, { errors: [{ message, extensions: { code } }] });
}

/** Mount after the JSON body parser and before Apollo. */
export function trustedDocumentsGuard(documents: TrustedDocuments, only: boolean): Middleware {
  return (req, res, next) => {
    const request = req as IncomingMessage & { body?: unknown };
    const isGet = req.method === 'GET' || req.method === 'HEAD';
    const url = isGet ? new URL(req.url ?? '/', 'http://localhost') : undefined;
    const params: Record<string, unknown> = url
      ? Object.fromEntries(url.searchParams)
      : request.body && typeof request.body === 'object' && !Array.isArray(request.body)
        ? (request.body as Record<string, unknown>)
        : {};
    const { documentId } = params;

    if (documentId === undefined) {
      if (only && params.query !== undefined) {
        return refuse(res, TrustedDocumentCode.IdRequired, 'This API runs trusted documents only: send a documentId instead of a query.');
      }
      return next();
    }
    if (typeof documentId !== 'string') return refuse(res, 'BAD_REQUEST', '`documentId` must be a string.');
    if (params.query !== undefined) return refuse(res, 'BAD_REQUEST', 'Send either `query` or `documentId`, not both.');
    const document = documents.get(documentId);
    if (document === undefined) {
      return refuse(res, TrustedDocumentCode.NotInList, `No trusted document has the id ${JSON.stringify(documentId.slice(0, 80))}.`);
    }

    if (url) {
      // Apollo reads GET parameters from the URL.
      url.searchParams.delete('documentId');
      url.searchParams.set('query', document);
      req.url = `${url.pathname}?${url.searchParams}`;
    } else {
      const { documentId: _id, ...rest } = params;
      request.body = { ...rest, query: document };
    }
    next();
  };
}
