/**
 * The response cache and HTTP validation: warm answers equal cold ones and cost at most the version read (none under
 * a lease), an import is seen by the very next request, even one that commits while a lease is held, GET queries revalidate with ETag/304, errors are never kept, and with the cache
 * off every request reads the graph.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GraphVersion } from '../../src/api/cache/graph-version.js';
import { readGraphVersion } from '../../src/api/cache/graph-version.queries.js';
import { IMPORT_COMMIT_DELAY_MS } from '../../src/graph/version-lease.js';
import { loadSeedFiles } from '../../src/import/load.js';
import { writeSeed } from '../../src/import/writer.js';
import { writeLargeSeed } from '../support/large-seed.js';
import { importSeeds } from '../../src/import/import.js';
import { CentralityDocument, NestedFundersDocument } from '../generated/graphql.js';
import { loadReport2020, openTestDb, type TestDb } from '../support/db.js';
import { startHttp, type TestHttp } from '../support/http.js';

const db: TestDb = openTestDb();
/** The large seed files the lease tests write. */
const tmp = mkdtempSync(path.join(os.tmpdir(), 'botnia-lease-'));
let cached: TestHttp;
let uncached: TestHttp;

const NESTED = { query: print(NestedFundersDocument), variables: { first: 10 } };
const REPORTS = { query: '{ reports { key year } }' };
const Y2021 = 'test/fixtures/synthetic-keski-pohjanmaa-2021.yaml';
const POHJANMAA_FILE = 'test/fixtures/synthetic-pohjanmaa-2020.yaml';
const POHJANMAA = 'report:pohjanmaa-2020-synthetic';

beforeAll(async () => {
  await loadReport2020(db);
  cached = await startHttp({ executor: db.executor, responseCacheChars: 8 * 1024 * 1024 });
  uncached = await startHttp({ executor: db.executor, responseCacheChars: 0 });
});
afterAll(async () => {
  rmSync(tmp, { recursive: true, force: true });
  await cached?.close();
  await uncached?.close();
  await db.close();
});

/** Runs `work` and returns what it returned with the statements it sent to Neo4j. */
async function counting<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const statements: string[] = [];
  const stop = db.executor.onRoundTrip((cypher) => statements.push(cypher));
  try {
    return { result: await work(), statements };
  } finally {
    stop();
  }
}
const isVersionRead = (cypher: string) => /GraphMeta/.test(cypher);

function get(http: TestHttp, body: { query: string; variables?: Record<string, unknown> }, headers: Record<string, string> = {}) {
  const params = new URLSearchParams({ query: body.query });
  if (body.variables) params.set('variables', JSON.stringify(body.variables));
  return fetch(`${http.base}/graphql?${params}`, { headers: { 'apollo-require-preflight': 'true', ...headers } });
}

