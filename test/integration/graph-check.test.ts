/**
 * `npm run graph:check` (issue 18.3): passes on the imported graph, finds problems planted by hand, and its CLI
 * answers with an exit code, a readable list and --json.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkGraph, describeCheck, type GraphCheckReport } from '../../src/import/check.js';
import { importSeeds } from '../../src/import/import.js';
import { loadReport2020, openTestDb, type TestDb } from '../support/db.js';
import { expectConsistentGraph } from '../support/graph-state.js';

const db: TestDb = openTestDb();
beforeAll(() => loadReport2020(db));
afterAll(() => db.close());

const run = promisify(execFile);
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'src/import/check-cli.ts', ...args], {
      env: { ...process.env, NEO4J_URI: inject('neo4jUri'), NEO4J_DATABASE: process.env.TEST_NEO4J_DATABASE ?? 'neo4j' },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const failed = (report: GraphCheckReport) => Object.fromEntries(report.checks.filter((c) => !c.ok).map((c) => [c.name, c.items]));

async function write(cypher: string): Promise<void> {
  await db.executor.writeTransaction((tx) => tx.run(cypher));
}

describe('graph:check', () => {
  it('passes on the 2020 report and on the synthetic second year next to it', async () => {
    await expectConsistentGraph(db);
    const { code, stdout } = await cli();
    expect(code).toBe(0);
    expect(stdout).toMatch(/graph check: all 8 checks passed/);
    await importSeeds(db.executor, ['test/fixtures/synthetic-keski-pohjanmaa-2021.yaml']);
    await expectConsistentGraph(db);
    // Its made-up quotes write none of its survey numbers: the file lists them under unquotedNumbers, the import keeps
    // them on its report, and the check honours them.
    const report = await checkGraph(db.executor);
    expect(report.ok, describeCheck(report)).toBe(true);
  });

  it('finds a relationship duplicated by hand, and the count it throws off', async () => {
    await write(`MATCH (o:Organization {key: 'org:kosti-ry'})-[r:PARTICIPATES_IN]->(p:Project {key: 'project:verna'})
                 CREATE (o)-[c:PARTICIPATES_IN]->(p) SET c = properties(r)`);
    const report = await checkGraph(db.executor);
    expect(report.ok).toBe(false);
    expect(failed(report)).toEqual({
      'duplicate-relationships': ['org:kosti-ry -[PARTICIPATES_IN LEAD]-> project:verna ×2'],
      'import-run-counts': [
        expect.stringMatching(/^report:keski-pohjanmaa-2020: \d+ nodes and (\d+) relationships first stated by it, its ImportRuns created \d+ and \d+$/),
      ],
    });
    expect(describeCheck(report)).toMatch(/FAIL no two relationships with the same identity.* — 1 found\n\s+org:kosti-ry -\[PARTICIPATES_IN LEAD\]-> project:verna ×2/);

    const { code, stdout } = await cli('--json');
    expect(code).toBe(1);
    const json = JSON.parse(stdout) as GraphCheckReport;
    expect(json.ok).toBe(false);
    expect(json.checks.find((c) => c.name === 'duplicate-relationships')).toMatchObject({ ok: false, count: 1 });
  });

  it('finds a seat without its person, a fact without years, a source naming a missing report and a run without a report', async () => {
    await loadReport2020(db);
    await write(`MATCH (s:Seat {key: 'seat:keski-pohjanmaa-alueohjausryhma/soite-member-1'})-[r:HELD_BY]->() DELETE r`);
    await write(`MATCH (:Person {key: 'person:iiris-jurvansuu'})-[r:AFFILIATED_WITH]->() REMOVE r.years`);
    await write(`MATCH (o:Organization {key: 'org:kosti-ry'}) SET o.sources = o.sources + ['{"report":"report:nowhere","section":"x","quote":"y"}']`);
    await write(`CREATE (:ImportRun {id: 'stray', file: 'lost.yaml'})`);
    const problems = failed(await checkGraph(db.executor));
    expect(problems.seats).toEqual(['seat:keski-pohjanmaa-alueohjausryhma/soite-member-1: 0 person, 1 body, 1 organisation']);
    expect(problems['facts-with-years-and-reports']).toEqual([expect.stringMatching(/^person:iiris-jurvansuu -\[AFFILIATED_WITH\]-> org:\S+ has no years$/)]);
    expect(problems['dangling-reports']).toEqual(['org:kosti-ry names report report:nowhere']);
    expect(problems['import-runs']).toEqual(['ImportRun stray (lost.yaml) points at no report']);
    // The deleted HELD_BY is one relationship fewer than the report's ImportRun created.
    expect(problems['import-run-counts']).toEqual([expect.stringMatching(/^report:keski-pohjanmaa-2020: /)]);
  });

  it('finds a number no quote writes, names the fact and the report and says how to fix it, and honours a listed exception', async () => {
    await loadReport2020(db);
    // The seed's one exception (every seat's year) is honoured: the clean graph has seats with unquoted years.
    expect(failed(await checkGraph(db.executor))).toEqual({});
    // A size the report never states, and a survey size its quote does not write.
    await write(`MATCH (b:Body {key: 'body:kirjaamisvalmentajien-verkosto'}) SET b.size = 40`);
    await write(`MATCH (e:Evaluation {key: 'evaluation:keski-pohjanmaa/2020/priority-3'}) SET e.surveyed = 21`);
    const report = await checkGraph(db.executor);
    expect(failed(report)).toEqual({
      'unquoted-numbers': [
        'Body body:kirjaamisvalmentajien-verkosto size=40, stated by report:keski-pohjanmaa-2020',
        'Evaluation evaluation:keski-pohjanmaa/2020/priority-3 surveyed=21, stated by report:keski-pohjanmaa-2020',
      ],
    });
    const check = report.checks.find((c) => c.name === 'unquoted-numbers')!;
    expect(check.fix).toMatch(/add a quote that writes the number.*or list it under unquotedNumbers with the reason/);
    expect(describeCheck(report)).toMatch(/FAIL every number a fact holds is written in one of its quotes.* — 2 found\n\s+Body body:kirjaamisvalmentajien-verkosto size=40.*\n.*\n\s+fix: in the seed file of the report named/);

    const { code, stdout } = await cli('--json');
    expect(code).toBe(1);
    const json = JSON.parse(stdout) as GraphCheckReport;
    expect(json.checks.find((c) => c.name === 'unquoted-numbers')).toMatchObject({ ok: false, count: 2, fix: check.fix });

    // Listed as an exception of the report (as importing `unquotedNumbers` stores it), the size is no longer a problem.
    await write(`MATCH (r:Report {key: 'report:keski-pohjanmaa-2020'})
                 SET r.unquotedNumbers = r.unquotedNumbers + ['{"type":"Body","field":"size","key":"body:kirjaamisvalmentajien-verkosto","reason":"test"}']`);
    expect(failed(await checkGraph(db.executor))).toEqual({
      'unquoted-numbers': ['Evaluation evaluation:keski-pohjanmaa/2020/priority-3 surveyed=21, stated by report:keski-pohjanmaa-2020'],
    });
  });
});
