/**
 * The collaboration network in the formats analysts' tools read: GraphML (yEd, Gephi, NetworkX), GEXF (Gephi,
 * written by graphology-gexf) and JSON nodes/edges (Cytoscape.js, sigma.js).
 */
import { write as writeGexf } from 'graphology-gexf';
import type { Centrality } from './centrality.js';
import type { Communities } from './communities.js';
import type { CollaborationGraph } from './network.js';

export const NETWORK_FORMATS = ['GRAPHML', 'GEXF', 'JSON'] as const;
export type NetworkFormat = (typeof NETWORK_FORMATS)[number];

export interface NetworkExportNode {
  key: string;
  name: string;
  kind: string;
  community: number;
  degree: number;
  weightedDegree: number;
  betweenness: number;
  pagerank: number;
}

export interface NetworkExportEdge {
  source: string;
  target: string;
  weight: number;
  via: string[];
}

export interface NetworkJson {
  year: number | null;
  nodes: NetworkExportNode[];
  edges: NetworkExportEdge[];
}

export function networkJson(
  graph: CollaborationGraph,
  centrality: Map<string, Centrality>,
  communities: Communities,
  year: number | null,
): NetworkJson {
  const nodes = graph.mapNodes((key, attr) => ({
    key,
    name: attr.name,
    kind: attr.kind,
    community: communities.of.get(key) ?? -1,
    degree: centrality.get(key)?.degree ?? 0,
    weightedDegree: centrality.get(key)?.weightedDegree ?? 0,
    betweenness: centrality.get(key)?.betweenness ?? 0,
    pagerank: centrality.get(key)?.pagerank ?? 0,
  }));
  const edges = graph.mapEdges((_e, attr, source, target) => ({ source, target, weight: attr.weight, via: attr.via.map((v) => v.key) }));
  return { year, nodes, edges };
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function toGraphML(net: NetworkJson): string {
  const keys: [string, string, string][] = [
    ['name', 'node', 'string'],
    ['kind', 'node', 'string'],
    ['community', 'node', 'int'],
    ['degree', 'node', 'int'],
    ['weightedDegree', 'node', 'double'],
    ['betweenness', 'node', 'double'],
    ['pagerank', 'node', 'double'],
    ['weight', 'edge', 'double'],
    ['via', 'edge', 'string'],
  ];
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...keys.map(([id, forWhat, type]) => `  <key id="${id}" for="${forWhat}" attr.name="${id}" attr.type="${type}"/>`),
    `  <graph id="collaboration${net.year ?? ''}" edgedefault="undirected">`,
  ];
  for (const n of net.nodes) {
    lines.push(`    <node id="${xml(n.key)}">`);
    for (const [id] of keys.slice(0, 7)) lines.push(`      <data key="${id}">${xml(String(n[id as keyof NetworkExportNode]))}</data>`);
    lines.push('    </node>');
  }
  net.edges.forEach((e, i) => {
    lines.push(`    <edge id="e${i}" source="${xml(e.source)}" target="${xml(e.target)}">`);
    lines.push(`      <data key="weight">${e.weight}</data>`);
    lines.push(`      <data key="via">${xml(e.via.join(' '))}</data>`);
    lines.push('    </edge>');
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

export function toGexf(graph: CollaborationGraph, net: NetworkJson): string {
  const byKey = new Map(net.nodes.map((n) => [n.key, n]));
  const copy = graph.copy();
  copy.forEachNode((key, attr) => {
    const n = byKey.get(key)!;
    copy.replaceNodeAttributes(key, { ...attr, label: attr.name, community: n.community, degree: n.degree, weightedDegree: n.weightedDegree, betweenness: n.betweenness, pagerank: n.pagerank } as never);
  });
  copy.forEachEdge((edge, attr) => {
    copy.replaceEdgeAttributes(edge, { weight: attr.weight, via: attr.via.map((v) => v.key).join(' ') } as never);
  });
  return writeGexf(copy as never);
}

export function exportNetwork(format: NetworkFormat, graph: CollaborationGraph, net: NetworkJson): string {
  if (format === 'GRAPHML') return toGraphML(net);
  if (format === 'GEXF') return toGexf(graph, net);
  return JSON.stringify(net);
}
