/** The analytics on small hand-made graphs whose answers can be checked by hand. */
import { describe, expect, it } from 'vitest';
import { computeCentrality, rankBy } from '../../src/analytics/centrality.js';
import { detectCommunities, seededRandom } from '../../src/analytics/communities.js';
import { compareScores, diffBy, pairId } from '../../src/analytics/compare.js';
import { exportNetwork, networkJson, toGexf, toGraphML, viaText } from '../../src/analytics/export.js';
import { networkLayout } from '../../src/analytics/layout.js';
import {
  ALL_TIES,
  buildNetwork,
  collaboratorsOf,
  collaboratorsOfGroup,
  DEFAULT_TIES,
  describeTies,
  selectMemberships,
  tieChoiceId,
  type Member,
  type Membership,
} from '../../src/analytics/network.js';
import { encodeCount, encodeSource } from '../../src/graph/codecs.js';
import { numericFacts, statesNumber, unstatedNumbers } from '../../src/graph/numbers.js';
import { hasNetworkx, strictXml, viaCytoscape, viaGraphologyGexf, viaGraphologyJson, viaNetworkx } from '../support/network-consumers.js';

const member = (key: string): Member => ({ key, name: key.toUpperCase(), kind: 'ASSOCIATION' });
const shares = (item: string, ...members: string[]): Membership[] => members.map((m) => ({ member: m, item, itemType: 'Project', itemName: item }));

describe('collaboration network', () => {
  it('links members that share items, weighted by how many they share', () => {
    const g = buildNetwork(['a', 'b', 'c', 'd'].map(member), [...shares('p1', 'a', 'b', 'c'), ...shares('p2', 'a', 'b'), ...shares('p3', 'x', 'd')]);
    expect(g.order).toBe(4);
    expect(g.size).toBe(3); // a-b, a-c, b-c; x is not a member, so d stays alone
    expect(g.getEdgeAttribute('a', 'b', 'weight')).toBe(2);
    expect(g.getEdgeAttribute('a', 'b', 'via').map((v) => v.key)).toEqual(['p1', 'p2']);
    expect(collaboratorsOf(g, 'a').map((c) => [c.key, c.weight])).toEqual([
      ['b', 2],
      ['c', 1],
    ]);
    expect(collaboratorsOf(g, 'd')).toEqual([]);
    expect(collaboratorsOf(g, 'nobody')).toEqual([]);
  });

  it('an organisation with its parts: their ties to others, each shared item once, ties inside the group left out', () => {
    // u is a university, c its centre; both share p1 with s, c also p2 with s; u and c share p3 with each other.
    const g = buildNetwork(['u', 'c', 's', 't'].map(member), [...shares('p1', 'u', 'c', 's'), ...shares('p2', 'c', 's'), ...shares('p3', 'u', 'c'), ...shares('p4', 'c', 't')]);
    expect(collaboratorsOfGroup(g, ['u', 'c']).map((x) => [x.key, x.weight, x.via.map((v) => v.key)])).toEqual([
      ['s', 2, ['p1', 'p2']],
      ['t', 1, ['p4']],
    ]);
    expect(collaboratorsOfGroup(g, ['u'])).toEqual(collaboratorsOf(g, 'u'));
  });

  it('centrality: the middle of a path is the broker', () => {
    // a - b - c  (path), d alone
    const g = buildNetwork(['a', 'b', 'c', 'd'].map(member), [...shares('p1', 'a', 'b'), ...shares('p2', 'b', 'c'), ...shares('p3', 'b', 'c')]);
    const c = computeCentrality(g);
    expect(c.get('b')).toMatchObject({ degree: 2, weightedDegree: 3 });
    // normalised betweenness of b: it lies on the one shortest path a–c of the (n-1)(n-2)/2 = 3 pairs
    expect(c.get('b')!.betweenness).toBeCloseTo(1 / 3, 6);
    expect(c.get('a')!.betweenness).toBe(0);
    expect(c.get('d')).toMatchObject({ degree: 0, weightedDegree: 0, betweenness: 0 });
    const total = [...c.values()].reduce((s, x) => s + x.pagerank, 0);
    expect(total).toBeCloseTo(1, 6);
    expect(rankBy(c, 'betweenness')[0]![0]).toBe('b');
    expect(rankBy(c, 'pagerank')[0]![0]).toBe('b');
  });

  it('communities: two cliques joined by one tie are two communities, the same for the same seed', () => {
    const left = ['a1', 'a2', 'a3', 'a4'];
    const right = ['b1', 'b2', 'b3', 'b4'];
    const g = buildNetwork([...left, ...right].map(member), [...shares('pa', ...left), ...shares('pb', ...right), ...shares('bridge', 'a1', 'b1')]);
    const one = detectCommunities(g, 7);
    expect(one.count).toBe(2);
    expect(new Set(left.map((k) => one.of.get(k))).size).toBe(1);
    expect(new Set(right.map((k) => one.of.get(k))).size).toBe(1);
    expect(one.of.get('a1')).not.toBe(one.of.get('b1'));
    expect(one.modularity).toBeGreaterThan(0.3);
    expect([...detectCommunities(g, 7).of]).toEqual([...one.of]);
  });

  it('the seeded random numbers repeat', () => {
    const a = seededRandom(1);
    const b = seededRandom(1);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });
});

