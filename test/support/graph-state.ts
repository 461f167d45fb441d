import { expect } from 'vitest';
import { readGraphVersion } from '../../src/api/cache/graph-version.queries.js';
import { checkGraph, describeCheck } from '../../src/import/check.js';
import { fingerprint, type TestDb } from './db.js';

/**
 * The graph's content without the bookkeeping of how it got there: every entity node and every relationship between
 * entities, sorted. ImportRun ids and times and the graph version differ between two histories that built the same
 * graph; the content does not.
 */
export function contentFingerprint(db: TestDb): Promise<string> {
  return fingerprint(db, { entitiesOnly: true });
}

export async function importRuns(db: TestDb): Promise<{ report: string; nodesCreated: number; relsCreated: number }[]> {
  return db.executor.read(
    `MATCH (run:ImportRun)-[:IMPORTED]->(r:Report) RETURN r.key AS report, run.nodesCreated AS nodesCreated, run.relsCreated AS relsCreated ORDER BY report, nodesCreated`,
  );
}

export async function graphVersion(db: TestDb): Promise<number> {
  return (await readGraphVersion(db.executor)).version;
}

/**
 * `npm run graph:check` in-process: every consistency check passes. Whether every number is quoted is a check of the
 * seed's content, not of how it was imported: the fixtures built by hand for import behaviour (testmaa, the scaffolded
 * next year) carry made-up quotes that do not write their numbers, so it is left to graph-check.test.ts and
 * analyst-2020.test.ts, which check it over the 2020 graph.
 */
export async function expectConsistentGraph(db: TestDb): Promise<void> {
  const report = await checkGraph(db.executor, { content: false });
  expect(report.ok, describeCheck(report)).toBe(true);
}
