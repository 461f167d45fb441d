/**
 * What an analysis worker is sent and answers: the network as compact arrays (it needs only who is tied to whom and
 * how strongly; transferred, not copied) and the algorithms' results. Node and edge order are kept, so Louvain's
 * seeded run gives the same communities as on the main thread, and the layout the same positions.
 */
import { UndirectedGraph } from 'graphology';
import { computeCentrality, type Centrality } from './centrality.js';
import { detectCommunities } from './communities.js';
import { networkLayout, type Position } from './layout.js';
import type { CollaborationGraph, EdgeAttributes, NodeAttributes } from './network.js';

export interface AnalysisJob {
  nodes: string[];
  sources: Uint32Array;
  targets: Uint32Array;
  strengths: Float64Array;
  /** Centrality, and with it the layout (by PageRank and the first seed's communities). */
  centrality: boolean;
  /** Louvain seeds to run. */
  seeds: number[];
}

export interface AnalysisResult {
  centrality?: [string, Centrality][];
  communities: { seed: number; of: [string, number][]; count: number; modularity: number }[];
  layout?: [string, Position][];
}

export function toJob(graph: CollaborationGraph, centrality: boolean, seeds: number[]): AnalysisJob {
  const nodes = graph.nodes();
  const index = new Map(nodes.map((k, i) => [k, i]));
  const sources = new Uint32Array(graph.size);
  const targets = new Uint32Array(graph.size);
  const strengths = new Float64Array(graph.size);
  let i = 0;
  graph.forEachEdge((_e, attr, s, t) => {
    sources[i] = index.get(s)!;
    targets[i] = index.get(t)!;
    strengths[i++] = attr.strength;
  });
  return { nodes, sources, targets, strengths, centrality, seeds };
}

export function runJob(job: AnalysisJob): AnalysisResult {
  // Only the ties and their strengths: the algorithms read nothing else.
  const graph: CollaborationGraph = new UndirectedGraph<NodeAttributes, EdgeAttributes>();
  for (const k of job.nodes) graph.addNode(k, { name: k, kind: '' });
  for (let i = 0; i < job.sources.length; i++) {
    graph.addEdge(job.nodes[job.sources[i]!]!, job.nodes[job.targets[i]!]!, { weight: 1, strength: job.strengths[i]!, via: [] });
  }
  const centrality = job.centrality ? computeCentrality(graph) : undefined;
  const communities = job.seeds.map((seed) => ({ seed, ...detectCommunities(graph, seed) }));
  return {
    centrality: centrality && [...centrality.entries()],
    communities: communities.map((c) => ({ seed: c.seed, of: [...c.of.entries()], count: c.count, modularity: c.modularity })),
    layout: centrality && communities[0] ? [...networkLayout(graph, centrality, communities[0]).entries()] : undefined,
  };
}
