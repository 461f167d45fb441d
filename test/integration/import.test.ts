import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { importSeeds } from '../../src/import/import.js';
import { SeedValidationError } from '../../src/import/problems.js';
import { fingerprint, openTestDb, resetGraph, type TestDb } from '../support/db.js';
import { expectConsistentGraph } from '../support/graph-state.js';

const Y2020 = 'test/fixtures/testmaa/testmaa-2020.yaml';
const Y2021 = 'test/fixtures/testmaa/testmaa-2021.yaml';
const db: TestDb = openTestDb();

beforeEach(() => resetGraph(db));
afterAll(() => db.close());

async function one<T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<T> {
  return (await db.executor.read<T>(cypher, params))[0]!;
}

describe('seed import', () => {
  it('imports a report: nodes, relationships, years, sources, and an import run', async () => {
    const [summary] = await importSeeds(db.executor, [Y2020]);
    expect(summary!.changed).toBe(true);
    expect(summary!.nodes['Organization+Funder']).toEqual({ created: 1, updated: 0, unchanged: 0 });
    const rel = await one<{ years: number[]; sources: string[]; title: string }>(
      `MATCH (:Person {key: 'person:a-b'})-[r:AFFILIATED_WITH]->(:Organization {key: 'org:centre'})
       RETURN r.years AS years, r.sources AS sources, r.title AS title`,
    );
    expect(rel.years).toEqual([2020]);
    expect(rel.title).toBe('kehittämissuunnittelija');
    expect(JSON.parse(rel.sources[0]!)).toEqual({ report: 'report:testmaa-2020', section: 'x', quote: 'A B, kehittämissuunnittelija' });
    const run = await one<{ file: string; checksum: string; nodesCreated: number }>(
      `MATCH (run:ImportRun)-[:IMPORTED]->(:Report {key: 'report:testmaa-2020'})
       RETURN run.file AS file, run.checksum AS checksum, run.nodesCreated AS nodesCreated`,
    );
    expect(run.file).toBe(Y2020);
    expect(run.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(run.nodesCreated).toBe(summary!.rows - Object.values(summary!.relationships).reduce((s, t) => s + t.created, 0));
    await expectConsistentGraph(db);
  });

  it('is idempotent: a second import changes nothing, not even timestamps, and says so', async () => {
    await importSeeds(db.executor, [Y2020]);
    const before = await fingerprint(db);
    const [again] = await importSeeds(db.executor, [Y2020]);
    expect(again!.changed).toBe(false);
    expect(Object.values(again!.nodes).every((t) => t.created === 0 && t.updated === 0)).toBe(true);
    expect(await fingerprint(db)).toBe(before);
    expect((await one<{ runs: number }>('MATCH (r:ImportRun) RETURN count(r) AS runs')).runs).toBe(1);
  });

  it('accumulates years: 2021 next to 2020, newest wording wins, nothing of 2020 is erased', async () => {
    await importSeeds(db.executor, [Y2020]);
    await importSeeds(db.executor, [Y2021]);
    const verna = await one<{ status: string; statusHistory: string[]; years: number[] }>(
      `MATCH (p:Project {key: 'project:verna'}) RETURN p.status AS status, p.statusHistory AS statusHistory, p.years AS years`,
    );
    expect(verna).toEqual({ status: 'COMPLETED', statusHistory: ['2020:ONGOING', '2021:COMPLETED'], years: [2020, 2021] });
    const lead = await one<{ years: number[] }>(
      `MATCH (:Organization {key: 'org:centre'})-[r:PARTICIPATES_IN {role: 'LEAD'}]->(:Project {key: 'project:verna'}) RETURN r.years AS years`,
    );
    expect(lead.years).toEqual([2020, 2021]);
    const partner = await one<{ years: number[] }>(
      `MATCH (:Organization {key: 'org:newcomer'})-[r:PARTICIPATES_IN]->(:Project {key: 'project:verna'}) RETURN r.years AS years`,
    );
    expect(partner.years).toEqual([2021]);
    const affiliation = await one<{ sources: string[] }>(
      `MATCH (:Person {key: 'person:a-b'})-[r:AFFILIATED_WITH]->() RETURN r.sources AS sources`,
    );
    expect(affiliation.sources.map((s) => JSON.parse(s).report)).toEqual(['report:testmaa-2020', 'report:testmaa-2021']);

    // An older report imported again later does not overwrite the newer status.
    const before = await fingerprint(db);
    const [again] = await importSeeds(db.executor, [Y2020]);
    expect(again!.changed).toBe(false);
    expect(await fingerprint(db)).toBe(before);
    await expectConsistentGraph(db);
  });

  it('imports a folder in year order whatever the file names', async () => {
    const summaries = await importSeeds(db.executor, ['test/fixtures/testmaa']);
    expect(summaries.map((s) => s.report)).toEqual(['report:testmaa-2020', 'report:testmaa-2021']);
    const verna = await one<{ status: string }>(`MATCH (p:Project {key: 'project:verna'}) RETURN p.status AS status`);
    expect(verna.status).toBe('COMPLETED');
    await expectConsistentGraph(db);
  });

  it('--dry-run reports what would change and writes nothing', async () => {
    await importSeeds(db.executor, [Y2020]);
    const before = await fingerprint(db);
    const [dry] = await importSeeds(db.executor, [Y2021], { dryRun: true });
    expect(dry!.dryRun).toBe(true);
    expect(dry!.changed).toBe(true);
    expect(dry!.nodes.Organization).toEqual({ created: 1, updated: 1, unchanged: 0 });
    expect(dry!.nodes.Project).toEqual({ created: 0, updated: 1, unchanged: 0 });
    expect(await fingerprint(db)).toBe(before);

    // Each changed fact old → new, with the year and the line of the file that changes it.
    const lines = readFileSync(Y2021, 'utf8').split('\n');
    const lineOf = (text: string) => lines.findIndex((l) => l.includes(text)) + 1;
    expect(dry!.changes).toEqual(
      expect.arrayContaining([
        { change: 'updated', fact: 'project:verna', field: 'status', old: 'ONGOING', new: 'COMPLETED', year: 2021, line: lineOf('- key: project:verna') },
        { change: 'updated', fact: 'org:centre', field: 'aliases', old: null, new: ['Testikeskus'], year: 2021, line: lineOf('- key: org:centre') },
        { change: 'created', fact: 'org:newcomer -[PARTICIPATES_IN PARTNER]-> project:verna', year: 2021, line: lineOf('Newcomer ry liittyi VERNAan') },
        {
          change: 'updated',
          fact: 'person:a-b -[AFFILIATED_WITH kehittämissuunnittelija]-> org:centre',
          field: 'sources',
          old: null,
          new: ['A B jatkoi kehittämissuunnittelijana'],
          year: 2021,
          line: lineOf('A B jatkoi kehittämissuunnittelijana'),
        },
      ]),
    );
    expect(dry!.changes.filter((c) => c.change === 'restated').map((c) => c.fact)).toContain('org:stea');
  });

  it('writes nothing when any file of a run is invalid', async () => {
    await importSeeds(db.executor, [Y2020]);
    const before = await fingerprint(db);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'botnia-bad-'));
    writeFileSync(path.join(dir, 'a-good.yaml'), readFileSync(Y2021, 'utf8'));
    writeFileSync(path.join(dir, 'b-bad.yaml'), readFileSync(Y2021, 'utf8').replace('report:testmaa-2021', 'report:other').replace('- funder: org:stea', '- funder: funder:esf'));
    const error = await importSeeds(db.executor, [dir]).catch((e: unknown) => e);
    rmSync(dir, { recursive: true, force: true });
    expect(error).toBeInstanceOf(SeedValidationError);
    expect((error as Error).message).toMatch(/b-bad\.yaml:\d+ projects\[0\]\.funders\[0\]\.funder: unknown funder "funder:esf"/);
    expect(await fingerprint(db)).toBe(before);
  });

  it('rolls the whole report back when the database refuses part of it', async () => {
    // A node made outside the importer holds a key the report needs, under a label with its own key constraint.
    await db.executor.writeTransaction((tx) => tx.run(`CREATE (:Project {key: 'project:verna', name: 'hand-made'})`));
    const before = await fingerprint(db);
    const error = await importSeeds(db.executor, [Y2020]).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'DATABASE_ERROR' });
    expect(await fingerprint(db)).toBe(before);
  });
});