const META = { year: 2020, members: 'organisations', reports: [{ key: 'report:kp-2020', title: 'Keski-Pohjanmaa 2020' }], ties: 'shared projects', modularity: 0.25 };

describe('network files, read back by the tools analysts use', () => {
  // Names with XML and JSON specials, a body with a kind, two ties of different weight.
  const g = buildNetwork(
    [member('a'), { key: 'b', name: 'B & "Co" <ry>', kind: 'FOUNDATION' }, member('c')],
    [
      ...shares('p&1', 'a', 'b'),
      ...shares('p2', 'b', 'c'),
      { member: 'b', item: 'body:wg', itemType: 'Body', itemName: 'Työryhmä', itemKind: 'WORKING_GROUP' },
      { member: 'c', item: 'body:wg', itemType: 'Body', itemName: 'Työryhmä', itemKind: 'WORKING_GROUP' },
    ],
  );
  const centrality = computeCentrality(g);
  const communities = detectCommunities(g);
  const net = networkJson(g, centrality, communities, networkLayout(g, centrality, communities), 2020);
  const labels = { a: 'A', b: 'B & "Co" <ry>', c: 'C' };

  it('the API JSON: named shared items with their type and kind', () => {
    expect([...net.edges].sort((x, y) => x.source.localeCompare(y.source))).toEqual([
      { source: 'a', target: 'b', weight: 1, strength: 1, via: ['p&1'], items: [{ key: 'p&1', name: 'p&1', type: 'Project', kind: null }] },
      {
        source: 'b',
        target: 'c',
        weight: 2,
        strength: 2,
        via: ['body:wg', 'p2'],
        items: [
          { key: 'body:wg', name: 'Työryhmä', type: 'Body', kind: 'WORKING_GROUP' },
          { key: 'p2', name: 'p2', type: 'Project', kind: null },
        ],
      },
    ]);
    expect(viaText(net.edges.find((e) => e.source === 'b')!.items)).toBe('Työryhmä (body, working group); p2 (project)');
  });

  it('GraphML: strict XML with a label key and yEd labels; NetworkX reads labels and weights', () => {
    const graphml = toGraphML(net, META);
    const doc = strictXml(graphml);
    expect(doc.documentElement!.namespaceURI).toBe('http://graphml.graphdrawing.org/xmlns');
    expect(graphml).toContain('<key id="label" for="node" attr.name="label" attr.type="string"/>');
    const yLabels = [...graphml.matchAll(/<y:NodeLabel[^>]*>([^<]*)<\/y:NodeLabel>/g)].map((m) => m[1]);
    expect(yLabels).toEqual(['A', 'B &amp; &quot;Co&quot; &lt;ry&gt;', 'C']);
    expect(graphml).toContain('<data key="via">Työryhmä (body, working group); p2 (project)</data>');
    if (hasNetworkx) expect(viaNetworkx('graphml', graphml)).toMatchObject({ nodes: 3, edges: 2, labels, totalWeight: 3 });
  });

  it('GEXF 1.3: strict XML in the 1.3 namespaces with viz and a filled meta; graphology and NetworkX read it', () => {
    const gexf = toGexf(net, META);
    const doc = strictXml(gexf);
    const root = doc.documentElement!;
    expect(root.namespaceURI).toBe('http://gexf.net/1.3');
    expect(root.getAttribute('version')).toBe('1.3');
    expect(root.getAttribute('xmlns:viz')).toBe('http://gexf.net/1.3/viz');
    const meta = root.getElementsByTagName('meta')[0]!;
    // The 1.3 schema allows creator, keywords and description in <meta>, nothing else.
    expect([...Array.from(meta.childNodes)].filter((n) => n.nodeType === 1).map((n) => n.nodeName).sort()).toEqual(['creator', 'description', 'keywords']);
    const description = meta.getElementsByTagName('description')[0]!.textContent!;
    expect(description).toContain('2020');
    expect(description).toContain('Keski-Pohjanmaa 2020 (report:kp-2020)');
    expect(description).toContain('Ties: shared projects');
    const viz = doc.getElementsByTagNameNS('http://gexf.net/1.3/viz', 'color');
    expect(viz.length).toBe(3);
    expect(doc.getElementsByTagNameNS('http://gexf.net/1.3/viz', 'size').length).toBe(3);
    expect(doc.getElementsByTagNameNS('http://gexf.net/1.3/viz', 'position').length).toBe(3);
    const read = viaGraphologyGexf(gexf);
    expect(read).toMatchObject({ nodes: 3, edges: 2, labels, totalWeight: 3 });
    expect(read.graph.getNodeAttribute('b', 'kind')).toBe('FOUNDATION');
    if (hasNetworkx) expect(viaNetworkx('gexf', gexf)).toMatchObject({ nodes: 3, edges: 2, labels, totalWeight: 3 });
  });

  it('Cytoscape.js elements: a headless instance holds every node with its label, position and the ties', () => {
    const read = viaCytoscape(exportNetwork('CYTOSCAPE_JSON', net, META));
    expect(read).toMatchObject({ nodes: 3, edges: 2, labels, totalWeight: 3 });
    expect(read.cy.getElementById('b').degree(false)).toBe(2);
    expect(Number.isFinite(read.cy.getElementById('a').position('x'))).toBe(true);
    expect(read.cy.edges().map((e) => e.data('via'))).toContain('Työryhmä (body, working group); p2 (project)');
  });

  it('graphology serialized: Graph.from gives the same graph with every attribute and the file’s metadata', () => {
    const read = viaGraphologyJson(exportNetwork('GRAPHOLOGY_JSON', net, META));
    expect(read).toMatchObject({ nodes: 3, edges: 2, labels, totalWeight: 3 });
    expect(read.graph.type).toBe('undirected');
    expect(read.graph.getNodeAttributes('a')).toMatchObject({ kind: 'ASSOCIATION', degree: 1 });
    expect(read.graph.getAttribute('year')).toBe(2020);
    expect(read.graph.getAttribute('ties')).toBe('shared projects');
  });
});

