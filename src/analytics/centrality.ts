/**
 * Centrality of every member of the collaboration network: degree, weighted degree, betweenness (brokers) and
 * PageRank, with graphology-metrics.
 */
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import { cjsDefault } from './interop.js';
import type { CollaborationGraph } from './network.js';

const betweennessCentrality = cjsDefault(betweennessModule);
const pagerank = cjsDefault(pagerankModule);

export interface Centrality {
  degree: number;
  weightedDegree: number;
  /** Normalised betweenness: the share of shortest paths between others that pass through this member. */
  betweenness: number;
  pagerank: number;
}

export type CentralityMeasure = keyof Centrality;

/** Each measure with the value type files declare for it: the one list the exports, the API enum and tables use. */
export const MEASURE_VALUE_TYPES: Readonly<Record<CentralityMeasure, 'int' | 'double'>> = {
  degree: 'int',
  weightedDegree: 'double',
  betweenness: 'double',
  pagerank: 'double',
};
export const CENTRALITY_MEASURES = Object.keys(MEASURE_VALUE_TYPES) as CentralityMeasure[];

/** Just the measures of a record that carries them (and zeros for a member without any). */
export function measuresOf(c: Partial<Centrality> | undefined): Centrality {
  return Object.fromEntries(CENTRALITY_MEASURES.map((m) => [m, c?.[m] ?? 0])) as unknown as Centrality;
}

/**
 * Above this many node × edge steps, exact betweenness (Brandes, O(V·E)) would hold the process for minutes, so it is
 * estimated from a fixed sample of source nodes instead (Brandes & Pich, "Centrality estimation in large networks").
 */
export const EXACT_BETWEENNESS_LIMIT = 20_000_000;
export const BETWEENNESS_PIVOTS = 256;

/**
 * Normalised betweenness of an unweighted undirected graph from the shortest paths of the given source nodes,
 * scaled up to the whole graph. With every node as a source it is exact (and equals graphology's).
 */
export function sampledBetweenness(graph: CollaborationGraph, sources: string[]): Record<string, number> {
  const n = graph.order;
  const bc: Record<string, number> = {};
  graph.forEachNode((k) => (bc[k] = 0));
  for (const s of sources) {
    const stack: string[] = [];
    const preds = new Map<string, string[]>();
    const sigma = new Map<string, number>([[s, 1]]);
    const dist = new Map<string, number>([[s, 0]]);
    const queue = [s];
    for (let head = 0; head < queue.length; head++) {
      const v = queue[head]!;
      stack.push(v);
      const dv = dist.get(v)!;
      graph.forEachNeighbor(v, (w) => {
        if (!dist.has(w)) {
          dist.set(w, dv + 1);
          queue.push(w);
        }
        if (dist.get(w) === dv + 1) {
          sigma.set(w, (sigma.get(w) ?? 0) + sigma.get(v)!);
          const p = preds.get(w);
          if (p) p.push(v);
          else preds.set(w, [v]);
        }
      });
    }
    const delta = new Map<string, number>();
    while (stack.length) {
      const w = stack.pop()!;
      const dw = delta.get(w) ?? 0;
      for (const v of preds.get(w) ?? []) delta.set(v, (delta.get(v) ?? 0) + (sigma.get(v)! / sigma.get(w)!) * (1 + dw));
      if (w !== s) bc[w]! += dw;
    }
  }
  // Each pair is counted from both ends in an undirected graph; scale the sample to all sources; normalise by the
  // number of pairs of other nodes.
  const scale = (n / Math.max(sources.length, 1)) / 2 / (n > 2 ? ((n - 1) * (n - 2)) / 2 : 1);
  for (const k of Object.keys(bc)) bc[k]! *= scale;
  return bc;
}

/** Evenly spaced nodes in key order: a deterministic sample. */
function pivots(graph: CollaborationGraph, count: number): string[] {
  const keys = graph.nodes().sort();
  if (keys.length <= count) return keys;
  return Array.from({ length: count }, (_, i) => keys[Math.floor((i * keys.length) / count)]!);
}

export function isBetweennessExact(graph: CollaborationGraph): boolean {
  return graph.order * graph.size <= EXACT_BETWEENNESS_LIMIT;
}

export function computeCentrality(graph: CollaborationGraph): Map<string, Centrality> {
  const result = new Map<string, Centrality>();
  if (graph.order === 0) return result;
  // Betweenness counts hops (a tie is a tie, however many projects it rests on); PageRank follows tie strength.
  const between = isBetweennessExact(graph)
    ? betweennessCentrality(graph, { getEdgeWeight: null, normalized: true })
    : sampledBetweenness(graph, pivots(graph, BETWEENNESS_PIVOTS));
  const rank = graph.size > 0 ? pagerank(graph, { getEdgeWeight: 'strength' }) : null;
  graph.forEachNode((key) => {
    let weighted = 0;
    graph.forEachEdge(key, (_e, attr) => {
      weighted += attr.strength;
    });
    result.set(key, {
      degree: graph.degree(key),
      weightedDegree: weighted,
      betweenness: between[key] ?? 0,
      pagerank: rank ? (rank[key] ?? 0) : 1 / graph.order,
    });
  });
  return result;
}

/** Members ranked by one measure, highest first; ties by key so the order is stable. */
export function rankBy(centrality: Map<string, Centrality>, measure: CentralityMeasure): [string, Centrality][] {
  return [...centrality.entries()].sort((a, b) => b[1][measure] - a[1][measure] || a[0].localeCompare(b[0]));
}