describe('response cache', () => {
  it('answers warm exactly as cold, sending at most the version read to Neo4j', async () => {
    const cold = await counting(() => cached.post(NESTED));
    expect(cold.result.status).toBe(200);
    expect(cold.result.body.data.funders.edges.length).toBeGreaterThan(0);
    expect(cold.statements.filter((c) => !isVersionRead(c)).length).toBeGreaterThan(0);

    const warm = await counting(() => cached.post(NESTED));
    expect(warm.result.text).toBe(cold.result.text);
    expect(warm.statements.filter((c) => !isVersionRead(c))).toEqual([]);
    expect(warm.statements.length).toBeLessThanOrEqual(1);

    // The same operation written differently (spacing, another operation beside it) is the same cache entry.
    const respaced = `query Other { status { apiVersion } }\n${NESTED.query.replace(/\n\s*/g, '\n      ')}`;
    const again = await counting(() => cached.post({ ...NESTED, query: respaced, operationName: 'NestedFunders' }));
    expect(again.result.text).toBe(cold.result.text);
    expect(again.statements.filter((c) => !isVersionRead(c))).toEqual([]);

    // Other variables, another entry.
    const fewer = await cached.post({ ...NESTED, variables: { first: 1 } });
    expect(fewer.body.data.funders.edges).toHaveLength(1);
  });

  it('caches analytics answers the same way', async () => {
    const op = { query: print(CentralityDocument), variables: { first: 5 } };
    const cold = await cached.post(op);
    expect(cold.body.data.centrality).toHaveLength(5);
    const warm = await counting(() => cached.post(op));
    expect(warm.result.text).toBe(cold.text);
    expect(warm.statements.filter((c) => !isVersionRead(c))).toEqual([]);
  });

  it('never serves an answer older than the newest import', async () => {
    const before = await cached.post(REPORTS);
    expect(before.body.data.reports.map((r: { year: number }) => r.year)).toEqual([2020]);
    await cached.post(REPORTS); // warm now

    await importSeeds(db.executor, [Y2021]);

    const after = await cached.post(REPORTS);
    expect(after.body.data.reports.map((r: { year: number }) => r.year).sort()).toEqual([2020, 2021]);
    expect(after.text).toBe((await uncached.post(REPORTS)).text);
    // The nested answer cached before the import is not served either: it is recomputed against the new graph.
    const nested = await counting(() => cached.post(NESTED));
    expect(nested.result.text).toBe((await uncached.post(NESTED)).text);
    expect(nested.statements.filter((c) => !isVersionRead(c)).length).toBeGreaterThan(0);
  });

  it('sees an import made under steady traffic: the change commits only once every lease from before its announcement has ended', async () => {
    const before = await cached.post(REPORTS);
    expect(before.body.data.reports.map((r: { key: string }) => r.key)).not.toContain(POHJANMAA);
    // Watched from outside, as a replica sees it: when the import announces itself, and when its change commits.
    let announcedAt: number | undefined;
    let committedAt: number | undefined;
    let importing = true;
    const watch = (async () => {
      const { version } = await readGraphVersion(db.executor);
      while (importing) {
        const at = performance.now();
        const read = await readGraphVersion(db.executor);
        if (!read.settled) announcedAt ??= at;
        if (read.version > version) committedAt ??= at;
      }
    })();
    await cached.post(REPORTS); // the lease, just before the import
    await importSeeds(db.executor, [POHJANMAA_FILE]).finally(() => (importing = false));
    const after = await cached.post(REPORTS);
    await watch;
    expect(after.body.data.reports.map((r: { key: string }) => r.key)).toContain(POHJANMAA);
    // However quickly the file is written, its change commits only after every lease from before its announcement
    // (the watch's own read takes a few milliseconds on either side).
    expect(committedAt! - announcedAt!).toBeGreaterThanOrEqual(IMPORT_COMMIT_DELAY_MS - 20);
  });

  it('does not keep `status`, whose Neo4j version can change without an import', async () => {
    for (const query of ['{ status { apiVersion neo4jVersion } }', 'query { ... on Query { reports { key } ...S } } fragment S on Query { status { neo4jVersion } }']) {
      await cached.post({ query });
      const again = await counting(() => cached.post({ query }));
      expect(again.result.body.data.status.neo4jVersion).toMatch(/^Neo4j\//);
      expect(again.statements.filter((c) => !isVersionRead(c)).length).toBeGreaterThan(0);
    }
  });

  it('keeps no answer with errors', async () => {
    const bad = { query: 'query($first: Int) { funders(first: $first) { edges { node { key } } } }', variables: { first: 'ten' } };
    const res = await get(cached, bad);
    expect(((await res.json()) as any).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.headers.get('etag')).toBeNull();
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});

describe('HTTP validation of GET queries', () => {
  it('gives an ETag and Cache-Control, and a 304 without running the query when the ETag still matches', async () => {
    const first = await get(cached, NESTED);
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\/".+"$/);
    expect(first.headers.get('cache-control')).toBe('no-cache');
    const body = await first.text();

    for (const server of [cached, uncached]) {
      const revalidated = await counting(() => get(server, NESTED, { 'if-none-match': etag! }));
      expect(revalidated.result.status).toBe(304);
      expect(await revalidated.result.text()).toBe('');
      expect(revalidated.result.headers.get('etag')).toBe(etag);
      expect(revalidated.statements.filter((c) => !isVersionRead(c))).toEqual([]);
    }

    // Another request, another ETag; the same request gets the same one from either server (it names the answer).
    const other = await get(cached, { ...NESTED, variables: { first: 2 } });
    expect(other.headers.get('etag')).not.toBe(etag);
    const fromUncached = await get(uncached, NESTED);
    expect(fromUncached.headers.get('etag')).toBe(etag);
    expect(await fromUncached.text()).toBe(body);
  });

  it('answers 200 with a new ETag once an import changed the graph', async () => {
    const before = await get(cached, REPORTS);
    const etag = before.headers.get('etag')!;
    await importSeeds(db.executor, ['test/fixtures/testmaa']);
    const after = await get(cached, REPORTS, { 'if-none-match': etag });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    expect(((await after.json()) as any).data.reports.length).toBeGreaterThan(((await before.json()) as any).data.reports.length);
  });

  it('sends POST answers without ETags (HTTP caches do not keep POSTs)', async () => {
    const res = await cached.post(NESTED);
    expect(res.headers.get('etag')).toBeNull();
  });
});

describe('replay of repeated requests', () => {
  /** Runs `work` and returns what it returned with how many requests reached Apollo meanwhile. */
  async function throughApollo<T>(http: TestHttp, work: () => Promise<T>): Promise<{ result: T; apollo: number }> {
    const spy = vi.spyOn(http.apollo, 'executeHTTPGraphQLRequest');
    try {
      return { result: await work(), apollo: spy.mock.calls.length };
    } finally {
      spy.mockRestore();
    }
  }
  const ORGS = { query: 'query Orgs($first: Int) { organizations(first: $first) { edges { node { key name } } } }', variables: { first: 3 } };

  it('answers a request it has answered before without Apollo, byte for byte, headers included', async () => {
    const first = await throughApollo(cached, () => cached.post(ORGS));
    expect(first.apollo).toBe(1);
    const again = await throughApollo(cached, () => cached.post({ variables: ORGS.variables, query: ORGS.query })); // keys in another order
    expect(again.apollo).toBe(0);
    expect(again.result.status).toBe(200);
    expect(again.result.text).toBe(first.result.text);
    expect(again.result.headers.get('content-type')).toBe(first.result.headers.get('content-type'));
    // Without a cache, every request is Apollo's.
    await uncached.post(ORGS);
    expect((await throughApollo(uncached, () => uncached.post(ORGS))).apollo).toBe(1);
  });

  it('replays only to the same request: Accept, the CSRF headers and the variables still decide', async () => {
    await cached.post(ORGS);
    const graphqlJson = await throughApollo(cached, () => cached.post(ORGS, { accept: 'application/graphql-response+json' }));
    expect(graphqlJson.apollo).toBe(1);
    expect(graphqlJson.result.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);

    const other = await throughApollo(cached, () => cached.post({ ...ORGS, variables: { first: 1 } }));
    expect(other.apollo).toBe(1);
    expect(other.result.body.data.organizations.edges).toHaveLength(1);

    // A GET with a preflight header is replayed, ETag and 304 included; the same GET without one is still refused.
    const first = await get(cached, ORGS);
    const etag = first.headers.get('etag')!;
    const revalidated = await throughApollo(cached, () => get(cached, ORGS, { 'if-none-match': etag }));
    expect(revalidated.apollo).toBe(0);
    expect(revalidated.result.status).toBe(304);
    expect(revalidated.result.headers.get('etag')).toBe(etag);
    const replayed = await throughApollo(cached, () => get(cached, ORGS));
    expect(replayed.apollo).toBe(0);
    expect(await replayed.result.text()).toBe(await first.text());
    expect(replayed.result.headers.get('etag')).toBe(etag);
    const params = new URLSearchParams({ query: ORGS.query, variables: JSON.stringify(ORGS.variables) });
    const simple = await fetch(`${cached.base}/graphql?${params}`);
    expect(simple.status).toBe(400);
    expect(await simple.text()).toMatch(/Cross-Site Request Forgery/);
  });

  it('checks API keys on every request, replayed or not', async () => {
    const keyed = await startHttp({ executor: db.executor, responseCacheChars: 1024 * 1024, apiKeys: ['k1'] });
    try {
      const auth = { authorization: 'Bearer k1' };
      await keyed.post(ORGS, auth);
      expect((await throughApollo(keyed, () => keyed.post(ORGS, auth))).apollo).toBe(0);
      const anonymous = await keyed.post(ORGS);
      expect(anonymous.status).toBe(401);
      expect(anonymous.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    } finally {
      await keyed.close();
    }
  });
});

describe('cache off', () => {
  it('reads the graph for every request and answers the same', async () => {
    const a = await counting(() => uncached.post(NESTED));
    const b = await counting(() => uncached.post(NESTED));
    expect(b.result.text).toBe(a.result.text);
    expect(b.statements.length).toBe(a.statements.length);
    expect(a.statements.some(isVersionRead)).toBe(false); // a POST without a cache does not need the version
    expect(a.result.text).toBe((await cached.post(NESTED)).text);
  });
});

describe('graph version', () => {
  it('without a lease, shares reads between concurrent requests, but never a read that started before the request', async () => {
    const version = new GraphVersion(db.executor, 0);
    const first = version.current();
    expect(version.reads).toBe(1);
    // These arrive while the first read is in flight: they wait for one more read, shared by all of them.
    const later = Array.from({ length: 20 }, () => version.current());
    expect(version.reads).toBe(1);
    const values = await Promise.all([first, ...later]);
    expect(version.reads).toBe(2);
    const stored = await readGraphVersion(db.executor);
    expect(new Set(values)).toEqual(new Set([stored.version]));
    // Nothing in flight: the next request reads again.
    await version.current();
    expect(version.reads).toBe(3);
  });

  it('under a lease, answers from the version read, and reads for every request while an import is announced', async () => {
    const version = new GraphVersion(db.executor);
    const v = await version.current();
    await version.current();
    await Promise.all(Array.from({ length: 20 }, () => version.current()));
    expect(version.reads).toBe(1);

    // An import long enough to be watched: from its announcement to its commit, no lease.
    const file = path.join(tmp, 'large.yaml');
    writeLargeSeed(file, 5_000, 2031); // several batches: the import goes on well after its first
    let writing!: () => void;
    const written = new Promise<void>((resolve) => (writing = resolve));
    const importing = importSeeds(db.executor, [file], { progress: (line) => (/rows written/.test(line) ? writing() : undefined) });
    await written;
    expect(await readGraphVersion(db.executor)).toEqual({ version: v, settled: false });
    const replica = new GraphVersion(db.executor); // one that holds no lease yet
    expect(await replica.current()).toBe(v);
    expect(await replica.current()).toBe(v);
    expect(replica.reads).toBe(2);

    await importing;
    expect(await readGraphVersion(db.executor)).toEqual({ version: v + 1, settled: true });
    expect(await replica.current()).toBe(v + 1);
    await replica.current();
    expect(replica.reads).toBe(3);
  });

  it('an import that fails withdraws its announcement: the replicas take leases again at once', async () => {
    const file = path.join(tmp, 'new.yaml');
    writeLargeSeed(file, 5_000, 2032); // several batches
    const loaded = loadSeedFiles([file], { graph: true });
    if (!loaded.ok) throw new Error('fixture does not load');
    const before = await readGraphVersion(db.executor);
    // It fails half-way, after its first batch is written, and all is rolled back. Not by a transaction timeout:
    // Neo4j's monitor looks every 2 s, and a fast machine finishes the import first.
    const failing = () => {
      throw new Error('the import fails half-way');
    };
    await expect(writeSeed(db.executor, loaded.seeds[0]!, { progress: failing })).rejects.toHaveProperty('cause.message', 'the import fails half-way');
    expect(await readGraphVersion(db.executor)).toEqual({ version: before.version, settled: true });
  });
});
