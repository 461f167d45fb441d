/**
 * Years and regions as first-class (issue 14.1, 14.4): import order changes no answer, and two regions' reports of one
 * year sit side by side. Fixtures: the real 2020 report, the SYNTHETIC self-contained 2021 fixture (so it can be
 * imported first) and a SYNTHETIC Pohjanmaa 2020 report describing some of the same entities differently.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSeeds } from '../../src/import/import.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { openTestDb, REPORT_2020, resetGraph, type TestDb } from '../support/db.js';

const Y2021 = 'test/fixtures/synthetic-keski-pohjanmaa-2021.yaml';
const POHJANMAA_2020 = 'test/fixtures/synthetic-pohjanmaa-2020.yaml';

const db: TestDb = openTestDb();
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi(db.executor);
});
afterAll(async () => {
  await api.stop();
  await db.close();
});

async function q(query: string, variables?: Record<string, unknown>) {
  const { data, errors } = await api.raw(query, variables);
  expect(errors).toBeUndefined();
  return data!;
}

const HISTORY = 'history { field year region reportKey value number flag }';
const yearView = (year: number) => `
  organizations${year}: organizations(year: ${year}, first: 100) { edges { node { key name shortName kind statedIn carriedOver ${HISTORY} } } }
  projects${year}: projects(year: ${year}, first: 100) { edges { node { key name status statedIn carriedOver ${HISTORY}
    participants(year: ${year}) { role statedIn ${HISTORY} organization { key name } } } } }
  priorities${year}: priorities(year: ${year}) { key code title statedIn carriedOver ${HISTORY} }
  evaluations${year}: evaluations(filter: { year: ${year} }, first: 100) { edges { node { key value respondents ${HISTORY} } } }`;
const EVERY_VIEW = `{ ${yearView(2020)} ${yearView(2021)}
  newest: projects(first: 100) { edges { node { key status statusHistory { year status } } } }
  priority4: priority(key: "priority:sonet-botnia-4") { title titles history(fields: [title]) { year value } } }`;

describe('import order', () => {
  it('every per-year field answers each year’s value, the same whichever report is imported first', async () => {
    const answers = [];
    for (const order of [[REPORT_2020, Y2021], [Y2021, REPORT_2020]]) {
      await resetGraph(db);
      for (const file of order) await importSeeds(db.executor, [file]);
      answers.push(await q(EVERY_VIEW));
    }
    const [forward, backward] = answers;
    expect(backward).toEqual(forward);

    const verna = (view: string) => forward![view].edges.find((e: { node: { key: string } }) => e.node.key === 'project:verna').node;
    expect(verna('projects2020').status).toBe('ONGOING');
    expect(verna('projects2021').status).toBe('COMPLETED');
    expect(verna('projects2021').history.filter((h: { field: string }) => h.field === 'status').map((h: { year: number; value: string }) => [h.year, h.value])).toEqual([
      [2020, 'ONGOING'],
      [2021, 'COMPLETED'],
    ]);
    const p4 = (view: string) => forward![view].find((p: { key: string }) => p.key === 'priority:sonet-botnia-4');
    expect(p4('priorities2021').title).toBe('TKI –toiminnan ja kestävien kehittämisrakenteiden edistäminen');
    // The 2021 fixture restates STEA without its Swedish name: carried over from 2020, and said so.
    const stea = (view: string) => forward![view].edges.find((e: { node: { key: string } }) => e.node.key === 'org:stea').node;
    expect(stea('organizations2020')).toMatchObject({ statedIn: 2020, carriedOver: [] });
    expect(stea('organizations2021').statedIn).toBe(2021);
    expect(stea('organizations2021').carriedOver).toContain('nameSv');
    // Without a year: the newest report's wording, whichever came last.
    expect(forward!.priority4.title).toBe(p4('priorities2021').title);
    expect(forward!.priority4.history.map((h: { year: number }) => h.year)).toEqual([2020, 2021]);
  });
});

describe('two regions in one year', () => {
  const KP = `{ projects(year: 2020, region: "Keski-Pohjanmaa", first: 100) { edges { node { key name status carriedOver } } }
    organizations(year: 2020, region: "Keski-Pohjanmaa", first: 100) { edges { node { key name } } } }`;

  it('sit side by side: each region’s view answers its own report, the history lists both, one region’s answers do not move', async () => {
    await resetGraph(db);
    await importSeeds(db.executor, [REPORT_2020]);
    const before = await q(KP);
    await importSeeds(db.executor, [POHJANMAA_2020]);
    expect(await q(KP)).toEqual(before);

    const data = await q(`{
      kp: projects(year: 2020, region: "Keski-Pohjanmaa", filter: { text: "TASOS" }) { edges { node { status } } }
      pohjanmaa: projects(year: 2020, region: "Pohjanmaa", first: 100) { edges { node { key status } } }
      tasos: project(key: "project:tasos") { status history(fields: [status]) { year region reportKey value }
        participants(year: 2020, region: "Pohjanmaa") { role organization { key } } }
      centria: organizations(year: 2020, region: "Pohjanmaa", filter: { text: "Centria" }) { edges { node { key name } } }
      centriaKp: organizations(year: 2020, region: "Keski-Pohjanmaa", filter: { text: "Centria" }) { edges { node { key name } } }
    }`);
    expect(data.kp.edges.map((e: { node: { status: string } }) => e.node.status)).toEqual(['PREPARED']);
    expect(data.pohjanmaa.edges.map((e: { node: unknown }) => e.node)).toEqual([{ key: 'project:tasos', status: 'FUNDED' }]);
    expect(data.tasos.history).toEqual([
      { year: 2020, region: 'Keski-Pohjanmaa', reportKey: 'report:keski-pohjanmaa-2020', value: 'PREPARED' },
      { year: 2020, region: 'Pohjanmaa', reportKey: 'report:pohjanmaa-2020-synthetic', value: 'FUNDED' },
    ]);
    // Without a region, two reports of one year: the report key breaks the tie (documented), the same in any order.
    expect(data.tasos.status).toBe('FUNDED');
    expect(data.tasos.participants).toEqual([{ role: 'PARTNER', organization: { key: 'org:centria-amk' } }]);
    expect(data.centria.edges[0].node).toEqual({ key: 'org:centria-amk', name: 'Centria-ammattikorkeakoulu Oy' });
    expect(data.centriaKp.edges[0].node).toEqual({ key: 'org:centria-amk', name: 'Centria ammattikorkeakoulu' });
  });

  it('compareYears narrows to a region', async () => {
    await importSeeds(db.executor, [Y2021]);
    const data = await q(`{
      kp: compareYears(from: 2020, to: 2021, region: "Keski-Pohjanmaa") { region projects { items { key change endedBy } } }
      pohjanmaa: compareYears(from: 2020, to: 2021, region: "Pohjanmaa") { projects { items { key change } } organizations { items { key change } } }
    }`);
    const kp = (key: string) => data.kp.projects.items.find((i: { key: string }) => i.key === key);
    expect(kp('project:verna')).toEqual({ key: 'project:verna', change: 'ENDED', endedBy: 'STATED' });
    expect(kp('project:tasos')).toEqual({ key: 'project:tasos', change: 'NOT_MENTIONED', endedBy: null });
    // Pohjanmaa has no 2021 report: everything it named is not mentioned, nothing ended or appeared.
    expect(data.pohjanmaa.projects.items).toEqual([{ key: 'project:tasos', change: 'NOT_MENTIONED' }]);
    expect(new Set(data.pohjanmaa.organizations.items.map((i: { change: string }) => i.change))).toEqual(new Set(['NOT_MENTIONED']));
  });
});

describe('quotes in a view', () => {
  const KOSTI = 'org:kosti-ry';
  const VERNA = 'project:verna';
  type Quote = { reportKey: string; quote: string };
  const reportsOf = (sources: Quote[]) => [...new Set(sources.map((s) => s.reportKey))].sort();
  const SOURCES = 'sources { reportKey quote }';
  const lead = (year: number | null) => `organizations(${year ? `year: ${year}, ` : ''}filter: { text: "Kosti" }) { edges { node { key
    projects${year ? `(year: ${year})` : ''} { role ${SOURCES} history { year reportKey sources { reportKey quote } } project { key } } } } }`;

  it('a year’s view gives the quotes of that year’s report, every year’s stay in the history; a region’s view its own report’s', async () => {
    await resetGraph(db);
    await importSeeds(db.executor, [REPORT_2020, Y2021, POHJANMAA_2020]);
    const data = await q(`{ y2020: ${lead(2020)} y2021: ${lead(2021)} all: ${lead(null)}
      centriaP: organizations(year: 2020, region: "Pohjanmaa", filter: { text: "Centria" }) { edges { node { key ${SOURCES} } } }
      centriaKp: organizations(year: 2020, region: "Keski-Pohjanmaa", filter: { text: "Centria" }) { edges { node { key ${SOURCES} } } }
      centria: organizations(filter: { text: "Centria" }) { edges { node { key ${SOURCES} } } } }`);
    type Edge = { role: string; sources: Quote[]; history: { year: number; reportKey: string; sources: Quote[] }[]; project: { key: string } };
    const vernaLead = (view: string): Edge =>
      data[view].edges.find((e: { node: { key: string } }) => e.node.key === KOSTI).node.projects.find((p: Edge) => p.project.key === VERNA);

    // Kosti ry leads VERNA in both years' reports, each with its own quote.
    expect(reportsOf(vernaLead('all').sources)).toEqual(['report:keski-pohjanmaa-2020', 'report:keski-pohjanmaa-2021-synthetic']);
    expect(reportsOf(vernaLead('y2020').sources)).toEqual(['report:keski-pohjanmaa-2020']);
    expect(vernaLead('y2021').sources).toEqual([{ reportKey: 'report:keski-pohjanmaa-2021-synthetic', quote: 'synthetic: Kosti ry hallinnoi VERNAa' }]);
    // The 2020 view's history still gives 2021's statement with its quote.
    const later = vernaLead('y2020').history.find((h) => h.year === 2021)!;
    expect(later.sources).toEqual(vernaLead('y2021').sources);
    expect(vernaLead('y2021').history.find((h) => h.year === 2020)!.sources).toEqual(vernaLead('y2020').sources);

    // Centria as each region's report of 2020 quotes it, and both together without a region.
    const centria = (view: string): Quote[] => data[view].edges.find((e: { node: { key: string } }) => e.node.key === 'org:centria-amk').node.sources;
    expect(centria('centriaP')).toEqual([{ reportKey: 'report:pohjanmaa-2020-synthetic', quote: 'synthetic: Centria-ammattikorkeakoulu Oy' }]);
    expect(reportsOf(centria('centriaKp'))).toEqual(['report:keski-pohjanmaa-2020']);
    expect(reportsOf(centria('centria'))).toEqual(['report:keski-pohjanmaa-2020', 'report:pohjanmaa-2020-synthetic']);
  });
});
