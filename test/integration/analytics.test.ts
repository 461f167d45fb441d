/** Network analytics on the 2020 graph, then with a synthetic 2021 year next to it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSeeds } from '../../src/import/import.js';
import {
  CentralityDocument,
  CollaboratorsDocument,
  CommunitiesDocument,
  CompareYearsDocument,
  ConnectionDocument,
  NetworkDocument,
  NetworkExportDocument,
  PortfolioDocument,
} from '../generated/graphql.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { loadReport2020, openTestDb, type TestDb } from '../support/db.js';

const db: TestDb = openTestDb();
let api: TestApi;

beforeAll(async () => {
  await loadReport2020(db);
  api = await startTestApi(db.executor);
});
afterAll(async () => {
  await api.stop();
  await db.close();
});

describe('analytics on the 2020 graph', () => {
  it('Kosti ry and Keski-Pohjanmaan keskussairaala are connected through VERNA and the OLKA model, with quotes', async () => {
    const { data, errors } = await api.run(ConnectionDocument, { from: 'org:kosti-ry', to: 'org:keski-pohjanmaan-keskussairaala' });
    expect(errors).toBeUndefined();
    const path = data!.connection[0]!;
    expect(path.nodes.map((n) => n.key)).toEqual(['org:kosti-ry', 'project:verna', 'project:olka-keski-pohjanmaan-keskussairaala', 'org:keski-pohjanmaan-keskussairaala']);
    expect(path.length).toBe(3);
    expect(path.steps[0]).toMatchObject({ type: 'PARTICIPATES_IN', forward: true, role: 'LEAD', from: { key: 'org:kosti-ry' } });
    for (const step of path.steps) expect(step.sources[0]!.quote.length).toBeGreaterThan(10);
  });

  it('connections can be limited to relationship kinds and length', async () => {
    const none = await api.run(ConnectionDocument, { from: 'org:kosti-ry', to: 'org:keski-pohjanmaan-keskussairaala', maxLength: 2 });
    expect(none.data!.connection).toEqual([]);
    const viaSeats = await api.run(ConnectionDocument, {
      from: 'org:kosti-ry',
      to: 'org:centria-amk',
      types: ['REPRESENTS', 'SEAT_IN'],
    });
    expect(viaSeats.data!.connection[0]!.steps.every((s) => ['REPRESENTS', 'SEAT_IN'].includes(s.type))).toBe(true);
    const bad = await api.run(ConnectionDocument, { from: 'org:kosti-ry', to: 'org:kosti-ry' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const tooLong = await api.run(ConnectionDocument, { from: 'org:kosti-ry', to: 'org:soite', maxLength: 99 });
    expect(tooLong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('Kosti ry works most with SONet BOTNIA: the steering group and VERNA', async () => {
    const { data } = await api.run(CollaboratorsDocument, { key: 'org:kosti-ry', year: 2020 });
    const top = data!.collaborators[0]!;
    expect(top.organization!.key).toBe('org:sonet-botnia');
    expect(top.weight).toBe(2);
    expect(top.via.map((v) => v.key).sort()).toEqual(['body:keski-pohjanmaa-alueohjausryhma', 'project:verna']);
  });

  it('people have collaborators too', async () => {
    const { data } = await api.run(CollaboratorsDocument, { key: 'person:sirpa-nevasaari' });
    expect(data!.collaborators.map((c) => c.person?.key)).toContain('person:iiris-jurvansuu');
  });

  it('SONet BOTNIA is the broker of 2020 and the ranking is consistent', async () => {
    const { data } = await api.run(CentralityDocument, { year: 2020, measure: 'BETWEENNESS', first: 5 });
    expect(data!.centrality[0]).toMatchObject({ rank: 1, key: 'org:sonet-botnia' });
    const b = data!.centrality.map((n) => n.betweenness);
    expect(b).toEqual([...b].sort((x, y) => y - x));
    const byDegree = await api.run(CentralityDocument, { year: 2020, measure: 'DEGREE', first: 100 });
    const degrees = byDegree.data!.centrality.map((n) => n.degree);
    expect(degrees).toEqual([...degrees].sort((x, y) => y - x));
  });

  it('network: nodes with centrality and community, edges with weights; communities are reproducible', async () => {
    const { data } = await api.run(NetworkDocument, { year: 2020 });
    const net = data!.network;
    expect(net.nodes.length).toBeGreaterThan(10);
    expect(net.edges.length).toBeGreaterThan(10);
    const keys = new Set(net.nodes.map((n) => n.key));
    for (const e of net.edges) expect(keys.has(e.source) && keys.has(e.target)).toBe(true);
    expect(net.communityCount).toBeGreaterThan(1);
    const first = await api.run(CommunitiesDocument, { year: 2020, seed: 3 });
    const again = await api.run(CommunitiesDocument, { year: 2020, seed: 3 });
    expect(again.data).toEqual(first.data);
    expect(first.data!.communities.reduce((s, c) => s + c.size, 0)).toBe(net.nodes.length);
    const strong = await api.run(NetworkDocument, { year: 2020, minWeight: 2 });
    expect(strong.data!.network.edges.every((e) => e.weight >= 2)).toBe(true);
  });

  it('STEA’s 2020 portfolio: VERNA (led by Kosti ry) and the OLKA model', async () => {
    const { data } = await api.run(PortfolioDocument, { funder: 'org:stea', year: 2020 });
    const p = data!.funderPortfolio!;
    expect(p.projects.map((x) => x.project.key).sort()).toEqual(['project:olka-keski-pohjanmaan-keskussairaala', 'project:verna']);
    expect(p.projects.find((x) => x.project.key === 'project:verna')!.leads.map((o) => o.key)).toEqual(['org:kosti-ry']);
    expect(p.projects[0]!.sources[0]!.quote).toMatch(/STEA:n rahoittamia/);
    expect(p.organizationCount).toBe(p.organizations.length);
    expect(p.organizations.map((o) => o.key)).toContain('org:keski-pohjanmaan-keskussairaala');
  });

  it('exports the network as GraphML, GEXF and JSON', async () => {
    const graphml = (await api.run(NetworkExportDocument, { year: 2020, format: 'GRAPHML' })).data!.networkExport;
    const gexf = (await api.run(NetworkExportDocument, { year: 2020, format: 'GEXF' })).data!.networkExport;
    const json = JSON.parse((await api.run(NetworkExportDocument, { year: 2020, format: 'JSON' })).data!.networkExport) as { nodes: unknown[]; edges: unknown[] };
    const { data } = await api.run(NetworkDocument, { year: 2020 });
    expect(graphml.match(/<node id=/g)).toHaveLength(data!.network.nodes.length);
    expect(gexf.match(/<edge /g)).toHaveLength(data!.network.edges.length);
    expect(json.nodes).toHaveLength(data!.network.nodes.length);
    expect(json.edges).toHaveLength(data!.network.edges.length);
  });
});

describe('with a second (synthetic) year', () => {
  it('an import invalidates cached networks, and compareYears shows what changed', async () => {
    const before = (await api.run(NetworkDocument, {})).data!.network;
    await importSeeds(db.executor, ['test/fixtures/synthetic-keski-pohjanmaa-2021.yaml']);
    const after = (await api.run(NetworkDocument, {})).data!.network;
    expect(after.nodes.length).toBe(before.nodes.length + 1);
    expect(after.edges.some((e) => [e.source, e.target].includes('org:synthetic-uusi-yhdistys'))).toBe(true);

    const { data, errors } = await api.run(CompareYearsDocument, { from: 2020, to: 2021 });
    expect(errors).toBeUndefined();
    const c = data!.compareYears;
    expect(c.organizations.appeared.map((o) => o.key)).toEqual(['org:synthetic-uusi-yhdistys']);
    expect(c.organizations.disappeared.map((o) => o.key)).toContain('org:centria-amk');
    expect(c.organizations.kept).toBe(3);
    expect(c.projects.kept).toBe(1);
    expect(c.seats.disappeared.length).toBe(25);
    expect(c.collaborations.appeared.map((e) => [e.source, e.target].sort())).toContainEqual(['org:kosti-ry', 'org:synthetic-uusi-yhdistys']);
    const p4 = c.priorityScores.find((s) => s.priority?.code === 4)!;
    expect(p4).toMatchObject({ region: 'Keski-Pohjanmaa', from: 3.4, to: 3.9, change: 0.5 });
    const p2 = c.priorityScores.find((s) => s.priority?.code === 2)!;
    expect(p2).toMatchObject({ from: 4.2, to: null, change: null });
  });
});
