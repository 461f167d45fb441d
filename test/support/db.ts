import { inject } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { createDriver } from '../../src/db/driver.js';
import { Executor } from '../../src/db/executor.js';
import { applyGraphContract } from '../../src/db/graph-contract.js';
import { importSeeds } from '../../src/import/import.js';
import { Label } from '../../src/graph/vocabulary.js';
import { createLogger } from '../../src/logger.js';

export const TEST_DATABASE = process.env.TEST_NEO4J_DATABASE ?? 'neo4j';

export interface TestDb {
  driver: Driver;
  executor: Executor;
  close(): Promise<void>;
}

export function openTestDb(): TestDb {
  const driver = createDriver({
    uri: inject('neo4jUri'),
    user: process.env.TEST_NEO4J_USER ?? 'neo4j',
    password: process.env.TEST_NEO4J_PASSWORD ?? '',
  });
  const executor = new Executor(driver, { database: TEST_DATABASE, txTimeoutMs: 30_000 });
  return { driver, executor, close: () => driver.close() };
}

/** Each test file starts from an empty graph with the contract applied: files run one at a time. */
export async function resetGraph(db: TestDb): Promise<void> {
  await db.executor.writeTransaction(async (tx) => {
    await tx.run('MATCH (n) DETACH DELETE n');
  });
  await applyGraphContract(db.executor);
}

/** The 2020 report, alone in an empty graph: the starting point of most test files. */
export const REPORT_2020 = 'seeds/2020/keski-pohjanmaa.yaml';
export async function loadReport2020(db: TestDb): Promise<void> {
  await resetGraph(db);
  await importSeeds(db.executor, [REPORT_2020]);
}

/**
 * A fingerprint of the whole graph: every node with labels and properties, every relationship with type, endpoints
 * and properties, sorted. Equal fingerprints = identical graphs.
 */
export async function fingerprint(db: TestDb, scope: { entitiesOnly?: boolean } = {}): Promise<string> {
  // Entities only: the imported content, without the bookkeeping (ImportRun, GraphMeta) that each import changes.
  // Never an ImportAnnouncement: it says an import is under way (version-lease.ts), and one whose importer was killed
  // stays until it expires.
  const n = scope.entitiesOnly ? 'n:Entity' : 'n';
  const [a, b] = scope.entitiesOnly ? ['a:Entity', 'b:Entity'] : ['a', 'b'];
  const withoutAnnouncements = `NOT n:${Label.ImportAnnouncement}`;
  const nodes = await db.executor.read(`MATCH (${n}) WHERE ${withoutAnnouncements} RETURN labels(n) AS labels, properties(n) AS props`);
  const rels = await db.executor.read(`MATCH (${a})-[r]->(${b}) RETURN a.key AS a, type(r) AS type, b.key AS b, properties(r) AS props`);
  return JSON.stringify([nodes.map(stable).sort(), rels.map(stable).sort()]);
}

function stable(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : Array.isArray(v) && v.every((x) => typeof x === 'string')
        ? [...v].sort()
        : v,
  );
}

export const silentLogger = createLogger('silent');
