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

export const CENTRALITY_MEASURES = ['degree', 'weightedDegree', 'betweenness', 'pagerank'] as const;
export type CentralityMeasure = (typeof CENTRALITY_MEASURES)[number];

export function computeCentrality(graph: CollaborationGraph): Map<string, Centrality> {
  const result = new Map<string, Centrality>();
  if (graph.order === 0) return result;
  // Betweenness counts hops (a tie is a tie, however many projects it rests on); PageRank follows tie strength.
  const between = betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
  const rank = graph.size > 0 ? pagerank(graph, { getEdgeWeight: 'weight' }) : null;
  graph.forEachNode((key) => {
    let weighted = 0;
    graph.forEachEdge(key, (_e, attr) => {
      weighted += attr.weight;
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