describe('network layout (computed once on the server, drawn by the explorer, carried by the files)', () => {
  // Two groups of four that work together closely, one tie between them, and two members without a tie.
  const keys = ['a1', 'a2', 'a3', 'a4', 'b1', 'b2', 'b3', 'b4', 'loner1', 'loner2'];
  const g = buildNetwork(keys.map(member), [
    ...shares('pa', 'a1', 'a2', 'a3', 'a4'),
    ...shares('pa2', 'a1', 'a2', 'a3', 'a4'),
    ...shares('pb', 'b1', 'b2', 'b3', 'b4'),
    ...shares('pb2', 'b1', 'b2', 'b3', 'b4'),
    ...shares('bridge', 'a1', 'b1'),
  ]);
  const centrality = computeCentrality(g);
  const communities = detectCommunities(g);
  const layout = networkLayout(g, centrality, communities);
  const at = (k: string) => layout.get(k)!;
  const distance = (a: string, b: string) => Math.hypot(at(a).x - at(b).x, at(a).y - at(b).y);

  it('places every member, the same way every time', () => {
    expect([...layout.keys()].sort()).toEqual([...keys].sort());
    for (const p of layout.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    expect(networkLayout(g, centrality, communities)).toEqual(layout);
  });

  it('members who work together sit closer than members of the other group; the untied sit in a row below', () => {
    const within = Math.max(distance('a2', 'a3'), distance('a3', 'a4'), distance('b2', 'b3'), distance('b3', 'b4'));
    const across = Math.min(distance('a2', 'b2'), distance('a3', 'b3'), distance('a4', 'b4'));
    expect(across).toBeGreaterThan(within);
    const lowestTied = Math.min(...keys.filter((k) => !k.startsWith('loner')).map((k) => at(k).y));
    expect(at('loner1').y).toBeLessThan(lowestTied);
    expect(at('loner1').y).toBe(at('loner2').y);
    expect(at('loner1').x).not.toBe(at('loner2').x);
  });

  it('the files carry the same positions', () => {
    const json = networkJson(g, centrality, communities, layout, 2020);
    const cyjs = JSON.parse(exportNetwork('CYTOSCAPE_JSON', json, META)) as { elements: { nodes: { data: { id: string }; position: unknown }[] } };
    expect(cyjs.elements.nodes.find((n) => n.data.id === 'b3')!.position).toEqual(at('b3'));
    expect(viaGraphologyGexf(toGexf(json, META)).graph.getNodeAttributes('a2')).toMatchObject(at('a2'));
  });
});

describe('tie choice', () => {
  const ms: Membership[] = [
    ...shares('p', 'a', 'b'),
    { member: 'a', item: 'body:sg', itemType: 'Body', itemName: 'SG', itemKind: 'STEERING_GROUP' },
    { member: 'b', item: 'body:sg', itemType: 'Body', itemName: 'SG', itemKind: 'STEERING_GROUP' },
    { member: 'c', item: 'body:sg', itemType: 'Body', itemName: 'SG', itemKind: 'STEERING_GROUP' },
    { member: 'b', item: 'e', itemType: 'Event', itemName: 'E', itemKind: null },
    { member: 'c', item: 'e', itemType: 'Event', itemName: 'E', itemKind: null },
  ];
  const members = ['a', 'b', 'c'].map(member);

  it('the default leaves the steering group out; all ties put it back', () => {
    const byDefault = buildNetwork(members, selectMemberships(ms, DEFAULT_TIES));
    expect(byDefault.edges().map((e) => byDefault.extremities(e).join('-')).sort()).toEqual(['a-b', 'b-c']);
    const all = buildNetwork(members, selectMemberships(ms, ALL_TIES));
    expect(all.size).toBe(3);
    expect(all.getEdgeAttribute('a', 'b', 'weight')).toBe(2);
  });

  it('named bodies only, events off, and weights that make strength', () => {
    const choice = { ...DEFAULT_TIES, events: false, bodies: ['body:sg'], weights: { Project: 3, Body: 0.5, Event: 1 } };
    const g = buildNetwork(members, selectMemberships(ms, choice), choice.weights);
    expect(g.getEdgeAttributes('a', 'b')).toMatchObject({ weight: 2, strength: 3.5 });
    expect(g.getEdgeAttributes('b', 'c')).toMatchObject({ weight: 1, strength: 0.5 });
    expect(describeTies(choice)).toBe('shared projects ×3; shared bodies body:sg ×0.5');
    expect(tieChoiceId(choice)).not.toBe(tieChoiceId(DEFAULT_TIES));
  });
});

describe('year comparison', () => {
  it('finds what appeared and disappeared', () => {
    expect(diffBy(['a', 'b'], ['b', 'c'], (x) => x)).toEqual({ appeared: ['c'], disappeared: ['a'], kept: 1 });
    expect(pairId('b', 'a')).toBe(pairId('a', 'b'));
  });

  it('reports score changes, with null where a year has no score', () => {
    const changes = compareScores(
      [
        { priority: 'p1', region: 'R', value: 4.2 },
        { priority: 'p4', region: 'R', value: 3.4 },
      ],
      [
        { priority: 'p4', region: 'R', value: 3.9 },
        { priority: 'p5', region: 'R', value: 4 },
      ],
    );
    expect(changes).toEqual([
      { priority: 'p1', region: 'R', from: 4.2, to: null, change: null },
      { priority: 'p4', region: 'R', from: 3.4, to: 3.9, change: 0.5 },
      { priority: 'p5', region: 'R', from: null, to: 4, change: null },
    ]);
  });
});

describe('sampled betweenness for large networks', () => {
  it('with every node as a source it equals graphology’s exact betweenness', async () => {
    const { sampledBetweenness } = await import('../../src/analytics/centrality.js');
    const rnd = seededRandom(11);
    const keys = Array.from({ length: 30 }, (_, i) => `m${String(i).padStart(2, '0')}`);
    const memberships: Membership[] = [];
    for (let p = 0; p < 25; p++) {
      const size = 2 + Math.floor(rnd() * 3);
      memberships.push(...shares(`p${p}`, ...Array.from({ length: size }, () => keys[Math.floor(rnd() * keys.length)]!)));
    }
    const g = buildNetwork(keys.map(member), memberships);
    const exact = computeCentrality(g);
    const sampled = sampledBetweenness(g, g.nodes());
    for (const k of keys) expect(sampled[k]).toBeCloseTo(exact.get(k)!.betweenness, 9);
  });

  it('a sample of sources ranks the broker of a barbell first', async () => {
    const { sampledBetweenness } = await import('../../src/analytics/centrality.js');
    const left = Array.from({ length: 20 }, (_, i) => `a${i}`);
    const right = Array.from({ length: 20 }, (_, i) => `b${i}`);
    const g = buildNetwork([...left, ...right, 'broker'].map(member), [...shares('l', ...left), ...shares('r', ...right), ...shares('x', 'a0', 'broker'), ...shares('y', 'broker', 'b0')]);
    const est = sampledBetweenness(g, [...left.slice(0, 5), ...right.slice(0, 5)]);
    const top = Object.entries(est).sort((x, y) => y[1] - x[1]).map(([k]) => k);
    expect(top.slice(0, 3).sort()).toEqual(['a0', 'b0', 'broker']);
  });
});

describe('numbers as the report writes them', () => {
  it.each([
    ['4,2', 4.2, false, true],
    ['toteutumisesta 3,7', 3.7, false, true],
    ['3,75', 3.7, false, false],
    ['synthetic: 4,0', 4, false, true],
    ['4,05', 4, false, false],
    ['1-5', 5, false, true],
    ['yhteensä 19 henkilölle, joista 13 vastasi', 13, false, true],
    ['2019', 19, false, false],
    ['(2/vuosi)', 2, false, true],
    ['kokoontui vuoden aikana kuusi kertaa', 6, false, true],
    ['Myös kuutta muuta yhdistystä', 6, false, true],
    ['neljässä tutkimushankkeessa', 4, false, true],
    ['kuuluu noin 15 henkilöä', 15, true, true],
    ['kuuluu 15 henkilöä', 15, true, false],
  ])('%j states %d (approximate: %s): %s', (quote, value, approximate, stated) => {
    expect(statesNumber(quote, value, approximate)).toBe(stated);
  });

  it('a number is checked against the quotes naming its field when any do, else against all the fact’s quotes', () => {
    const src = (quote: string, fields?: string[]) => encodeSource({ report: 'r', section: 's', quote, fields });
    const survey = numericFacts('e', 'Evaluation', { respondents: 13, sources: [src('4,2 … 13', ['value']), src('joista 13 vastasi', ['respondents'])] });
    expect(survey.map((f) => f.quotes.map((q) => q.quote))).toEqual([['joista 13 vastasi']]);
    expect(unstatedNumbers(survey)).toEqual([]);
    const unnamed = numericFacts('e', 'Evaluation', { respondents: 13, sources: [src('4,2', ['value']), src('a table')] });
    expect(unstatedNumbers(unnamed)).toEqual(['e respondents=13']);
    expect(unstatedNumbers(unnamed, [{ type: 'Evaluation', field: 'respondents', reason: 'test' }])).toEqual([]);
    const counted = numericFacts('p', 'Project', { counts: [encodeCount({ what: 'associations', count: 6, approximate: false, source: { report: 'r', section: 's', quote: 'kuutta muuta' } })] });
    expect(counted.map((f) => [f.field, f.value])).toEqual([['counts[associations]', 6]]);
    expect(unstatedNumbers(counted)).toEqual([]);
  });
});
