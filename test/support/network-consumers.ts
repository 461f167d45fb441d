/**
 * Real consumers of the exported network files, as analysts' tools read them: graphology (its GEXF parser and
 * `Graph.from` for its serialized format), a headless Cytoscape.js, a strict XML parser, and NetworkX (Python)
 * where it is installed. Each returns what the consumer understood, for tests to compare with the API.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DOMParser, type Document } from '@xmldom/xmldom';
import cytoscape from 'cytoscape';
import { UndirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';

export interface Understood {
  nodes: number;
  edges: number;
  /** Node key → label the tool shows. */
  labels: Record<string, string>;
  /** Sum of edge weights. */
  totalWeight: number;
}

/** Parses XML strictly: any warning or error (malformed namespace, bad entity) throws. */
export function strictXml(text: string): Document {
  const problems: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => problems.push(`${level}: ${message}`) }).parseFromString(text, 'text/xml');
  if (problems.length) throw new Error(`not well-formed XML: ${problems.join('; ')}`);
  return doc;
}

export function viaGraphologyGexf(gexf: string): Understood & { graph: UndirectedGraph } {
  const graph = parseGexf(UndirectedGraph, gexf) as UndirectedGraph;
  return { graph, ...summary(graph) };
}

export function viaGraphologyJson(json: string): Understood & { graph: UndirectedGraph } {
  const graph = UndirectedGraph.from(JSON.parse(json)) as UndirectedGraph;
  return { graph, ...summary(graph) };
}

function summary(graph: UndirectedGraph): Understood {
  const labels: Record<string, string> = {};
  graph.forEachNode((k, a) => (labels[k] = String(a.label)));
  let totalWeight = 0;
  graph.forEachEdge((_e, a) => (totalWeight += Number(a.weight)));
  return { nodes: graph.order, edges: graph.size, labels, totalWeight };
}

export function viaCytoscape(json: string): Understood & { cy: cytoscape.Core } {
  const file = JSON.parse(json) as { elements: cytoscape.ElementsDefinition };
  const cy = cytoscape({ headless: true, elements: file.elements });
  const labels: Record<string, string> = {};
  cy.nodes().forEach((n) => {
    labels[n.id()] = String(n.data('label'));
  });
  let totalWeight = 0;
  cy.edges().forEach((e) => {
    totalWeight += Number(e.data('weight'));
  });
  return { cy, nodes: cy.nodes().length, edges: cy.edges().length, labels, totalWeight };
}

export const hasNetworkx = (() => {
  const r = spawnSync('python3', ['-c', 'import networkx'], { encoding: 'utf8' });
  return r.status === 0;
})();

/** NetworkX's read_graphml / read_gexf: nodes, edges, labels and the weight sum it read. */
export function viaNetworkx(kind: 'graphml' | 'gexf', text: string): Understood {
  const dir = mkdtempSync(path.join(tmpdir(), 'botnia-nx-'));
  try {
    const file = path.join(dir, `network.${kind}`);
    writeFileSync(file, text);
    const script = `
import json, sys, networkx as nx
g = nx.read_${kind}(sys.argv[1])
labels = {str(k): str(d.get('label', '')) for k, d in g.nodes(data=True)}
print(json.dumps({'nodes': g.number_of_nodes(), 'edges': g.number_of_edges(), 'labels': labels,
  'totalWeight': sum(float(d.get('weight', 0)) for _, _, d in g.edges(data=True))}))`;
    const r = spawnSync('python3', ['-c', script, file], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`networkx could not read the ${kind}: ${r.stderr}`);
    return JSON.parse(r.stdout) as Understood;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
