/**
 * Next year without re-declaring (issue 14.4, import side): `npm run seed -- new 2021 --from …2020…` drafts the
 * next year's file; its TODOs are listed with their lines; filled in from a SYNTHETIC report text it imports next to
 * 2020, referring to 2020's entities by key, and the graph checks clean. A file that refers to what the graph does
 * not hold fails whole with file, line and did-you-mean.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportSeeds } from '../../src/import/export.js';
import { importSeeds } from '../../src/import/import.js';
import { SeedValidationError } from '../../src/import/problems.js';
import { openTestDb, REPORT_2020, resetGraph, type TestDb } from '../support/db.js';
import { contentFingerprint, expectConsistentGraph } from '../support/graph-state.js';

const db: TestDb = openTestDb();
const seeds = mkdtempSync(path.join(os.tmpdir(), 'botnia-next-year-'));
const draftFile = path.join(seeds, '2021', 'keski-pohjanmaa.yaml');
afterAll(async () => {
  rmSync(seeds, { recursive: true, force: true });
  await db.close();
});

const run = promisify(execFile);
async function seedCli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'src/import/cli.ts', ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** Lines of `after` not kept from `before` (a longest common subsequence of lines), and lines of `before` dropped. */
function lineEdits(before: string[], after: string[]): { written: number; deleted: number; kept: number } {
  const dp = Array.from({ length: before.length + 1 }, () => new Array<number>(after.length + 1).fill(0));
  for (let i = before.length - 1; i >= 0; i--) {
    for (let j = after.length - 1; j >= 0; j--) {
      dp[i]![j] = before[i] === after[j] ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
    }
  }
  const kept = dp[0]![0]!;
  return { written: after.length - kept, deleted: before.length - kept, kept };
}

// SYNTHETIC report text: invented for this test, not from any SONet BOTNIA report.
const SYNTHETIC_TEXT = `SYNTHETIC TEST TEXT — not a real report.
SONet BOTNIAn Toimintakertomus vuodelta 2021 / Keski-Pohjanmaa (synteettinen)
Keski-Pohjanmaan alueohjausryhmä 2021
Alueohjausryhmä kokoontui vuonna 2021 seitsemän kertaa.
Soite Tarja Oikarinen-Nybacka, sosiaalijohtaja, varahenkilö Jussi Salminen, kehittämisjohtaja
Green Care -hanke päättyi vuoden 2021 lopussa.
ENTER-hankkeessa aloitti kumppanina Synteettinen Uusi Yhdistys ry.
31.1.2022 Iiris Jurvansuu
`;

const TODO_SOURCE = 'source: { section: TODO, quote: TODO }';

/** The curator's edits: this year's changes and their quotes; every carried entry the report confirms without a quote loses its TODO source. */
function fillIn(draft: string): string {
  let text = draft
    .replace('  title: TODO', '  title: SONet BOTNIAn Toimintakertomus vuodelta 2021 / Keski-Pohjanmaa (synteettinen)')
    .replace('  date: TODO', '  date: "2022-01-31"')
    .replace(`  sourceFile: keski-pohjanmaa.source.txt\n  ${TODO_SOURCE}`, '  sourceFile: keski-pohjanmaa.source.txt\n  source: { section: Allekirjoitus, quote: "31.1.2022 Iiris Jurvansuu" }')
    .replace(/ {4}meetingsPerYear: TODO.*\n((?: {4}.*\n)*?) {4}source: .*\n/, '    meetingsPerYear: 7\n$1    source: { section: Keski-Pohjanmaan alueohjausryhmä 2021, quote: "kokoontui vuonna 2021 seitsemän kertaa" }\n');
  const after = (anchor: string, replacement: string) => {
    const at = text.indexOf(anchor);
    const todo = text.indexOf(TODO_SOURCE, at);
    text = text.slice(0, todo) + replacement + text.slice(todo + TODO_SOURCE.length);
  };
  after('soite-member-1\n', 'source: { section: Keski-Pohjanmaan alueohjausryhmä 2021, quote: "Soite Tarja Oikarinen-Nybacka, sosiaalijohtaja" }');
  after('soite-deputy-1\n', 'source: { section: Keski-Pohjanmaan alueohjausryhmä 2021, quote: "varahenkilö Jussi Salminen, kehittämisjohtaja" }');
  after('key: project:kehitysvammaiset-osallisina-green-care', 'source: { section: Hankkeet, quote: "Green Care -hanke päättyi vuoden 2021 lopussa." }');
  text = text.replace(/(shortName: Green Care\n {4}status: )ONGOING/, '$1COMPLETED');
  after('key: project:enter-elamassa-eteenpain', 'source: { section: Hankkeet, quote: "ENTER-hankkeessa aloitti kumppanina Synteettinen Uusi Yhdistys ry." }');
  text = text.replace(
    /(key: project:enter-elamassa-eteenpain\n(?:.*\n)*? {4}participants:\n)/,
    '$1      - organization: org:synthetic-uusi-yhdistys\n        role: PARTNER\n',
  );
  text +=
    '\norganizations:\n  - key: org:synthetic-uusi-yhdistys\n    name: Synteettinen Uusi Yhdistys ry\n    kind: ASSOCIATION\n' +
    '    source: { section: Hankkeet, quote: "Synteettinen Uusi Yhdistys ry" }\n';
  // The rest the report restates as it was: no quote of their own.
  return text.replace(new RegExp(`\\n +${TODO_SOURCE.replace(/[{}]/g, '\\$&')}`, 'g'), '');
}

