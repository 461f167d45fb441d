/** The analytics on small hand-made graphs whose answers can be checked by hand. */
import { describe, expect, it } from 'vitest';
import { computeCentrality, rankBy } from '../../src/analytics/centrality.js';
import { detectCommunities, seededRandom } from '../../src/analytics/communities.js';
import { compareScores, diffBy, pairId } from '../../src/analytics/compare.js';
import { networkJson, toGexf, toGraphML } from '../../src/analytics/export.js';
import { buildNetwork, collaboratorsOf, type Member, type Membership } from '../../src/analytics/network.js';

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

  it('exports GraphML, GEXF and JSON with every node and edge', () => {
    const g = buildNetwork(['a', 'b', 'c'].map(member), [...shares('p&1', 'a', 'b'), ...shares('p2', 'b', 'c')]);
    const net = networkJson(g, computeCentrality(g), detectCommunities(g), 2020);
    expect(net.nodes).toHaveLength(3);
    expect(net.edges).toEqual([
      { source: 'a', target: 'b', weight: 1, via: ['p&1'] },
      { source: 'b', target: 'c', weight: 1, via: ['p2'] },
    ]);
    const graphml = toGraphML(net);
    expect(graphml.match(/<node id=/g)).toHaveLength(3);
    expect(graphml.match(/<edge id=/g)).toHaveLength(2);
    expect(graphml).toContain('<data key="via">p&amp;1</data>');
    const gexf = toGexf(g, net);
    expect(gexf).toContain('<gexf');
    expect(gexf.match(/<node /g)).toHaveLength(3);
    expect(gexf.match(/<edge /g)).toHaveLength(2);
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
