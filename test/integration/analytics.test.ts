/** Network analytics on the 2020 graph, then with a synthetic 2021 year next to it. */
import { describe, expect, it } from 'vitest';
import { importSeeds } from '../../src/import/import.js';
import { GraphVersion } from '../../src/api/cache/graph-version.js';
import {
  CentralityDocument,
  CollaboratorsDocument,
  CommunitiesDocument,
  CompareYearsDocument,
  ConnectionDocument,
  NetworkDocument,
  NeighboursDocument,
  NetworkExportDocument,
  PortfolioDocument,
} from '../generated/graphql.js';
import { toJob } from '../../src/analytics/analysis-job.js';
import { randomNetwork } from '../support/random-network.js';
import { hasNetworkx, strictXml, viaCytoscape, viaGraphologyGexf, viaGraphologyJson, viaNetworkx } from '../support/network-consumers.js';
import { withReport2020 } from '../support/report-2020.js';

// With the HTTP app, for the plain download URLs.
const report = withReport2020({ http: true });
const { db, api } = report;

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

  it('neighbours: Kosti ry leads VERNA, is represented by seats and has people; each step with its quote', async () => {
    const { data, errors } = await api.run(NeighboursDocument, { key: 'org:kosti-ry', year: 2020 });
    expect(errors).toBeUndefined();
    const steps = data!.neighbours;
    expect(steps.every((s) => s.from.key === 'org:kosti-ry')).toBe(true);
    expect(steps).toContainEqual(expect.objectContaining({ type: 'PARTICIPATES_IN', forward: true, role: 'LEAD', to: { __typename: 'Project', key: 'project:verna' } }));
    expect(steps.some((s) => s.type === 'REPRESENTS' && !s.forward && s.to.__typename === 'Seat')).toBe(true);
    for (const s of steps) expect(s.sources[0]!.quote.length).toBeGreaterThan(5);
    // VERNA, expanded: its funder STEA and its lead, by the funding and participation relationships.
    const verna = (await api.run(NeighboursDocument, { key: 'project:verna', types: ['FUNDS'] })).data!.neighbours;
    expect(verna.map((s) => [s.type, s.forward, s.to.key])).toEqual([['FUNDS', false, 'org:stea']]);
    expect((await api.run(NeighboursDocument, { key: 'org:nobody' })).data!.neighbours).toEqual([]);
  });

  it('a connection between two keys is one statement; a name or another key at either end is resolved first, with the same paths', async () => {
    const trips = async (from: string, to: string) => {
      let n = 0;
      const stop = db.executor.onRoundTrip(() => n++);
      const result = await api.run(ConnectionDocument, { from, to });
      stop();
      expect(result.errors).toBeUndefined();
      return { n, keys: result.data!.connection.map((p) => p.nodes.map((x) => x.key)) };
    };
    const byKeys = await trips('org:kosti-ry', 'org:soite');
    expect(byKeys.n).toBe(1);
    expect(byKeys.keys.length).toBeGreaterThan(0);
    const byNames = await trips('Kosti ry', 'Soite');
    expect(byNames.keys).toEqual(byKeys.keys);
    expect(byNames.n).toBeGreaterThan(1);
    const missing = await api.run(ConnectionDocument, { from: 'org:kosti-ry', to: 'org:nobody-at-all' });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
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

  it('Kosti ry works with SONet BOTNIA on VERNA; with the steering group counted, through it too', async () => {
    const { data } = await api.run(CollaboratorsDocument, { key: 'org:kosti-ry', year: 2020 });
    expect(data!.collaborators.map((c) => [c.organization!.key, c.weight, c.via.map((v) => v.key)])).toEqual([['org:sonet-botnia', 1, ['project:verna']]]);
    const all = await api.run(CollaboratorsDocument, { key: 'org:kosti-ry', year: 2020, ties: { bodyKinds: ['STEERING_GROUP'] } });
    const top = all.data!.collaborators[0]!;
    expect(top.organization!.key).toBe('org:sonet-botnia');
    expect(top.weight).toBe(2);
    expect(top.via.map((v) => v.key).sort()).toEqual(['body:keski-pohjanmaa-alueohjausryhma', 'project:verna']);
    expect(all.data!.collaborators.length).toBeGreaterThan(5);
  });

  it('tie kinds: the steering group makes 2020 a clique; the default shows the project ties and who has none', async () => {
    const everything = (await api.run(NetworkDocument, { year: 2020, ties: { bodyKinds: ['STEERING_GROUP', 'NETWORK', 'WORKING_GROUP', 'MANAGEMENT_GROUP', 'OTHER'] } })).data!.network;
    const steering = (await api.run(NetworkDocument, { year: 2020, ties: { projects: false, events: false, bodyKinds: ['STEERING_GROUP'] } })).data!.network;
    const byDefault = (await api.run(NetworkDocument, { year: 2020 })).data!.network;
    const tied = steering.nodes.length - steering.isolatedCount;
    expect(steering.edges.length).toBe((tied * (tied - 1)) / 2); // a clique
    expect(everything.edges.length).toBeGreaterThan(byDefault.edges.length * 3);
    expect(byDefault.ties).toBe('shared projects; shared bodies of kind NETWORK, WORKING_GROUP, MANAGEMENT_GROUP, OTHER; shared events');
    expect(byDefault.isolatedCount).toBe(byDefault.nodes.filter((n) => n.degree === 0).length);
    // Every default tie rests on a named project, body or event that is not the steering group.
    for (const e of byDefault.edges) {
      expect(e.items.length).toBe(e.weight);
      for (const i of e.items) expect(i.kind === 'STEERING_GROUP').toBe(false);
    }
    console.log(`[analytics] 2020 modularity: all ties ${everything.modularity.toFixed(3)}, steering group ${steering.modularity.toFixed(3)}, default ${byDefault.modularity.toFixed(3)}`);
    // Weights make strength: projects ×3.
    const heavy = (await api.run(NetworkDocument, { year: 2020, ties: { projectWeight: 3 } })).data!.network;
    const soite = heavy.edges.find((e) => [e.source, e.target].includes('org:soite'))!;
    expect(soite.strength).toBe(3 * soite.items.filter((i) => i.type === 'Project').length + soite.items.filter((i) => i.type !== 'Project').length);
    const bad = await api.run(NetworkDocument, { year: 2020, ties: { projectWeight: -1 } });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('people have collaborators too', async () => {
    const { data } = await api.run(CollaboratorsDocument, { key: 'person:sirpa-nevasaari', ties: { bodyKinds: ['STEERING_GROUP'] } });
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
    expect(net.edges.length).toBeGreaterThan(5);
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

  it('a request reads the graph version once, however many analytics fields it asks', async () => {
    // Without a lease, so that every version the request needs is a read to count.
    const leased = api.services.version;
    const version = (api.services.version = new GraphVersion(db.executor, 0));
    try {
      const { errors } = await api.raw(
        `{ centrality(year: 2020) { key } network(year: 2020) { communityCount } communities(year: 2020, seed: 7) { id } compareYears(from: 2020, to: 2020) { from } }`,
      );
      expect(errors).toBeUndefined();
      expect(version.reads).toBe(1);
    } finally {
      api.services.version = leased;
    }
  });

  it('a lookup answers while a large network analysis runs in the worker (p99 measured)', async () => {
    const lookup = async () => {
      const t = performance.now();
      const { data } = await api.raw('{ entity(key: "org:kosti-ry") { __typename } }');
      expect(data!.entity).toEqual({ __typename: 'Organization' });
      return performance.now() - t;
    };
    const p99 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.99) - 1]!;
    const idle: number[] = [];
    for (let i = 0; i < 100; i++) idle.push(await lookup());
    const pool = api.services.analytics.pool;
    const computing = pool.run(toJob(randomNetwork(2000, 9000), true, [42]));
    const busy: number[] = [];
    for (let i = 0; i < 100; i++) busy.push(await lookup());
    // Every lookup ran while the computation did.
    expect(pool.running).toBe(1);
    await computing;
    console.log(`[analytics] lookup p99 ${p99(idle).toFixed(1)} ms idle, ${p99(busy).toFixed(1)} ms while a 2000-member analysis runs`);
    expect(p99(busy)).toBeLessThan(500);
  }, 120_000);

  it('STEA’s 2020 portfolio: VERNA (led by Kosti ry) and the OLKA model', async () => {
    const { data } = await api.run(PortfolioDocument, { funder: 'org:stea', year: 2020 });
    const p = data!.funderPortfolio!;
    expect(p.projects.map((x) => x.project.key).sort()).toEqual(['project:olka-keski-pohjanmaan-keskussairaala', 'project:verna']);
    expect(p.projects.find((x) => x.project.key === 'project:verna')!.leads.map((o) => o.key)).toEqual(['org:kosti-ry']);
    expect(p.projects[0]!.sources[0]!.quote).toMatch(/STEA:n rahoittamia/);
    expect(p.organizationCount).toBe(p.organizations.length);
    expect(p.organizations.map((o) => o.key)).toContain('org:keski-pohjanmaan-keskussairaala');
  });

  it('exports files that graphology, Cytoscape.js and NetworkX read as the API answers, at plain URLs too', async () => {
    const ties = { bodyKinds: ['STEERING_GROUP' as const] };
    const net = (await api.run(NetworkDocument, { year: 2020, ties })).data!.network;
    const expected = {
      nodes: net.nodes.length,
      edges: net.edges.length,
      labels: Object.fromEntries(net.nodes.map((n) => [n.key, n.name])),
      totalWeight: net.edges.reduce((s, e) => s + e.strength, 0),
    };
    const file = async (format: 'GRAPHML' | 'GEXF' | 'CYTOSCAPE_JSON' | 'GRAPHOLOGY_JSON') =>
      (await api.run(NetworkExportDocument, { year: 2020, format, ties })).data!.networkExport;

    const gexf = await file('GEXF');
    expect(viaGraphologyGexf(gexf)).toMatchObject(expected);
    expect(strictXml(gexf).getElementsByTagName('description')[0]!.textContent).toMatch(/2020.*report:keski-pohjanmaa-2020.*STEERING_GROUP/);
    expect(viaGraphologyJson(await file('GRAPHOLOGY_JSON'))).toMatchObject(expected);
    expect(viaCytoscape(await file('CYTOSCAPE_JSON'))).toMatchObject(expected);
    const graphml = await file('GRAPHML');
    strictXml(graphml);
    if (hasNetworkx) {
      expect(viaNetworkx('graphml', graphml)).toMatchObject(expected);
      expect(viaNetworkx('gexf', gexf)).toMatchObject(expected);
    }
    // `via` names its items and their kinds.
    const steering = viaGraphologyGexf(gexf).graph.findEdge((_e, a) => /\(body, steering group\)/.test(String(a.via)));
    expect(steering).toBeDefined();

    // The same file at a plain URL, named as a download.
    const http = await fetch(`${report.base}/export/network.gexf?year=2020&bodyKinds=STEERING_GROUP`);
    expect(http.status).toBe(200);
    expect(http.headers.get('content-type')).toMatch(/^application\/gexf\+xml/);
    expect(http.headers.get('content-disposition')).toBe('attachment; filename="botnia-network-2020.gexf"');
    expect(viaGraphologyGexf(await http.text())).toMatchObject(expected);
    const cyjs = await fetch(`${report.base}/export/network.cyjs?year=2020&bodyKinds=STEERING_GROUP`);
    expect(viaCytoscape(await cyjs.text())).toMatchObject(expected);
  });

  it('a year without a report is an error, not an empty file', async () => {
    const gql = await api.run(NetworkExportDocument, { year: 2019, format: 'GEXF' });
    expect(gql.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(gql.errors?.[0]?.message).toBe('No report for 2019: the graph holds reports for 2020.');
    const http = await fetch(`${report.base}/export/network.graphml?year=2019`);
    expect(http.status).toBe(404);
    expect(await http.json()).toEqual({ errors: [{ message: 'No report for 2019: the graph holds reports for 2020.', extensions: { code: 'NOT_FOUND' } }] });
    const unknown = await fetch(`${report.base}/export/network.png?year=2020`);
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect((await fetch(`${report.base}/export/network.gexf?year=twenty`)).status).toBe(400);
    expect((await fetch(`${report.base}/export/network.gexf?bodyKinds=CLUB`)).status).toBe(400);
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
