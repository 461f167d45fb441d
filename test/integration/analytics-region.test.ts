/**
 * The analytics narrowed to a region (issue 14.1): with the real Keski-Pohjanmaa 2020 report and the SYNTHETIC
 * Pohjanmaa 2020 report (test/fixtures/synthetic-pohjanmaa-2020.yaml: Centria a partner of TASOS) imported, each
 * region's network, centrality, collaborators, neighbours and export answer its own report's members and ties; without a region
 * they answer both; a region no report has is NOT_FOUND.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { importSeeds } from '../../src/import/import.js';
import { withReport2020 } from '../support/report-2020.js';

const POHJANMAA_2020 = 'test/fixtures/synthetic-pohjanmaa-2020.yaml';

const report = withReport2020({ http: true });
const { db, api } = report;

/** The Keski-Pohjanmaa 2020 network before the other region's report is imported: what its region view must keep. */
let kpOnly: Record<string, any>;

const NETWORK = `query($region: String) {
  network(year: 2020, region: $region) { region nodes { key } edges { source target via evidence { item { key } involvements { member { key } } } } }
  centrality(year: 2020, region: $region, first: 1000, measure: DEGREE) { key degree }
  centria: collaborators(key: "org:centria-amk", year: 2020, region: $region, first: 500) { organization { key } via { key } }
  expand: neighbours(key: "org:centria-amk", year: 2020, region: $region, first: 500) { type role from { key } to { key } }
}`;

beforeAll(async () => {
  kpOnly = await q(NETWORK, { region: null });
  await importSeeds(db.executor, [POHJANMAA_2020]);
});

async function q(query: string, variables?: Record<string, unknown>) {
  const { data, errors } = await api.raw(query, variables);
  expect(errors).toBeUndefined();
  return data!;
}

/** The first error of a query that should fail. */
async function errorOf(query: string) {
  const { errors } = (await api.raw(query)) as { errors?: { message: string; extensions?: { code?: string } }[] };
  return errors?.[0];
}

const keys = (list: { key: string }[]) => list.map((n) => n.key).sort();
const pairs = (edges: { source: string; target: string }[]) => edges.map((e) => [e.source, e.target].sort().join(' ~ ')).sort();
/** A tie only TASOS makes, and only with the Pohjanmaa report's Centria partnership. */
const TASOS_TIE = 'org:centria-amk ~ org:kokkolan-yliopistokeskus-chydenius';
type Edge = { source: string; target: string; via: string[] };
type Step = { type: string; role: string | null; from: { key: string }; to: { key: string } };
/** What expanding Centria reaches: `TYPE other-key`. */
const reached = (steps: Step[]) => steps.map((s) => `${s.type} ${s.from.key === 'org:centria-amk' ? s.to.key : s.from.key}`).sort();
const centriaVia = (edges: Edge[]) => edges.filter((e) => e.source === 'org:centria-amk' || e.target === 'org:centria-amk').flatMap((e) => e.via);

