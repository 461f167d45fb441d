/**
 * Faults, with a Neo4j of this test's own: the API starts before its database is reachable (503 on /readyz,
 * retries with backoff), then the database is stopped and restarted under load: errors only while it is down,
 * recovery without restarting the API.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, LocalNeo4j } from '../../src/db/local-neo4j.js';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'botnia-faults-'));
let api: ChildProcess | undefined;
let neo4j: LocalNeo4j | undefined;
let output = '';

afterAll(async () => {
  api?.kill('SIGTERM');
  await neo4j?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check().catch(() => false)) return Date.now() - started;
    await sleep(100);
  }
  throw new Error(`condition not met within ${timeoutMs} ms\n${output}`);
}

describe('faults', () => {
  it('starts without its database, says so on /readyz, and becomes ready when Neo4j comes', async () => {
    const boltPort = await freePort();
    const httpPort = await freePort();
    api = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: {
        ...process.env,
        NEO4J_URI: `bolt://127.0.0.1:${boltPort}`,
        NEO4J_STARTUP_WAIT_MS: '180000',
        PORT: String(httpPort),
        SEED_ON_START: 'false',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    api.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    api.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    const base = `http://127.0.0.1:${httpPort}`;

    await until(async () => (await fetch(`${base}/healthz`)).status === 200, 60_000);
    const notReady = await fetch(`${base}/readyz`);
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toMatchObject({ neo4j: { reachable: false } });
    const early = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ status { relationshipCount } }' }),
    });
    expect(early.status).toBeLessThan(500);
    const earlyBody = (await early.json()) as { errors: { extensions: { code: string } }[] };
    expect(earlyBody.errors[0]!.extensions.code).toBe('DATABASE_UNAVAILABLE');
    await until(async () => /Neo4j not reachable yet/.test(output), 30_000);

    neo4j = await LocalNeo4j.start({ port: boltPort, dataDir, pageCache: '64m', jvmOptions: ['-Xmx512m'] });
    const readyAfter = await until(async () => (await fetch(`${base}/readyz`)).status === 200, 60_000);
    console.log(`[faults] ready ${readyAfter} ms after Neo4j accepted connections`);
    expect(output).toMatch(/graph contract applied/);

    // Under load: stop Neo4j, restart it, and watch every response.
    const results: { at: number; end: number; status: number; code?: string; ok: boolean; text: string }[] = [];
    let running = true;
    const worker = async () => {
      while (running) {
        const at = Date.now();
        try {
          const res = await fetch(`${base}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: '{ status { relationshipCount } }' }),
          });
          const text = await res.text();
          const body = JSON.parse(text) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
          results.push({ at, end: Date.now(), status: res.status, ok: !body.errors, code: body.errors?.[0]?.extensions?.code, text });
        } catch (error) {
          results.push({ at, end: Date.now(), status: 0, ok: false, text: String(error) });
        }
        await sleep(20);
      }
    };
    const workers = [worker(), worker(), worker()];
    await sleep(1500);
    const stoppedAt = Date.now();
    await neo4j.stop();
    await sleep(2000);
    neo4j = await LocalNeo4j.start({ port: boltPort, dataDir, pageCache: '64m', jvmOptions: ['-Xmx512m'] });
    const restartedAt = Date.now();
    const recoveredAfter = await until(async () => results.some((r) => r.at > restartedAt && r.ok), 60_000);
    await sleep(1000);
    running = false;
    await Promise.all(workers);
    console.log(
      `[faults] ${results.length} requests; down ${restartedAt - stoppedAt} ms; recovered ${recoveredAfter} ms after the restart; ` +
        `${results.filter((r) => !r.ok).length} failed, codes ${[...new Set(results.filter((r) => !r.ok).map((r) => r.code))].join(',')}`,
    );

    // Never a 5xx (nor a dropped connection): database trouble is a GraphQL error with a code.
    expect(results.map((r) => r.status).filter((s) => s !== 200)).toEqual([]);
    for (const r of results) expect(r.text).not.toMatch(/at .*\.(js|ts):\d+/);
    const failures = results.filter((r) => !r.ok);
    expect(failures.length).toBeGreaterThan(0);
    for (const f of failures) {
      expect(['DATABASE_UNAVAILABLE', 'QUERY_TIMEOUT']).toContain(f.code);
      expect(f.end).toBeGreaterThanOrEqual(stoppedAt);
    }
    // Everything answered before the stop succeeded: errors only while the database is down.
    expect(results.filter((r) => r.end < stoppedAt).every((r) => r.ok)).toBe(true);
    const lastFailure = Math.max(...failures.map((f) => f.at));
    expect(results.filter((r) => r.at > lastFailure).length).toBeGreaterThan(5);
    expect(recoveredAfter).toBeLessThan(30_000);
  }, 240_000);
});