describe('next year without re-declaring', () => {
  beforeAll(async () => {
    mkdirSync(path.join(seeds, '2020'));
    copyFileSync(REPORT_2020, path.join(seeds, '2020', 'keski-pohjanmaa.yaml'));
    copyFileSync('seeds/2020/keski-pohjanmaa.source.txt', path.join(seeds, '2020', 'keski-pohjanmaa.source.txt'));
    await resetGraph(db);
  });

  it('drafts 2021 from 2020: the seats, the body with seats and the projects not ended, each TODO listed with its line', async () => {
    const made = await seedCli('new', '2021', '--from', path.join(seeds, '2020', 'keski-pohjanmaa.yaml'));
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toMatch(/^wrote \S+2021\/keski-pohjanmaa\.yaml: \d+ lines, \d+ with a TODO for the curator/);
    const draft = readFileSync(draftFile, 'utf8');
    // Seats continue: the same keys as 2020's, and the complete list is carried as one.
    expect(draft).toContain('key: seat:keski-pohjanmaa-alueohjausryhma/soite-deputy-1');
    expect(draft).toContain('deputyFor: seat:keski-pohjanmaa-alueohjausryhma/soite-member-1');
    expect(draft).toContain('seatsComplete: true');
    expect(draft).toContain('key: report:keski-pohjanmaa-2021');
    expect(draft).not.toMatch(/^organizations:|^people:/m);
    // A second run does not overwrite the curator's work.
    expect((await seedCli('new', '2021', '--from', path.join(seeds, '2020', 'keski-pohjanmaa.yaml'))).code).toBe(1);

    const checked = await seedCli(draftFile, '--offline');
    expect(checked.code).toBe(1);
    const listed = checked.stderr.split('\n').filter((l) => l.includes('still to write (TODO)'));
    const todoLines = draft.split('\n').flatMap((l, i) => (l.includes('TODO') && !l.startsWith('#') ? [i + 1] : []));
    // Exactly one message per line with a TODO, each with its line.
    expect(listed.map((l) => Number(/keski-pohjanmaa\.yaml:(\d+) /.exec(l)?.[1]))).toEqual(todoLines);
    expect(listed.filter((l) => /source\.quote: quote still to write/.test(l))).toHaveLength(draft.split(TODO_SOURCE).length - 1);
  });

  it('filled in, it imports next to 2020 referring to 2020 by key; only what it restates is stated by 2021', async () => {
    const draft = readFileSync(draftFile, 'utf8');
    const filled = fillIn(draft);
    expect(filled).not.toMatch(/^[^#\n]*TODO/m);
    writeFileSync(draftFile, filled);
    writeFileSync(path.join(seeds, '2021', 'keski-pohjanmaa.source.txt'), SYNTHETIC_TEXT);
    const edits = lineEdits(draft.split('\n'), filled.split('\n'));
    console.log(`scaffold ${draft.split('\n').length - 1} lines generated; curator wrote ${edits.written} lines, deleted ${edits.deleted}, kept ${edits.kept}`);
    expect(edits.written).toBeLessThanOrEqual(20);

    const offline = await seedCli(draftFile, '--offline');
    expect(offline.code, offline.stderr).toBe(0);
    expect(offline.stdout).toMatch(/refers to entities it does not define: \d+ from \S+2020\/keski-pohjanmaa\.yaml/);

    // A dry run of both files into the empty graph: the 2021 file counts on what the 2020 file would create.
    const dry = await importSeeds(db.executor, [seeds], { dryRun: true });
    expect(dry.map((s) => s.report)).toEqual(['report:keski-pohjanmaa-2020', 'report:keski-pohjanmaa-2021']);
    expect([...new Set(dry[1]!.references.map((r) => r.from))]).toEqual([expect.stringMatching(/2020\/keski-pohjanmaa\.yaml$/)]);

    // Alone, into a graph without 2020, it fails whole: nothing of it is written.
    const alone = await importSeeds(db.executor, [draftFile]).catch((e: unknown) => e);
    expect(alone).toBeInstanceOf(SeedValidationError);
    expect((alone as SeedValidationError).message).toMatch(/keski-pohjanmaa\.yaml:\d+ report\.author: unknown person "person:iiris-jurvansuu": \S+2020\/keski-pohjanmaa\.yaml defines it, but the graph does not hold it yet: import that file first/);
    expect(await db.executor.read('MATCH (n) WHERE NOT n:GraphMeta RETURN count(n) AS n')).toEqual([{ n: 0 }]);

    const [y2020, y2021] = await importSeeds(db.executor, [seeds]);
    expect(y2020!.changed && y2021!.changed).toBe(true);
    await expectConsistentGraph(db);
    const read = (cypher: string) => db.executor.read(cypher);
    expect(await read(`MATCH (b:Body {key: 'body:keski-pohjanmaa-alueohjausryhma'}) RETURN b.meetingsPerYear AS m, b.meetingsHistory AS h`)).toEqual([
      { m: 7, h: ['2020:6', '2021:7'] },
    ]);
    expect(await read(`MATCH (p:Project {key: 'project:kehitysvammaiset-osallisina-green-care'}) RETURN p.status AS s, p.statusHistory AS h`)).toEqual([
      { s: 'COMPLETED', h: ['2020:ONGOING', '2021:COMPLETED'] },
    ]);
    // One seat across both years, the deputy pairing stated by both.
    expect(
      await read(`MATCH (:Person {key: 'person:jussi-salminen'})<-[:HELD_BY]-(s:Seat)-[d:DEPUTY_FOR]->(m:Seat)-[:HELD_BY]->(p:Person)
                  RETURN s.key AS seat, s.years AS years, d.years AS paired, p.key AS member, s.identifiers AS identifiers`),
    ).toEqual([
      {
        seat: 'seat:keski-pohjanmaa-alueohjausryhma/soite-deputy-1',
        years: [2020, 2021],
        paired: [2020, 2021],
        member: 'person:tarja-oikarinen-nybacka',
        identifiers: ['seat:keski-pohjanmaa-alueohjausryhma/2020/soite-deputy-1', 'seat:keski-pohjanmaa-alueohjausryhma/2021/soite-deputy-1'],
      },
    ]);
    // Referred to only: its fields and years are 2020's; a new organisation joins a continuing project.
    expect(await read(`MATCH (o:Organization {key: 'org:centria-amk'}) RETURN o.years AS years, o.name AS name`)).toEqual([
      { years: [2020], name: 'Centria ammattikorkeakoulu' },
    ]);
    expect(
      await read(`MATCH (o:Organization)-[r:PARTICIPATES_IN]->(:Project {key: 'project:enter-elamassa-eteenpain'}) RETURN o.key AS org, r.years AS years ORDER BY org`),
    ).toEqual([
      { org: 'org:sonet-botnia', years: [2020, 2021] },
      { org: 'org:synthetic-uusi-yhdistys', years: [2021] },
    ]);

    // seed:export writes the 2021 file referring to 2020's entities the same way; the export imports back the same.
    const graph = await contentFingerprint(db);
    const exported = path.join(seeds, 'export');
    await exportSeeds(db.executor, exported);
    await resetGraph(db);
    await importSeeds(db.executor, [exported]);
    expect(await contentFingerprint(db)).toBe(graph);
  });

  it('a key nothing defines fails at import with file, line and the closest key the graph holds', async () => {
    const other = mkdtempSync(path.join(os.tmpdir(), 'botnia-next-year-typo-'));
    try {
      const file = path.join(other, '2021', 'x.yaml');
      mkdirSync(path.dirname(file));
      writeFileSync(
        file,
        ['report:', '  key: report:typo-2021', '  title: T', '  region: Keski-Pohjanmaa', '  year: 2021', '  date: "2022-01-01"',
          '  author: person:iiris-jurvansuu', '  about: org:sonet-botnia', 'projects:', '  - key: project:typo', '    name: T', '    status: ONGOING',
          '    participants:', '      - organization: org:sotie', '        role: LEAD', ''].join('\n'),
      );
      const failed = await importSeeds(db.executor, [file]).catch((e: unknown) => e);
      expect((failed as Error).message).toMatch(/x\.yaml:14 projects\[0\]\.participants\[0\]\.organization: unknown organization "org:sotie": neither this file, an earlier year's seed file nor the graph defines it; did you mean org:soite\b/);
      expect(await db.executor.read(`MATCH (r:Report {key: 'report:typo-2021'}) RETURN r`)).toEqual([]);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