describe('analytics of one region', () => {
  it('Keski-Pohjanmaa answers what its own report states, unmoved by the other region’s report', async () => {
    const kp = await q(NETWORK, { region: 'Keski-Pohjanmaa' });
    expect(kp.network.region).toBe('Keski-Pohjanmaa');
    expect(keys(kp.network.nodes)).toEqual(keys(kpOnly.network.nodes));
    expect(pairs(kp.network.edges)).toEqual(pairs(kpOnly.network.edges));
    expect(kp.centrality).toEqual(kpOnly.centrality);
    expect(kp.centria).toEqual(kpOnly.centria);
    // TASOS ties Centria only in the Pohjanmaa report: not in this region's view.
    expect(pairs(kp.network.edges)).not.toContain(TASOS_TIE);
    expect(centriaVia(kp.network.edges)).not.toContain('project:tasos');
    expect(kp.centria.flatMap((c: { via: { key: string }[] }) => c.via.map((v) => v.key))).not.toContain('project:tasos');
    expect(kp.expand).toEqual(kpOnly.expand);
    expect(reached(kp.expand)).not.toContain('PARTICIPATES_IN project:tasos');
    // Case-insensitive, as the list views: the same answer.
    expect(await q(NETWORK, { region: 'keski-pohjanmaa' })).toEqual({ ...kp, network: { ...kp.network, region: 'keski-pohjanmaa' } });
  });

  it('Pohjanmaa answers only its report’s members, which share no item there', async () => {
    const p = await q(NETWORK, { region: 'Pohjanmaa' });
    expect(keys(p.network.nodes)).toEqual(['org:centria-amk', 'org:sonet-botnia']);
    expect(p.network.edges).toEqual([]);
    expect(p.centrality.map((c: { key: string; degree: number }) => [c.key, c.degree]).sort()).toEqual([
      ['org:centria-amk', 0],
      ['org:sonet-botnia', 0],
    ]);
    expect(p.centria).toEqual([]);
    // Expanding Centria in this region's view: the one relationship its report states.
    expect(p.expand).toEqual([{ type: 'PARTICIPATES_IN', role: 'PARTNER', from: { key: 'org:centria-amk' }, to: { key: 'project:tasos' } }]);
  });

  it('without a region, both reports: Centria tied through TASOS, with each side’s evidence', async () => {
    const all = await q(NETWORK, { region: null });
    expect(all.network.region).toBeNull();
    // Both reports state Centria and SONet BOTNIA, which the Keski-Pohjanmaa report states too: the same members.
    expect(keys(all.network.nodes)).toEqual(keys(kpOnly.network.nodes));
    expect(pairs(all.network.edges)).toContain(TASOS_TIE);
    // Centria and SONet BOTNIA are tied in Keski-Pohjanmaa already; both reports together add TASOS to that tie.
    expect(centriaVia(all.network.edges).filter((v) => v === 'project:tasos')).toHaveLength(2);
    const tasos = all.network.edges.find((e: Edge) => [e.source, e.target].sort().join(' ~ ') === TASOS_TIE);
    expect(tasos.via).toEqual(['project:tasos']);
    expect(tasos.evidence[0].involvements.map((i: { member: { key: string } }) => i.member.key).sort()).toEqual([
      'org:centria-amk',
      'org:kokkolan-yliopistokeskus-chydenius',
    ]);
    expect(all.centria.map((c: { organization: { key: string } }) => c.organization.key)).toEqual(
      expect.arrayContaining(['org:kokkolan-yliopistokeskus-chydenius', 'org:sonet-botnia']),
    );
    // Expanding Centria without a region: both reports' relationships.
    expect(reached(all.expand)).toEqual([...reached(kpOnly.expand), 'PARTICIPATES_IN project:tasos'].sort());
    // The all-regions view has ties neither region's has.
    expect(all.network.edges.length).toBeGreaterThan(kpOnly.network.edges.length);
  });

  it('the export narrows the same way, by GraphQL and by URL, and names the region in the file name', async () => {
    const file = await q(`{ networkExport(format: JSON, year: 2020, region: "Pohjanmaa") }`);
    const json = JSON.parse(file.networkExport);
    expect(json.nodes.map((n: { key?: string; id?: string }) => n.key ?? n.id).sort()).toEqual(['org:centria-amk', 'org:sonet-botnia']);
    expect(json.edges).toEqual([]);
    const res = await fetch(`${report.base}/export/network.json?year=2020&region=Pohjanmaa`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('botnia-network-2020-pohjanmaa.json');
    expect(JSON.parse(await res.text())).toEqual(json);
  });

  it('a region no report has is NOT_FOUND, naming the regions held; a known region without a report that year exports NOT_FOUND', async () => {
    for (const field of [
      'network(region: "Lappi") { nodes { key } }',
      'centrality(year: 2020, region: "Lappi") { key }',
      'collaborators(key: "org:centria-amk", region: "Lappi") { weight }',
      'communities(region: "Lappi") { id }',
      'connection(from: "org:centria-amk", to: "org:sonet-botnia", region: "Lappi") { length }',
      'funderPortfolio(funder: "funder:esr", region: "Lappi") { projectCount }',
      'networkExport(format: GEXF, region: "Lappi")',
      'neighbours(key: "org:centria-amk", region: "Lappi") { type }',
    ]) {
      const error = await errorOf(`{ ${field} }`);
      expect(error?.extensions?.code, field).toBe('NOT_FOUND');
      expect(error?.message).toMatch(/Lappi.*Keski-Pohjanmaa, Pohjanmaa/);
    }
    const res = await fetch(`${report.base}/export/network.gexf?region=Lappi`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('NOT_FOUND');
    const error = await errorOf(`{ networkExport(format: GEXF, year: 2021, region: "Pohjanmaa") }`);
    expect(error?.extensions?.code).toBe('NOT_FOUND');
    expect(error?.message).toContain('No report of Pohjanmaa for 2021');
  });

  it('connection and a funder’s portfolio follow only the region’s statements', async () => {
    const { pohjanmaa, kp, all } = await q(`{
      pohjanmaa: connection(from: "org:centria-amk", to: "org:kokkolan-yliopistokeskus-chydenius", year: 2020, region: "Pohjanmaa", maxLength: 2) { length }
      kp: funderPortfolio(funder: "funder:esr", year: 2020, region: "Pohjanmaa") { projectCount }
      all: connection(from: "org:centria-amk", to: "org:kokkolan-yliopistokeskus-chydenius", year: 2020, maxLength: 2) { length steps { type } }
    }`);
    // Chydenius is not in the Pohjanmaa report: no connection there; both reports together: through TASOS.
    expect(pohjanmaa).toEqual([]);
    expect(kp.projectCount).toBe(0);
    expect(all.length).toBeGreaterThan(0);
  });
});
