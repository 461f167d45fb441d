/**
 * What `npm run seed` tells a curator before it writes (issue 14.5): which database, which reports that graph holds,
 * a warning when a dry run finds no earlier report of the file's region, and the dry run's list of changes.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { importSeeds } from '../../src/import/import.js';
import type { ImportSummary } from '../../src/import/writer.js';
import { openTestDb, resetGraph, type TestDb } from '../support/db.js';

const db: TestDb = openTestDb();
beforeAll(async () => {
  await resetGraph(db);
  await importSeeds(db.executor, ['test/fixtures/testmaa/testmaa-2020.yaml']);
});
afterAll(() => db.close());

const run = promisify(execFile);
async function seed(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, NEO4J_URI: inject('neo4jUri'), NEO4J_DATABASE: process.env.TEST_NEO4J_DATABASE ?? 'neo4j' };
  try {
    return { code: 0, ...(await run(process.execPath, ['--import', 'tsx', 'src/import/cli.ts', ...args], { env })) };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run seed tells the curator where it writes', () => {
  it('a dry run names the database and the reports it holds, then lists each change old → new with year and line', async () => {
    const { code, stdout, stderr } = await seed('test/fixtures/testmaa/testmaa-2021.yaml', '--dry-run');
    expect(code).toBe(0);
    const uri = inject('neo4jUri').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(stderr).toMatch(new RegExp(`^Checking against ${uri}, database neo4j \\(Neo4j/5[^)]*\\)\\.$`, 'm'));
    expect(stderr).toMatch(/^The graph holds 1 report: report:testmaa-2020 \(Testmaa 2020\)\.$/m);
    expect(stderr).not.toMatch(/warning/);
    expect(stdout).toMatch(/^ {4}test\/fixtures\/testmaa\/testmaa-2021\.yaml:\d+ project:verna status: "ONGOING" → "COMPLETED" \(2021\)$/m);
    expect(stdout).toMatch(/^ {4}test\/fixtures\/testmaa\/testmaa-2021\.yaml:\d+ \+ org:newcomer \(2021\)$/m);
  });

  it('--json gives the same changes to tools, on stdout only', async () => {
    const { code, stdout } = await seed('test/fixtures/testmaa/testmaa-2021.yaml', '--dry-run', '--json');
    expect(code).toBe(0);
    const [summary] = JSON.parse(stdout) as ImportSummary[];
    expect(summary!.changes).toContainEqual(expect.objectContaining({ fact: 'project:verna', field: 'status', old: 'ONGOING', new: 'COMPLETED', year: 2021 }));
  });

  it('warns when a dry run finds no earlier report of the same region (the wrong database?)', async () => {
    const { code, stderr } = await seed('seeds/2020/keski-pohjanmaa.yaml', '--dry-run');
    expect(code).toBe(0);
    expect(stderr).toMatch(/^warning: the graph holds no earlier report of Keski-Pohjanmaa than 2020: is this the database you meant\?/m);
  });

  it('an import says it writes, to which database', async () => {
    const { code, stderr, stdout } = await seed('test/fixtures/testmaa/testmaa-2021.yaml');
    expect(code).toBe(0);
    expect(stderr).toMatch(/^Writing to bolt:\/\/\S+, database neo4j/m);
    expect(stdout).toMatch(/testmaa-2021\.yaml \(report:testmaa-2021\): imported in \d+ ms/);
  });
});
