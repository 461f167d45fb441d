/**
 * Interrupted imports leave nothing half-done (issue 18.2): an import process killed with SIGKILL in the middle of
 * its transaction, and a Neo4j stopped (cleanly, and killed) in the middle of an import, leave the graph exactly as
 * it was (the whole-graph fingerprint, bookkeeping included), and the next import succeeds. Slow: a large synthetic
 * file and a Neo4j of its own that is stopped and started again.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDriver } from '../../src/db/driver.js';
import { Executor } from '../../src/db/executor.js';
import { freePort, LocalNeo4j } from '../../src/db/local-neo4j.js';
import { importSeeds } from '../../src/import/import.js';
import { readGraphVersion } from '../../src/api/cache/graph-version.queries.js';
import { fingerprint, loadReport2020, openTestDb, REPORT_2020, type TestDb } from '../support/db.js';
import { expectConsistentGraph, importRuns } from '../support/graph-state.js';
import { writeLargeSeed } from '../support/large-seed.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'botnia-interrupted-'));
const LARGE = path.join(tmp, 'large.yaml');
// Large enough that the first batches are written well before the commit (5,000 organisations: 10,504 rows).
const { rows: LARGE_ROWS } = writeLargeSeed(LARGE, 5_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Resolves once the import has written its first batches (its transaction is open and holds writes). */
function onFirstBatch(progress: (listen: (line: string) => void) => void): Promise<void> {
  return new Promise((resolve) => progress((line) => (/rows written/.test(line) ? resolve() : undefined)));
}

describe('an import process killed mid-transaction', () => {
  const db: TestDb = openTestDb();
  beforeAll(() => loadReport2020(db));
  afterAll(() => db.close());

  it('leaves the graph as it was, and the next import succeeds', { timeout: 300_000 }, async () => {
    const before = await fingerprint(db);
    // One process (node with tsx's loader), not the tsx wrapper, which would leave its child running.
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/import/cli.ts', LARGE], {
      env: { ...process.env, NEO4J_URI: inject('neo4jUri'), NEO4J_DATABASE: process.env.TEST_NEO4J_DATABASE ?? 'neo4j' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
    let stderr = '';
    await onFirstBatch((listen) =>
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        listen(stderr);
      }),
    );
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(stderr).not.toMatch(/imported in/);

    expect(await fingerprint(db)).toBe(before);
    // Its announcement stands until it expires: until then the API reads the version for every request.
    expect((await readGraphVersion(db.executor)).settled).toBe(false);
    const [summary] = await importSeeds(db.executor, [LARGE]);
    expect(summary).toMatchObject({ changed: true, rows: LARGE_ROWS });
    expect((await importRuns(db)).map((r) => r.report)).toEqual(['report:keski-pohjanmaa-2020', 'report:synthetic-large-2030']);
    await expectConsistentGraph(db);
  });
});

describe('Neo4j stopped mid-import', () => {
  const dataDir = path.join(tmp, 'neo4j');
  let port: number;
  let neo4j: LocalNeo4j;
  const start = async () => {
    neo4j = await LocalNeo4j.start({ port, dataDir, pageCache: '64m', jvmOptions: ['-Xmx512m'] });
    const driver = createDriver({ uri: neo4j.uri, user: 'neo4j', password: '' });
    const executor = new Executor(driver, { database: 'neo4j', txTimeoutMs: 60_000 });
    const db: TestDb = { driver, executor, close: () => driver.close() };
    return db;
  };
  beforeAll(async () => {
    port = await freePort();
  }, 240_000);
  afterAll(async () => {
    await neo4j?.stop();
  });

  for (const how of ['stopped cleanly (SIGTERM)', 'killed (SIGKILL)'] as const) {
    it(`${how}: the graph is as it was after the restart, and the next import succeeds`, { timeout: 480_000 }, async () => {
      let db = await start();
      try {
        await importSeeds(db.executor, [REPORT_2020]);
        const before = await fingerprint(db);

        let listener: (line: string) => void = () => {};
        const firstBatch = onFirstBatch((listen) => (listener = listen));
        const importing = importSeeds(db.executor, [LARGE], { progress: (line) => listener(line) }).then(
          () => 'committed',
          (error: { code?: string }) => error.code ?? 'failed',
        );
        await firstBatch;
        if (how === 'killed (SIGKILL)') process.kill(neo4j.pid!, 'SIGKILL');
        await neo4j.stop();
        expect(await importing).toBe('DATABASE_UNAVAILABLE');
        await db.close();

        db = await start();
        expect(await fingerprint(db)).toBe(before);
        const [summary] = await importSeeds(db.executor, [LARGE]);
        expect(summary).toMatchObject({ changed: true, rows: LARGE_ROWS });
        await expectConsistentGraph(db);
        // The next round starts from an empty graph again.
        await db.executor.writeTransaction((tx) => tx.run('MATCH (n) DETACH DELETE n'));
      } finally {
        await db.close();
        await neo4j.stop();
      }
    });
  }
});
