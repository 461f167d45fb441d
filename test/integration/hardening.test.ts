/** Operation limits, timeouts, least privilege, API keys, CORS, CSRF and the GraphQL-over-HTTP audit. */
import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Executor } from '../../src/db/executor.js';
import { fingerprint, loadReport2020, openTestDb, type TestDb } from '../support/db.js';
import { startHttp, type TestHttp } from '../support/http.js';

const db: TestDb = openTestDb();
let http: TestHttp;

beforeAll(async () => {
  await loadReport2020(db);
  http = await startHttp({ executor: db.executor });
});
afterAll(async () => {
  await http.close();
  await db.close();
});

const codeOf = (r: { body: any }) => r.body?.errors?.[0]?.extensions?.code;

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
    const r = await http.post({ query: `{ ${aliases} }` });
    expect(codeOf(r)).toBe('TOO_MANY_ALIASES');
  });

  it('tokens', async () => {
    const r = await http.post({ query: `{ ${Array.from({ length: 4100 }, () => '__typename').join(' ')} }` });
    expect(codeOf(r)).toBe('TOO_MANY_TOKENS');
  });

  it('directives', async () => {
    const r = await http.post({ query: `{ __typename ${Array.from({ length: 25 }, () => '@include(if: true)').join(' ')} }` });
    expect(codeOf(r)).toBe('TOO_MANY_DIRECTIVES');
  });

  it('cost, counted from `first`', async () => {
    const q = (first: number) =>
      `{ funders(first: ${first}) { edges { node { projects(first: 100) { project { participants(first: 100) { organization { seats(first: 100) { key } } } } } } } } }`;
    const r = await http.post({ query: q(100) });
    expect(r.status).toBe(400);
    expect(codeOf(r)).toBe('QUERY_TOO_EXPENSIVE');
    expect(r.body.errors[0].extensions.maxCost).toBe(1_000_000);
    const ok = await http.post({ query: '{ funders(first: 5) { edges { node { projects(first: 10) { project { key } } } } } }' });
    expect(ok.body.errors).toBeUndefined();
  });

  it('page size', async () => {
    const r = await http.post({ query: '{ organizations(first: 101) { totalCount } }' });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
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
    const closed = await startHttp({ executor: db.executor, introspection: false });
    try {
      const r = await closed.post({ query: '{ __schema { types { name } } }' });
      expect(codeOf(r)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(r.body.errors[0].message).toMatch(/introspection/i);
    } finally {
      await closed.close();
    }
    const open = await http.post({ query: '{ __schema { queryType { name } } }' });
    expect(open.body.data.__schema.queryType.name).toBe('Query');
  });
});

describe('timeouts', () => {
  it('a transaction over the Neo4j timeout ends with QUERY_TIMEOUT, and the database stays healthy', async () => {
    // The 2020 graph has no query slow enough through the API, so this sends a slow one through the same executor.
    const strict = new Executor(db.driver, { database: db.executor.options.database, txTimeoutMs: 200 });
    const started = Date.now();
    await expect(strict.read('UNWIND range(1, 1000000000) AS x RETURN count(x) AS n')).rejects.toMatchObject({ code: 'QUERY_TIMEOUT' });
    expect(Date.now() - started).toBeLessThan(10_000);
    const after = await http.post({ query: '{ status { nodeCounts { label count } } }' });
    expect(after.body.errors).toBeUndefined();
  });

  it('a request over its deadline ends with QUERY_TIMEOUT', async () => {
    const hurried = await startHttp({ executor: db.executor, requestTimeoutMs: 1 });
    try {
      const r = await hurried.post({ query: '{ network { nodes { key } } search(text: "soite") { score } }' });
      expect(codeOf(r)).toBe('QUERY_TIMEOUT');
    } finally {
      await hurried.close();
    }
  });
});

describe('least privilege and access', () => {
  it('the API reads in READ transactions: a write through them is refused and changes nothing', async () => {
    const before = await fingerprint(db);
    await expect(db.executor.read("CREATE (:Organization {key: 'org:intruder'})")).rejects.toMatchObject({ code: 'DATABASE_ERROR' });
    expect(await fingerprint(db)).toBe(before);
  });

  it('API keys: 401 without a key, 200 with a bearer token or X-API-Key', async () => {
    const locked = await startHttp({ executor: db.executor, apiKeys: ['s3cret-key', 'other'] });
    try {
      const none = await locked.post({ query: '{ __typename }' });
      expect(none.status).toBe(401);
      expect(codeOf(none)).toBe('UNAUTHENTICATED');
      const wrong = await locked.post({ query: '{ __typename }' }, { authorization: 'Bearer nope' });
      expect(wrong.status).toBe(401);
      const bearer = await locked.post({ query: '{ __typename }' }, { authorization: 'Bearer s3cret-key' });
      expect(bearer.body).toEqual({ data: { __typename: 'Query' } });
      const header = await locked.post({ query: '{ __typename }' }, { 'x-api-key': 'other' });
      expect(header.status).toBe(200);
      expect((await fetch(`${locked.base}/healthz`)).status).toBe(200);
    } finally {
      await locked.close();
    }
  });

  it('CORS: no headers by default, the configured origins otherwise', async () => {
    const plain = await http.post({ query: '{ __typename }' }, { origin: 'https://evil.example' });
    expect(plain.headers.get('access-control-allow-origin')).toBeNull();
    const open = await startHttp({ executor: db.executor, corsOrigins: ['https://dash.example'] });
    try {
      const ok = await open.post({ query: '{ __typename }' }, { origin: 'https://dash.example' });
      expect(ok.headers.get('access-control-allow-origin')).toBe('https://dash.example');
      const other = await open.post({ query: '{ __typename }' }, { origin: 'https://evil.example' });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await open.close();
    }
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

describe('GraphiQL can be turned off', () => {
  it('serves GraphiQL to a browser by default, and not with ide: false', async () => {
    const html = { accept: 'text/html,application/xhtml+xml' };
    const off = await startHttp({ executor: db.executor, ide: false });
    try {
      const res = await fetch(`${off.base}/graphql`, { headers: html });
      expect(res.status).toBe(400);
      expect(await res.text()).not.toMatch(/<html/i);
    } finally {
      await off.close();
    }
  });
});
