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
import { startTestApi, type TestApi } from '../support/api.js';
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
Centria-ammattikorkeakoulu Pirjo Forss-Pennanen, tutkimusjohtaja
Markku Kallinen jäi pois alueohjausryhmästä.
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
  // A changed title, a stated end, a seat gone from the complete list, a project the report does not mention.
  text = text.replace(/(centria-amk-member\n(?: {4}.*\n)*? {4}title: )yliopettaja/, '$1tutkimusjohtaja');
  after('centria-amk-member\n', 'source: { section: Keski-Pohjanmaan alueohjausryhmä 2021, quote: "Pirjo Forss-Pennanen, tutkimusjohtaja" }');
  after('key: seat:keski-pohjanmaa-alueohjausryhma/ventuskartano-ry-deputy', 'ended: true\n    source: { section: Keski-Pohjanmaan alueohjausryhmä 2021, quote: "Markku Kallinen jäi pois alueohjausryhmästä." }');
  const drop = (key: string) => (text = text.replace(new RegExp(`  - key: ${key}\\n(?: {4,}.*\\n)*`), ''));
  drop('seat:keski-pohjanmaa-alueohjausryhma/kokkotyosaatio-member');
  drop('project:kansa-koulu-iii');
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
    expect(edits.written).toBeLessThanOrEqual(25);

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

/**
 * Years as first-class (issue 14.1–3), through the API, on the scaffolded SYNTHETIC 2021 above: each year's view
 * answers that year's report, histories list both, seats continue, compareYears tells continued / appeared / ended /
 * not mentioned apart, and 2020's answers do not move when 2021 arrives.
 */
