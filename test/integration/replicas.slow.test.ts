/**
 * Replicas (issue 18.4): two API processes behind a round-robin proxy on loopback, one Neo4j, steady load, and an
 * import in the middle. No request fails; no request that starts after the import has committed gets the graph
 * from before it (the analytics cache is keyed on GraphMeta.version, which the import bumps in its transaction);
 * both replicas give the same answers afterwards. Prints the figures: requests, errors, and the seconds from the
 * commit until each replica answered with the new graph. Bounded: a fixed number of clients, a request cap, a
 * time cap; loopback only.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../../src/db/local-neo4j.js';
import { importSeeds } from '../../src/import/import.js';
import { loadReport2020, openTestDb, type TestDb } from '../support/db.js';
import { expectConsistentGraph } from '../support/graph-state.js';

const SECOND_YEAR = 'test/fixtures/synthetic-keski-pohjanmaa-2021.yaml';
const NEW_REPORT = 'report:keski-pohjanmaa-2021-synthetic';
/** Only the second year has this organisation in a project: in the network once the analytics see the import. */
const NEW_MEMBER = 'org:synthetic-uusi-yhdistys';
/** The answer changes with the import in every part: the report list, the all-years network (analytics cache). */
const QUERY = `{
  reports { key }
  network { nodes { key degree } edges { source target weight } }
  status { relationshipCount }
}`;
const CLIENTS = 6;
const MAX_REQUESTS = 6000;
const MAX_MS = 90_000;
/** Load goes on this long after the commit. */
const AFTER_COMMIT_MS = 3000;

const db: TestDb = openTestDb();
const replicas: { port: number; child: ChildProcess }[] = [];
let proxy: http.Server;
let proxyUrl: string;

async function startReplica(): Promise<{ port: number; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: {
      ...process.env,
      NEO4J_URI: inject('neo4jUri'),
      NEO4J_DATABASE: process.env.TEST_NEO4J_DATABASE ?? 'neo4j',
      HOST: '127.0.0.1',
      PORT: String(port),
      SEED_ON_START: 'false',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'test',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    const ok = await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false);
    if (ok) return { port, child };
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`replica on ${port} did not become ready:\n${stderr}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Round robin over the replicas; says which one answered in `x-replica`. */
function startProxy(): Promise<void> {
  let next = 0;
  proxy = http.createServer((req, res) => {
    const target = replicas[next++ % replicas.length]!;
    const upstream = http.request(
      { host: '127.0.0.1', port: target.port, path: req.url, method: req.method, headers: req.headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, { ...up.headers, 'x-replica': String(target.port) });
        up.pipe(res);
      },
    );
    upstream.on('error', (error) => {
      res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`proxy: ${error.message}`);
    });
    req.pipe(upstream);
  });
  proxy.keepAliveTimeout = 5000;
  return new Promise((resolve) => proxy.listen(0, '127.0.0.1', () => resolve()));
}

beforeAll(async () => {
  await loadReport2020(db);
  replicas.push(...(await Promise.all([startReplica(), startReplica()])));
  // Warm each replica up (first requests compile and plan), so the load measures steady state.
  for (const r of replicas) {
    for (let i = 0; i < 3; i++) {
      await fetch(`http://127.0.0.1:${r.port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY }) });
    }
  }
  await startProxy();
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/graphql`;
}, 180_000);

afterAll(async () => {
  await new Promise((r) => (proxy ? proxy.close(r) : r(undefined)));
  for (const r of replicas) {
    r.child.kill('SIGTERM');
    await new Promise((done) => (r.child.exitCode !== null ? done(undefined) : r.child.once('exit', done)));
  }
  await db.close();
});

interface Answer {
  replica: string;
  started: number;
  ended: number;
  ok: boolean;
  error?: string;
  /** The response without anything that differs between equal graphs. */
  body?: string;
  newGraph?: boolean;
  mixed?: boolean;
}

async function ask(): Promise<Answer> {
  const started = performance.now();
  try {
    const res = await fetch(proxyUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY }) });
    const text = await res.text();
    const ended = performance.now();
    const replica = res.headers.get('x-replica') ?? '?';
    const json = JSON.parse(text) as { data?: { reports: { key: string }[]; network: { nodes: { key: string }[] } }; errors?: unknown[] };
    if (res.status !== 200 || json.errors || !json.data) return { replica, started, ended, ok: false, error: `${res.status} ${text.slice(0, 300)}` };
    // New only when both the plain query and the (cached) analytics show the import; half new counts as stale.
    const newReport = json.data.reports.some((r) => r.key === NEW_REPORT);
    const newNetwork = json.data.network.nodes.some((n) => n.key === NEW_MEMBER);
    return { replica, started, ended, ok: true, body: text, newGraph: newReport && newNetwork, mixed: newReport !== newNetwork };
  } catch (error) {
    return { replica: '?', started, ended: performance.now(), ok: false, error: String(error) };
  }
}

describe('two API replicas behind a round-robin proxy, an import under load', () => {
  it('no errors, no stale answer after the commit, both replicas agree', { timeout: 180_000 }, async () => {
    const answers: Answer[] = [];
    const began = performance.now();
    let stopAt = Infinity;
    const client = async () => {
      while (answers.length < MAX_REQUESTS && performance.now() < Math.min(stopAt, began + MAX_MS)) answers.push(await ask());
    };
    const load = Promise.all(Array.from({ length: CLIENTS }, client));

    await new Promise((r) => setTimeout(r, 2000));
    const [summary] = await importSeeds(db.executor, [SECOND_YEAR]);
    const committed = performance.now();
    expect(summary!.changed).toBe(true);
    stopAt = committed + AFTER_COMMIT_MS;
    await load;

    const errors = answers.filter((a) => !a.ok);
    const stale = answers.filter((a) => a.ok && a.started > committed && !a.newGraph);
    const before = answers.filter((a) => a.ended < committed - 1000);
    const after = answers.filter((a) => a.started > committed);
    const firstNew = replicas.map((r) => {
      const first = answers.filter((a) => a.replica === String(r.port) && a.newGraph).sort((a, b) => a.ended - b.ended)[0];
      return first ? (first.ended - committed) / 1000 : NaN;
    });
    const seconds = ((performance.now() - began) / 1000).toFixed(1);
    console.log(
      `[replicas] ${answers.length} requests in ${seconds} s through the proxy (${CLIENTS} clients), ${errors.length} errors, ` +
        `${stale.length} stale answers after the commit; ${after.length} requests after it; each replica's first answer with the ` +
        `new graph came ${firstNew.map((s) => `${s.toFixed(3)} s`).join(' and ')} after the import returned (negative: before)`,
    );

    expect(errors.map((e) => e.error)).toEqual([]);
    expect(stale).toEqual([]);
    expect(before.length).toBeGreaterThan(0);
    expect(before.every((a) => !a.newGraph && !a.mixed)).toBe(true);
    // Every replica answered after the commit, and all such answers are the same, whichever replica gave them.
    for (const r of replicas) expect(after.some((a) => a.replica === String(r.port))).toBe(true);
    expect(new Set(after.map((a) => a.body)).size).toBe(1);
    expect(firstNew.every((s) => Number.isFinite(s))).toBe(true);
    await expectConsistentGraph(db);
  });
});
