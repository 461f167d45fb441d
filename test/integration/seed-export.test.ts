/**
 * Graph → seeds (issue 18.5): `npm run seed:export -- <folder>` writes one seed file per report; importing them into
 * an empty graph gives the same graph (entities, relationships, every property) and one ImportRun per report.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { exportSeeds } from '../../src/import/export.js';
import { importSeeds } from '../../src/import/import.js';
import { loadSeedFiles } from '../../src/import/load.js';
import { openTestDb, REPORT_2020, resetGraph, type TestDb } from '../support/db.js';
import { contentFingerprint, expectConsistentGraph, importRuns } from '../support/graph-state.js';

const db: TestDb = openTestDb();
const dirs: string[] = [];
const tmp = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'botnia-export-'));
  dirs.push(dir);
  return dir;
};
beforeEach(() => resetGraph(db));
afterAll(async () => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  await db.close();
});

async function roundTrip(files: string[]): Promise<{ folder: string; exported: string[] }> {
  for (const f of files) await importSeeds(db.executor, [f]);
  const original = await contentFingerprint(db);
  const runs = (await importRuns(db)).map((r) => r.report);
  const folder = path.join(tmp(), 'export');
  const exported = (await exportSeeds(db.executor, folder)).map((e) => e.file);
  expect(exported).toHaveLength(files.length);
  // The files are valid seed files in the documented format.
  expect(loadSeedFiles([folder])).toMatchObject({ ok: true });

  await resetGraph(db);
  await importSeeds(db.executor, [folder]);
  expect(await contentFingerprint(db)).toBe(original);
  expect((await importRuns(db)).map((r) => r.report)).toEqual(runs);
  await expectConsistentGraph(db);
  return { folder, exported };
}

describe('seed:export', () => {
  it('the 2020 report round-trips: export, import into an empty graph, the same graph', async () => {
    const { exported } = await roundTrip([REPORT_2020]);
    const text = readFileSync(exported[0]!, 'utf8');
    expect(path.relative(path.dirname(path.dirname(exported[0]!)), exported[0]!)).toBe(path.join('2020', 'keski-pohjanmaa-2020.yaml'));
    // Readable: the quotes and keys a curator wrote.
    expect(text).toContain('quote: Kosti ry:n hallinnoima Vertaistoiminnan kehittämisen hanke VERNA jatkaa toimintaansa.');
    expect(text).toMatch(/- key: org:kosti-ry\n\s+name: Kosti ry/);
  });

  it('two reports of two years round-trip, each fact in the file of every report that states it', async () => {
    await roundTrip(['test/fixtures/testmaa/testmaa-2020.yaml', 'test/fixtures/testmaa/testmaa-2021.yaml']);
    await resetGraph(db);
    await roundTrip([REPORT_2020, 'test/fixtures/synthetic-keski-pohjanmaa-2021.yaml']);
  });

  it('the CLI writes into a new folder and refuses a folder that is not empty', async () => {
    await importSeeds(db.executor, [REPORT_2020]);
    const folder = path.join(tmp(), 'cli');
    const env = { ...process.env, NEO4J_URI: inject('neo4jUri'), NEO4J_DATABASE: process.env.TEST_NEO4J_DATABASE ?? 'neo4j' };
    const run = promisify(execFile);
    const { stdout } = await run('npx', ['tsx', 'src/import/export-cli.ts', folder], { env });
    expect(stdout).toMatch(/2020\/keski-pohjanmaa-2020\.yaml: report:keski-pohjanmaa-2020, \d+ entities, \d+ relationships/);
    const again = await run('npx', ['tsx', 'src/import/export-cli.ts', folder], { env }).catch((e: { code: number; stderr: string }) => e);
    expect(again).toMatchObject({ code: 2, stderr: expect.stringMatching(/is not empty/) });
  });
});
