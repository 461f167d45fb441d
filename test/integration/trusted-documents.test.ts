/**
 * Trusted documents: the operations codegen wrote to persisted-documents.json run by `documentId` (POST and GET),
 * unknown ids are refused with a code, and with trustedDocumentsOnly free-form documents are refused.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TrustedDocuments } from '../../src/api/trusted-documents.js';
import { NestedFundersDocument } from '../generated/graphql.js';
import { loadReport2020, openTestDb, type TestDb } from '../support/db.js';
import { startHttp, type TestHttp } from '../support/http.js';

const MANIFESTS = ['test/generated/persisted-documents.json', 'web/src/generated/persisted-documents.json'];
const db: TestDb = openTestDb();
let open: TestHttp;
let only: TestHttp;

/** The hash codegen put on the typed document: what a generated client sends. */
const NESTED_ID = (NestedFundersDocument as unknown as { __meta__: { hash: string } }).__meta__.hash;
const variables = { first: 10 };
const codeOf = (r: { body: any }) => r.body?.errors?.[0]?.extensions?.code;

beforeAll(async () => {
  await loadReport2020(db);
  open = await startHttp({ executor: db.executor, trustedDocuments: MANIFESTS });
  only = await startHttp({ executor: db.executor, trustedDocuments: MANIFESTS, trustedDocumentsOnly: true });
});
afterAll(async () => {
  await open?.close();
  await only?.close();
  await db.close();
});

function get(http: TestHttp, params: Record<string, string>) {
  return fetch(`${http.base}/graphql?${new URLSearchParams(params)}`, { headers: { 'apollo-require-preflight': 'true' } });
}

describe('documentId requests', () => {
  it('run the trusted document and answer as the document itself does', async () => {
    const byDocument = await open.post({ query: print(NestedFundersDocument), variables });
    expect(byDocument.body.data.funders.edges.length).toBeGreaterThan(0);
    for (const server of [open, only]) {
      for (const documentId of [NESTED_ID, `sha256:${NESTED_ID}`]) {
        const r = await server.post({ documentId, variables });
        expect(r.status).toBe(200);
        expect(r.body).toEqual(byDocument.body);
      }
    }
  });

  it('work as GET, with an ETag, so that HTTP caches can keep them', async () => {
    const r = await get(only, { documentId: NESTED_ID, variables: JSON.stringify(variables) });
    expect(r.status).toBe(200);
    expect(r.headers.get('etag')).toMatch(/^W\//);
    const body = (await r.json()) as any;
    expect(body.data.funders.edges.length).toBeGreaterThan(0);
  });

  it('refuse an id no manifest has, with PERSISTED_QUERY_NOT_IN_LIST', async () => {
    for (const server of [open, only]) {
      const r = await server.post({ documentId: 'f'.repeat(64) });
      expect(r.status).toBe(400);
      expect(codeOf(r)).toBe('PERSISTED_QUERY_NOT_IN_LIST');
    }
    const g = await get(open, { documentId: 'not-a-hash' });
    expect(g.status).toBe(400);
    expect(((await g.json()) as any).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_IN_LIST');
  });

  it('refuse a request with both a document and a documentId', async () => {
    const r = await open.post({ documentId: NESTED_ID, query: '{ status { apiVersion } }' });
    expect(r.status).toBe(400);
    expect(codeOf(r)).toBe('BAD_REQUEST');
  });
});

describe('trusted documents only', () => {
  it('refuses free-form documents, POST and GET, with PERSISTED_QUERY_ID_REQUIRED', async () => {
    const r = await only.post({ query: print(NestedFundersDocument), variables });
    expect(r.status).toBe(400);
    expect(codeOf(r)).toBe('PERSISTED_QUERY_ID_REQUIRED');
    const g = await get(only, { query: '{ status { apiVersion } }' });
    expect(g.status).toBe(400);
    expect(((await g.json()) as any).errors[0].extensions.code).toBe('PERSISTED_QUERY_ID_REQUIRED');
  });

  it('does not let automatic persisted queries register documents or run them', async () => {
    const query = '{ status { apiVersion } }';
    const persistedQuery = { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') };
    const register = await only.post({ query, extensions: { persistedQuery } });
    expect(codeOf(register)).toBe('PERSISTED_QUERY_ID_REQUIRED');
    const run = await only.post({ extensions: { persistedQuery } });
    expect(run.body.data).toBeUndefined();
    expect(codeOf(run)).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
  });

  it('leaves free-form documents alone when off', async () => {
    const r = await open.post({ query: '{ status { apiVersion } }' });
    expect(r.status).toBe(200);
    expect(r.body.data.status.apiVersion).toBeTruthy();
  });
});

describe('manifests', () => {
  it('hold every operation of the test and explorer clients, each under the sha256 of its text', () => {
    const docs = TrustedDocuments.load(MANIFESTS);
    expect(docs.size).toBeGreaterThan(10);
    expect(docs.get(NESTED_ID)).toMatch(/^query NestedFunders/);
  });

  it('are refused at start when a hash does not match its document', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'trusted-'));
    try {
      const file = path.join(dir, 'persisted-documents.json');
      writeFileSync(file, JSON.stringify({ [NESTED_ID]: '{ status { apiVersion } }' }));
      expect(() => TrustedDocuments.load([file])).toThrow(/is not the sha256 of its document/);
      expect(() => TrustedDocuments.load([path.join(dir, 'missing.json')])).toThrow(/cannot read/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
