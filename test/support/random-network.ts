import { UndirectedGraph } from 'graphology';
import { seededRandom } from '../../src/analytics/communities.js';
import type { CollaborationGraph, EdgeAttributes, NodeAttributes } from '../../src/analytics/network.js';

/** A random network of n members and m ties (seeded, so every run is the same). */
export function randomNetwork(n: number, m: number, seed = 1): CollaborationGraph {
  const rnd = seededRandom(seed);
  const g: CollaborationGraph = new UndirectedGraph<NodeAttributes, EdgeAttributes>();
  for (let i = 0; i < n; i++) g.addNode(`m${i}`, { name: `m${i}`, kind: 'ASSOCIATION' });
  while (g.size < m) {
    const a = `m${Math.floor(rnd() * n)}`;
    const b = `m${Math.floor(rnd() * n)}`;
    if (a !== b && !g.hasEdge(a, b)) g.addEdge(a, b, { weight: 1, strength: 1 + Math.floor(rnd() * 3), via: [] });
  }
  return g;
}