describe('years through the API', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(db.executor);
  });
  afterAll(() => api.stop());
  const q = async (query: string, variables?: Record<string, unknown>) => {
    const { data, errors } = await api.raw(query, variables);
    expect(errors).toBeUndefined();
    return data!;
  };
  const YEAR_VIEW = `query ($year: Int) {
    bodies(year: $year, filter: { kinds: [STEERING_GROUP] }) { edges { node {
      meetingsPerYear
      seats(year: $year, first: 100) { key title role ended statedIn carriedOver person { key } deputyFor { key } }
    } } }
    projects(year: $year, first: 100) { edges { node { key status statedIn carriedOver } } }
    priorities(year: $year) { key title }
  }`;
  const viewOf2020 = () => q(YEAR_VIEW, { year: 2020 });

  it('2020 answers the same before and after 2021 is imported; 2021 answers 2021; without a year, the newest', async () => {
    await resetGraph(db);
    await importSeeds(db.executor, [path.join(seeds, '2020')]);
    const before = await viewOf2020();
    await importSeeds(db.executor, [path.join(seeds, '2020'), path.join(seeds, '2021')]);
    expect(await viewOf2020()).toEqual(before);

    const meetings = await q(`{ y2020: bodies(year: 2020, filter: { kinds: [STEERING_GROUP] }) { edges { node { meetingsPerYear statedIn } } }
      y2021: bodies(year: 2021, filter: { kinds: [STEERING_GROUP] }) { edges { node { meetingsPerYear statedIn } } }
      newest: body(key: "body:keski-pohjanmaa-alueohjausryhma") { meetingsPerYear meetingsHistory: history(fields: [meetingsPerYear]) { year value number reportKey sources { quote } } } }`);
    expect(meetings.y2020.edges[0].node).toEqual({ meetingsPerYear: 6, statedIn: 2020 });
    expect(meetings.y2021.edges[0].node).toEqual({ meetingsPerYear: 7, statedIn: 2021 });
    expect(meetings.newest.meetingsPerYear).toBe(7);
    expect(meetings.newest.meetingsHistory).toEqual([
      { year: 2020, value: '6', number: 6, reportKey: 'report:keski-pohjanmaa-2020', sources: [
          // The 2020 quotes that name meetingsPerYear (both state the six meetings), not the body's other quotes.
          { quote: 'Alueohjausryhmä kokoontui vuoden aikana kuusi kertaa.' },
          { quote: 'Pidetyt kuusi kokousta ovat olleet osallistujille informatiivisia' },
        ] },
      { year: 2021, value: '7', number: 7, reportKey: 'report:keski-pohjanmaa-2021', sources: [{ quote: 'kokoontui vuonna 2021 seitsemän kertaa' }] },
    ]);

    const y2021 = await q(YEAR_VIEW, { year: 2021 });
    const seat = (view: typeof y2021, key: string) => view.bodies.edges[0].node.seats.find((s: { key: string }) => s.key === `seat:keski-pohjanmaa-alueohjausryhma/${key}`);
    expect(seat(before, 'centria-amk-member').title).toBe('yliopettaja');
    expect(seat(y2021, 'centria-amk-member').title).toBe('tutkimusjohtaja');
    expect(seat(y2021, 'ventuskartano-ry-deputy')).toMatchObject({ ended: true, statedIn: 2021 });
    // Gone from the complete list: not among 2021's seats.
    expect(seat(y2021, 'kokkotyosaatio-member')).toBeUndefined();
    const project = (view: typeof y2021, key: string) => view.projects.edges.find((e: { node: { key: string } }) => e.node.key === key)?.node;
    expect(project(before, 'project:kehitysvammaiset-osallisina-green-care').status).toBe('ONGOING');
    expect(project(y2021, 'project:kehitysvammaiset-osallisina-green-care')).toMatchObject({ status: 'COMPLETED', statedIn: 2021, carriedOver: [] });
    expect(project(y2021, 'project:kansa-koulu-iii')).toBeUndefined();

    // A 2021 traversal reaching an organisation only 2020 describes: its fields carried over, and said so.
    const carried = await q(`{ project(key: "project:enter-elamassa-eteenpain") { participants(year: 2021) { years organization { key name statedIn carriedOver } } } }`);
    const partner = carried.project.participants.find((p: { organization: { key: string } }) => p.organization.key === 'org:sonet-botnia');
    expect(partner.organization.statedIn).toBe(2020);
    expect(partner.organization.carriedOver).toContain('name');
  });

  it('a seat is one seat across the years: its history shows the changed title; its 2020 key still finds it', async () => {
    const data = await q(`{ seat(key: "seat:keski-pohjanmaa-alueohjausryhma/2020/centria-amk-member") {
      key years history(fields: [title, role]) { field year value sources { quote } } } }`);
    expect(data.seat).toMatchObject({ key: 'seat:keski-pohjanmaa-alueohjausryhma/centria-amk-member', years: [2020, 2021] });
    expect(data.seat.history.map((h: { field: string; year: number; value: string }) => [h.field, h.year, h.value])).toEqual([
      ['title', 2020, 'yliopettaja'],
      ['title', 2021, 'tutkimusjohtaja'],
      ['role', 2020, 'MEMBER'],
      ['role', 2021, 'MEMBER'],
    ]);
    expect(data.seat.history[1].sources).toEqual([{ quote: 'Pirjo Forss-Pennanen, tutkimusjohtaja' }]);
  });

  it('compareYears tells continued, appeared, ended (stated / absent from a complete list) and not mentioned apart, with quotes', async () => {
    const data = await q(`{ compareYears(from: 2020, to: 2021) {
      seats { items { key change endedBy sources { quote } } kept }
      seatsByOrganization { holder { key } body { key } change endedBy }
      seatsByPerson { holder { key } change endedBy }
      projects { items { key change endedBy } }
      organizations { items { key change } appeared { key } notMentioned { key } }
      priorities { items { key change } }
    } }`);
    const c = data.compareYears;
    const seat = (key: string) => c.seats.items.find((i: { key: string }) => i.key === `seat:keski-pohjanmaa-alueohjausryhma/${key}`);
    expect(seat('soite-member-1')).toMatchObject({ change: 'CONTINUED', endedBy: null });
    expect(seat('ventuskartano-ry-deputy')).toMatchObject({ change: 'ENDED', endedBy: 'STATED', sources: [{ quote: 'Markku Kallinen jäi pois alueohjausryhmästä.' }] });
    expect(seat('kokkotyosaatio-member')).toMatchObject({ change: 'ENDED', endedBy: 'ABSENT_FROM_COMPLETE_LIST' });
    expect(c.seats.items.filter((i: { change: string }) => i.change === 'CONTINUED')).toHaveLength(c.seats.items.length - 2);
    expect(c.seatsByOrganization).toContainEqual({ holder: { key: 'org:kokkotyosaatio' }, body: { key: 'body:keski-pohjanmaa-alueohjausryhma' }, change: 'ENDED', endedBy: 'ABSENT_FROM_COMPLETE_LIST' });
    // Ventuskartano keeps its member seat: the organisation continues though its deputy left.
    expect(c.seatsByOrganization).toContainEqual(expect.objectContaining({ holder: { key: 'org:ventuskartano-ry' }, change: 'CONTINUED' }));
    expect(c.seatsByPerson).toContainEqual({ holder: { key: 'person:markku-kallinen' }, change: 'ENDED', endedBy: 'STATED' });
    const project = (key: string) => c.projects.items.find((i: { key: string }) => i.key === key);
    expect(project('project:kehitysvammaiset-osallisina-green-care')).toMatchObject({ change: 'ENDED', endedBy: 'STATED' });
    expect(project('project:kansa-koulu-iii')).toMatchObject({ change: 'NOT_MENTIONED', endedBy: null });
    expect(project('project:verna')).toMatchObject({ change: 'CONTINUED' });
    expect(c.organizations.appeared).toEqual([{ key: 'org:synthetic-uusi-yhdistys' }]);
    // Soite is not restated, but its seats are: mentioned, so continued.
    expect(c.organizations.items).toContainEqual({ key: 'org:soite', change: 'CONTINUED' });
    // The 2021 file lists no priorities and does not say its list is complete: not mentioned, not ended.
    expect(new Set(c.priorities.items.map((i: { change: string }) => i.change))).toEqual(new Set(['NOT_MENTIONED']));
    console.log(
      'compareYears(2020, 2021) on the scaffolded fixture:',
      JSON.stringify({
        seats: count(c.seats.items),
        seatsByOrganization: count(c.seatsByOrganization),
        seatsByPerson: count(c.seatsByPerson),
        projects: count(c.projects.items),
        organizations: count(c.organizations.items),
        priorities: count(c.priorities.items),
      }),
    );
  });

  it('the same year written with year-scoped seat keys (the older form) gives the same graph', async () => {
    const scaffolded = await contentFingerprint(db);
    const old = mkdtempSync(path.join(os.tmpdir(), 'botnia-next-year-old-keys-'));
    try {
      mkdirSync(path.join(old, '2021'));
      copyFileSync(path.join(seeds, '2021', 'keski-pohjanmaa.source.txt'), path.join(old, '2021', 'keski-pohjanmaa.source.txt'));
      const text = readFileSync(draftFile, 'utf8').replace(/seat:keski-pohjanmaa-alueohjausryhma\//g, 'seat:keski-pohjanmaa-alueohjausryhma/2021/');
      writeFileSync(path.join(old, '2021', 'keski-pohjanmaa.yaml'), text);
      await resetGraph(db);
      await importSeeds(db.executor, [path.join(seeds, '2020'), path.join(old, '2021')]);
      expect(await contentFingerprint(db)).toBe(scaffolded);
    } finally {
      rmSync(old, { recursive: true, force: true });
    }
  });
});

function count(items: { change: string; endedBy?: string | null }[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const i of items) {
    const k = i.endedBy ? `${i.change}/${i.endedBy}` : i.change;
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}
