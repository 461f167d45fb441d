/**
 * Concurrent imports (issue 18.1): whatever the interleaving, N imports of one file leave the graph one import
 * leaves, and imports of different files leave the graph their sequential import leaves. Each importer has its own
 * driver, as separate `npm run seed` processes would; their transactions overlap on the one real Neo4j.
 */
import { inject } from 'vitest';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createDriver } from '../../src/db/driver.js';
import { Executor } from '../../src/db/executor.js';
import { importSeeds } from '../../src/import/import.js';
import type { ImportSummary } from '../../src/import/writer.js';
import { openTestDb, REPORT_2020, resetGraph, TEST_DATABASE, type TestDb } from '../support/db.js';
import { contentFingerprint, expectConsistentGraph, graphVersion, importRuns } from '../support/graph-state.js';

const Y2021 = 'test/fixtures/synthetic-keski-pohjanmaa-2021.yaml';
const db: TestDb = openTestDb();

beforeEach(() => resetGraph(db));
afterAll(() => db.close());

/**
 * Starts every import at once, each through its own driver, and waits for all. `withContract`: each applies the graph
 * contract first, as `npm run seed` does; without it their write transactions start closer together.
 */
async function concurrently(files: string[], withContract = false): Promise<ImportSummary[]> {
  const drivers = files.map(() => createDriver({ uri: inject('neo4jUri'), user: 'neo4j', password: process.env.TEST_NEO4J_PASSWORD ?? '' }));
  try {
    const runs = await Promise.all(
      files.map((file, i) => importSeeds(new Executor(drivers[i]!, { database: TEST_DATABASE, txTimeoutMs: 60_000 }), [file], { contractApplied: !withContract })),
    );
    return runs.map((r) => r[0]!);
  } finally {
    await Promise.all(drivers.map((d) => d.close()));
  }
}

async function sequentialContent(files: string[]): Promise<string> {
  await resetGraph(db);
  for (const file of files) await importSeeds(db.executor, [file]);
  const content = await contentFingerprint(db);
  await resetGraph(db);
  return content;
}

describe('concurrent imports', () => {
  it('the same file three times at once into an empty graph: the graph of one import, one ImportRun', async () => {
    const once = await sequentialContent([REPORT_2020]);
    const summaries = await concurrently([REPORT_2020, REPORT_2020, REPORT_2020], true);
    expect(summaries.filter((s) => s.changed)).toHaveLength(1);
    // The others waited for the first to commit, planned against it, and found nothing left to do.
    expect(summaries.filter((s) => !s.changed)).toHaveLength(2);
    expect(await contentFingerprint(db)).toBe(once);
    expect(await importRuns(db)).toHaveLength(1);
    expect(await graphVersion(db)).toBe(1);
    await expectConsistentGraph(db);
  });

  it('the second year three times at once on top of the first: the graph of one import (the reported duplicate seats)', async () => {
    const once = await sequentialContent([REPORT_2020, Y2021]);
    await importSeeds(db.executor, [REPORT_2020]);
    const summaries = await concurrently([Y2021, Y2021, Y2021]);
    expect(summaries.filter((s) => s.changed)).toHaveLength(1);
    expect(await contentFingerprint(db)).toBe(once);
    const seats = await db.executor.read<{ key: string }>(
      `MATCH (:Organization {key: 'org:kosti-ry'})<-[:REPRESENTS]-(s:Seat) RETURN s.key AS key`,
    );
    expect(new Set(seats.map((s) => s.key)).size).toBe(seats.length);
    expect((await importRuns(db)).map((r) => r.report).sort()).toEqual(['report:keski-pohjanmaa-2020', 'report:keski-pohjanmaa-2021-synthetic']);
    await expectConsistentGraph(db);
  });

  it('two different files at once, started in either order, twice each: the sequential graph', async () => {
    const sequential = await sequentialContent([REPORT_2020, Y2021]);
    for (const files of [
      [REPORT_2020, Y2021, REPORT_2020, Y2021],
      [Y2021, REPORT_2020, Y2021, REPORT_2020],
    ]) {
      await resetGraph(db);
      const summaries = await concurrently(files);
      expect(summaries.filter((s) => s.changed)).toHaveLength(2);
      expect(await contentFingerprint(db)).toBe(sequential);
      expect(await importRuns(db)).toHaveLength(2);
      await expectConsistentGraph(db);
    }
  });
});
