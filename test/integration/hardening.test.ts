/**
 * What needs the database: a cheap query under the cost limit answers, timeouts end database work, the API's
 * transactions cannot write. The limits, access and HTTP cases that need no database are in test/unit/http-limits.test.ts.
 */
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

describe('operation limits', () => {
  it('a query well under the cost limit answers from the database', async () => {
    const ok = await http.post({ query: '{ funders(first: 5) { edges { node { projects(first: 10) { project { key } } } } } }' });
    expect(ok.body.errors).toBeUndefined();
    expect(ok.body.data.funders.edges.length).toBeGreaterThan(0);
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
});
