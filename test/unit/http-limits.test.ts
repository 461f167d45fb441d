/**
 * What the HTTP layer refuses before any database work: operation limits, batching, suggestions, introspection,
 * API keys, CORS, CSRF, GraphiQL and the GraphQL-over-HTTP audit. The server is the real one; its driver points at a closed port, so a test that
 * reached the database would fail with DATABASE_UNAVAILABLE instead of passing.
 */
import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../src/db/driver.js';
import { Executor } from '../../src/db/executor.js';
import { startHttp, type TestHttp } from '../support/http.js';

const driver = createDriver({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: '' });
const executor = new Executor(driver, { database: 'neo4j', txTimeoutMs: 1_000 });
let http: TestHttp;

beforeAll(async () => {
  http = await startHttp({ executor });
});
afterAll(async () => {
  await http.close();
  await driver.close();
});

const codeOf = (r: { body: any }) => r.body?.errors?.[0]?.extensions?.code;

async function withServer(options: Parameters<typeof startHttp>[0], body: (server: TestHttp) => Promise<void>) {
  const server = await startHttp(options);
  try {
    await body(server);
  } finally {
    await server.close();
  }
}

describe('operation limits, each rejected with a stable code', () => {
  it('a syntax error is a 400 GRAPHQL_PARSE_FAILED, not a 500', async () => {
    const r = await http.post({ query: '{ status { apiVersion }' });
    expect(r.status).toBe(400);
    expect(codeOf(r)).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('depth', async () => {
    const deep =
      '{ organization(key: "org:kosti-ry") { projects(first: 2) { project { participants(first: 2) { organization { projects(first: 2) { project { participants(first: 2) { organization { projects(first: 2) { project { participants(first: 2) { organization { key } } } } } } } } } } } } } }';
    const r = await http.post({ query: deep });
    expect(r.status).toBe(400);
    expect(codeOf(r)).toBe('QUERY_TOO_DEEP');
    expect(r.body.errors[0].message).toMatch(/depth limit of 12/);
  });

  it('aliases', async () => {
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: organization(key: "org:kosti-ry") { key }`).join(' ');
    expect(codeOf(await http.post({ query: `{ ${aliases} }` }))).toBe('TOO_MANY_ALIASES');
  });

  it('tokens', async () => {
    const r = await http.post({ query: `{ ${Array.from({ length: 4100 }, () => '__typename').join(' ')} }` });
    expect(codeOf(r)).toBe('TOO_MANY_TOKENS');
  });

  it('directives', async () => {
    const r = await http.post({ query: `{ __typename ${Array.from({ length: 25 }, () => '@include(if: true)').join(' ')} }` });
    expect(codeOf(r)).toBe('TOO_MANY_DIRECTIVES');
  });

  it('cost, counted from `first`, refused with the estimate and the limit', async () => {
    const q = `{ funders(first: 100) { edges { node { projects(first: 100) { project { participants(first: 100) { organization { seats(first: 100) { key } } } } } } } } }`;
    const r = await http.post({ query: q });
    expect(r.status).toBe(400);
    expect(codeOf(r)).toBe('QUERY_TOO_EXPENSIVE');
    expect(r.body.errors[0].extensions.maxCost).toBe(1_000_000);
  });

  it('page size', async () => {
    expect(codeOf(await http.post({ query: '{ organizations(first: 101) { totalCount } }' }))).toBe('BAD_USER_INPUT');
  });

  it('batched requests are off', async () => {
    const r = await http.post([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(r.status).toBe(400);
    expect(r.text).not.toMatch(/"data"/);
  });

  it('field suggestions are hidden', async () => {
    const r = await http.post({ query: '{ organizaton(key: "x") { key } }' });
    expect(codeOf(r)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.body.errors[0].message).not.toMatch(/Did you mean/);
  });

  it('introspection can be turned off', async () => {
    await withServer({ executor, introspection: false }, async (closed) => {
      const r = await closed.post({ query: '{ __schema { types { name } } }' });
      expect(codeOf(r)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(r.body.errors[0].message).toMatch(/introspection/i);
    });
    const open = await http.post({ query: '{ __schema { queryType { name } } }' });
    expect(open.body.data.__schema.queryType.name).toBe('Query');
  });
});

describe('access', () => {
  it('API keys: 401 without a key, 200 with a bearer token or X-API-Key', async () => {
    await withServer({ executor, apiKeys: ['s3cret-key', 'other'] }, async (locked) => {
      const none = await locked.post({ query: '{ __typename }' });
      expect(none.status).toBe(401);
      expect(codeOf(none)).toBe('UNAUTHENTICATED');
      expect((await locked.post({ query: '{ __typename }' }, { authorization: 'Bearer nope' })).status).toBe(401);
      const bearer = await locked.post({ query: '{ __typename }' }, { authorization: 'Bearer s3cret-key' });
      expect(bearer.body).toEqual({ data: { __typename: 'Query' } });
      expect((await locked.post({ query: '{ __typename }' }, { 'x-api-key': 'other' })).status).toBe(200);
      expect((await fetch(`${locked.base}/healthz`)).status).toBe(200);
    });
  });

  it('CORS: no headers by default, the configured origins otherwise', async () => {
    const plain = await http.post({ query: '{ __typename }' }, { origin: 'https://evil.example' });
    expect(plain.headers.get('access-control-allow-origin')).toBeNull();
    await withServer({ executor, corsOrigins: ['https://dash.example'] }, async (open) => {
      const ok = await open.post({ query: '{ __typename }' }, { origin: 'https://dash.example' });
      expect(ok.headers.get('access-control-allow-origin')).toBe('https://dash.example');
      const other = await open.post({ query: '{ __typename }' }, { origin: 'https://evil.example' });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    });
  });

  it('CORS preflight from a browser origin that is not allowed: says CORS is not enabled and how to enable it', async () => {
    const preflight = (base: string, origin: string) =>
      fetch(`${base}/graphql`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    const off = await preflight(http.base, 'https://dash.example');
    expect(off.status).toBe(403);
    expect(off.headers.get('access-control-allow-origin')).toBeNull();
    const body = (await off.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('CORS_ORIGIN_NOT_ALLOWED');
    expect(body.errors[0]!.message).toMatch(/CORS is not enabled for the origin https:\/\/dash\.example/);
    expect(body.errors[0]!.message).toContain('CORS_ORIGINS=https://dash.example');
    expect(body.errors[0]!.message).not.toMatch(/CSRF/);
    await withServer({ executor, corsOrigins: ['https://dash.example'] }, async (open) => {
      const ok = await preflight(open.base, 'https://dash.example');
      expect(ok.status).toBe(204);
      expect(ok.headers.get('access-control-allow-origin')).toBe('https://dash.example');
      const other = await preflight(open.base, 'https://evil.example');
      expect(other.status).toBe(403);
      expect(((await other.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/add it to CORS_ORIGINS \(now https:\/\/dash\.example\)/);
    });
  });

  it('CSRF prevention: a simple GET without a preflight header is refused', async () => {
    const res = await fetch(`${http.base}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF|preflight/i);
    const withHeader = await fetch(`${http.base}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(withHeader.status).toBe(200);
  });

  it('GraphiQL: served to a browser by default, not with ide: false', async () => {
    const html = { accept: 'text/html,application/xhtml+xml' };
    await withServer({ executor, ide: false }, async (off) => {
      const res = await fetch(`${off.base}/graphql`, { headers: html });
      expect(res.status).toBe(400);
      expect(await res.text()).not.toMatch(/<html/i);
    });
  });
});

describe('GraphQL over HTTP (graphql-http audits)', () => {
  it('passes every MUST; SHOULD misses are listed', async () => {
    const results = await auditServer({ url: `${http.base}/graphql` });
    const failedMust = results.filter((r) => r.name.startsWith('MUST') && r.status !== 'ok');
    const failedShould = results.filter((r) => r.name.startsWith('SHOULD') && r.status !== 'ok');
    console.log(
      `[audit] ${results.filter((r) => r.name.startsWith('MUST')).length} MUST (${failedMust.length} failed), ` +
        `${results.filter((r) => r.name.startsWith('SHOULD')).length} SHOULD (${failedShould.length} missed)` +
        failedShould.map((r) => `\n  - ${r.name}: ${'reason' in r ? r.reason : ''}`).join(''),
    );
    expect(failedMust.map((r) => `${r.name}: ${'reason' in r ? r.reason : ''}`)).toEqual([]);
  });
});
