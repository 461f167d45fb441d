/** Communities of the collaboration network: Louvain (graphology), seeded so the same graph gives the same answer. */
import louvainModule from 'graphology-communities-louvain';
import { cjsDefault } from './interop.js';
import type { CollaborationGraph } from './network.js';

const louvain = cjsDefault(louvainModule);

/** mulberry32: a small seeded PRNG, enough to make Louvain's node order reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Communities {
  /** member key → community number (0 = the largest community). */
  of: Map<string, number>;
  count: number;
  modularity: number;
}

/** The Louvain seed when a request names none. */
export const DEFAULT_COMMUNITY_SEED = 42;

export function detectCommunities(graph: CollaborationGraph, seed = DEFAULT_COMMUNITY_SEED): Communities {
  if (graph.order === 0) return { of: new Map(), count: 0, modularity: 0 };
  if (graph.size === 0) {
    // No ties at all: every member is its own community.
    const keys = graph.nodes().sort();
    return { of: new Map(keys.map((k, i) => [k, i])), count: keys.length, modularity: 0 };
  }
  const detailed = louvain.detailed(graph, { getEdgeWeight: 'strength', rng: seededRandom(seed) });
  // Renumber: largest community first, ties by smallest member key, so numbers mean the same across runs.
  const members = new Map<number, string[]>();
  for (const [key, c] of Object.entries(detailed.communities)) {
    members.set(c, [...(members.get(c) ?? []), key]);
  }
  const order = [...members.entries()]
    .map(([c, keys]) => ({ c, keys: keys.sort() }))
    .sort((a, b) => b.keys.length - a.keys.length || a.keys[0]!.localeCompare(b.keys[0]!));
  const of = new Map<string, number>();
  order.forEach(({ keys }, i) => keys.forEach((k) => of.set(k, i)));
  return { of, count: order.length, modularity: detailed.modularity };
}
