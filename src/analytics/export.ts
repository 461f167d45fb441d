/**
 * The collaboration network in the formats analysts' tools read as they are:
 *
 * - GraphML (yEd, Gephi, NetworkX, Cytoscape desktop): plain `label`, `kind`, measures as GraphML keys, and yEd's
 *   own node graphics (label, colour, size, position), since yEd shows only those;
 * - GEXF 1.3 (Gephi; written by graphology-gexf): label, viz colour, size and position, measures as attributes and
 *   a filled <meta> (creator, description with the year, source reports and tie kinds, keywords);
 * - Cytoscape.js JSON: `{ elements: { nodes: [{ data, position }], edges: [{ data }] } }`, what `cytoscape({ elements })`
 *   and Cytoscape desktop's CYJS import take;
 * - graphology JSON: graphology's serialized graph (`graph.export()`), what `Graph.from(json)` imports;
 * - JSON: the API's own nodes/edges (as `network` answers).
 *
 * Every format carries the same members, ties and numbers; positions come from the same layout as the explorer's.
 */
import { UndirectedGraph } from 'graphology';
import { write as writeGexf } from 'graphology-gexf';
import { CENTRALITY_MEASURES, MEASURE_VALUE_TYPES, measuresOf, type Centrality } from './centrality.js';
import type { Communities } from './communities.js';
import type { Position } from './layout.js';
import type { CollaborationGraph, SharedItem } from './network.js';
import { kindColour } from './palette.js';

export const NETWORK_FORMATS = ['GRAPHML', 'GEXF', 'CYTOSCAPE_JSON', 'GRAPHOLOGY_JSON', 'JSON'] as const;
export type NetworkFormat = (typeof NETWORK_FORMATS)[number];

export const FORMAT_FILES: Record<NetworkFormat, { extension: string; mediaType: string }> = {
  GRAPHML: { extension: 'graphml', mediaType: 'application/graphml+xml' },
  GEXF: { extension: 'gexf', mediaType: 'application/gexf+xml' },
  CYTOSCAPE_JSON: { extension: 'cyjs', mediaType: 'application/json' },
  GRAPHOLOGY_JSON: { extension: 'graphology.json', mediaType: 'application/json' },
  JSON: { extension: 'json', mediaType: 'application/json' },
};

export interface NetworkExportNode extends Centrality, Position {
  key: string;
  name: string;
  kind: string;
  community: number;
}

export interface NetworkExportEdge {
  source: string;
  target: string;
  /** Number of shared items. */
  weight: number;
  /** Sum of the shared items' weights under the tie choice. */
  strength: number;
  /** Keys of the shared items. */
  via: string[];
  /** The shared items, named, with their type and (for bodies) kind. */
  items: SharedItem[];
}

export interface NetworkJson {
  year: number | null;
  nodes: NetworkExportNode[];
  edges: NetworkExportEdge[];
}

/** What a file says about itself. */
export interface ExportMeta {
  year: number | null;
  /** Whose network: "organisations" or "people". */
  members: string;
  reports: { key: string; title: string }[];
  /** The tie choice in words (describeTies). */
  ties: string;
  modularity: number;
}

export function networkJson(
  graph: CollaborationGraph,
  centrality: Map<string, Centrality>,
  communities: Communities,
  layout: ReadonlyMap<string, Position>,
  year: number | null,
): NetworkJson {
  const nodes = graph.mapNodes((key, attr) => ({
    key,
    name: attr.name,
    kind: attr.kind,
    community: communities.of.get(key) ?? -1,
    ...measuresOf(centrality.get(key)),
    x: layout.get(key)?.x ?? 0,
    y: layout.get(key)?.y ?? 0,
  }));
  const edges = graph.mapEdges((_e, attr, source, target) => ({
    source,
    target,
    weight: attr.weight,
    strength: attr.strength,
    via: attr.via.map((v) => v.key),
    items: attr.via,
  }));
  return { year, nodes, edges };
}

const TYPE_WORDS: Record<SharedItem['type'], string> = { Project: 'project', Body: 'body', Event: 'event' };

/** "Mukaan (project); Alueohjausryhmä (body, steering group)": a tie's shared items for a person to read. */
export function viaText(items: SharedItem[]): string {
  return items.map((i) => `${i.name} (${TYPE_WORDS[i.type]}${i.kind ? `, ${i.kind.toLowerCase().replace(/_/g, ' ')}` : ''})`).join('; ');
}

interface Visual extends Position {
  size: number;
  colour: string;
}

/** Positions (the network's layout, networkLayout: the explorer's picture), sizes by PageRank, kind colours. */
export function visuals(net: NetworkJson): Map<string, Visual> {
  const max = Math.max(0, ...net.nodes.map((node) => node.pagerank));
  return new Map(
    net.nodes.map((node) => [
      node.key,
      { x: node.x, y: node.y, size: round(6 + 24 * Math.sqrt(max > 0 ? node.pagerank / max : 0)), colour: kindColour(node.kind) },
    ]),
  );
}

const round = (v: number) => Math.round(v * 100) / 100;

const xml = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // Characters XML 1.0 forbids (control characters from a PDF extraction, say) would make the file unreadable.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

export function describe(meta: ExportMeta): string {
  const year = meta.year === null ? 'all report years' : String(meta.year);
  const reports = meta.reports.map((r) => `${r.title} (${r.key})`).join('; ');
  return `Collaboration network of ${meta.members}, ${year}. Source: ${reports || 'no report'}. Ties: ${meta.ties}. Modularity of the Louvain communities: ${meta.modularity.toFixed(2)}.`;
}

function keywords(meta: ExportMeta): string {
  return [`year ${meta.year ?? 'all'}`, ...meta.reports.map((r) => r.key), meta.ties].join(', ');
}

export function toGraphML(net: NetworkJson, meta: ExportMeta): string {
  const look = visuals(net);
  const keys: [string, 'node' | 'edge', string][] = [
    ['label', 'node', 'string'],
    ['kind', 'node', 'string'],
    ['community', 'node', 'int'],
    ...CENTRALITY_MEASURES.map((m): [string, 'node', string] => [m, 'node', MEASURE_VALUE_TYPES[m]]),
    ['colour', 'node', 'string'],
    ['weight', 'edge', 'double'],
    ['shared', 'edge', 'int'],
    ['via', 'edge', 'string'],
    ['viaKeys', 'edge', 'string'],
  ];
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:y="http://www.yworks.com/xml/graphml"',
    '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd">',
    `  <desc>${xml(describe(meta))}</desc>`,
    ...keys.map(([id, forWhat, type]) => `  <key id="${id}" for="${forWhat}" attr.name="${id}" attr.type="${type}"/>`),
    // yEd draws only its own graphics: without them it shows ids and no colours.
    '  <key id="graphics" for="node" yfiles.type="nodegraphics"/>',
    '  <key id="edgeGraphics" for="edge" yfiles.type="edgegraphics"/>',
    `  <graph id="collaboration${net.year ?? ''}" edgedefault="undirected">`,
    `    <desc>${xml(describe(meta))}</desc>`,
  ];
  for (const n of net.nodes) {
    const v = look.get(n.key)!;
    lines.push(`    <node id="${xml(n.key)}">`);
    const values: Record<string, string | number> = { ...n, label: n.name, colour: v.colour };
    for (const [id, forWhat] of keys) if (forWhat === 'node') lines.push(`      <data key="${id}">${xml(String(values[id]))}</data>`);
    lines.push(
      '      <data key="graphics"><y:ShapeNode>',
      `        <y:Geometry x="${v.x - v.size / 2}" y="${v.y - v.size / 2}" width="${v.size}" height="${v.size}"/>`,
      `        <y:Fill color="${v.colour}" transparent="false"/>`,
      '        <y:BorderStyle color="#FFFFFF" type="line" width="1.0"/>',
      `        <y:NodeLabel modelName="sandwich" modelPosition="s">${xml(n.name)}</y:NodeLabel>`,
      '        <y:Shape type="ellipse"/>',
      '      </y:ShapeNode></data>',
      '    </node>',
    );
  }
  const maxWeight = Math.max(1, ...net.edges.map((e) => e.strength));
  net.edges.forEach((e, i) => {
    lines.push(`    <edge id="e${i}" source="${xml(e.source)}" target="${xml(e.target)}">`);
    lines.push(`      <data key="weight">${e.strength}</data>`);
    lines.push(`      <data key="shared">${e.weight}</data>`);
    lines.push(`      <data key="via">${xml(viaText(e.items))}</data>`);
    lines.push(`      <data key="viaKeys">${xml(e.via.join(' '))}</data>`);
    lines.push(
      `      <data key="edgeGraphics"><y:PolyLineEdge><y:LineStyle color="#8A94A6" type="line" width="${round(0.5 + 3.5 * (e.strength / maxWeight))}"/><y:Arrows source="none" target="none"/></y:PolyLineEdge></data>`,
    );
    lines.push('    </edge>');
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

/** The network as a graphology graph with the attributes every file carries (GEXF and graphology JSON read it). */
function exportGraph(net: NetworkJson, meta: ExportMeta): UndirectedGraph {
  const look = visuals(net);
  const g = new UndirectedGraph();
  g.replaceAttributes({ creator: 'botnia-graph', description: describe(meta), keywords: keywords(meta) });
  for (const n of net.nodes) {
    const v = look.get(n.key)!;
    g.addNode(n.key, {
      label: n.name,
      kind: n.kind,
      community: n.community,
      ...measuresOf(n),
      x: v.x,
      y: v.y,
      size: v.size,
      color: v.colour,
    });
  }
  net.edges.forEach((e, i) => {
    g.addEdgeWithKey(`e${i}`, e.source, e.target, { weight: e.strength, shared: e.weight, via: viaText(e.items), viaKeys: e.via.join(' ') });
  });
  return g;
}

export function toGexf(net: NetworkJson, meta: ExportMeta): string {
  // Version 1.3 (http://gexf.net/1.3); pedantic: <meta> holds only what the schema allows (creator, description,
  // keywords), so the year, reports and tie kinds are said in the description and the keywords.
  return writeGexf(exportGraph(net, meta) as never, {
    version: '1.3',
    pedantic: true,
    formatNode: (_key: string, a: Record<string, unknown>) => {
      const { label, x, y, size, color, ...attributes } = a;
      // hex is 1.3 only; r, g, b are read by every GEXF reader.
      const c = String(color);
      return { label, viz: { x, y, size, color: `rgb(${parseInt(c.slice(1, 3), 16)},${parseInt(c.slice(3, 5), 16)},${parseInt(c.slice(5, 7), 16)})` }, attributes };
    },
    formatEdge: (_key: string, a: Record<string, unknown>) => {
      const { weight, ...attributes } = a;
      return { weight, attributes };
    },
  } as never);
}

export function toCytoscape(net: NetworkJson, meta: ExportMeta): object {
  const look = visuals(net);
  return {
    format_version: '1.0',
    generated_by: 'botnia-graph',
    target_cytoscapejs_version: '~3',
    data: { name: `collaboration-${meta.year ?? 'all'}`, description: describe(meta), year: meta.year, reports: meta.reports, ties: meta.ties },
    elements: {
      nodes: net.nodes.map((n) => {
        const v = look.get(n.key)!;
        return { data: { id: n.key, label: n.name, ...n, colour: v.colour, size: v.size }, position: { x: v.x, y: v.y } };
      }),
      edges: net.edges.map((e, i) => ({
        data: { id: `e${i}`, source: e.source, target: e.target, weight: e.strength, shared: e.weight, via: viaText(e.items), items: e.items },
      })),
    },
  };
}

export function toGraphology(net: NetworkJson, meta: ExportMeta): object {
  const g = exportGraph(net, meta);
  g.setAttribute('year', meta.year);
  g.setAttribute('reports', meta.reports);
  g.setAttribute('ties', meta.ties);
  const items = new Map(net.edges.map((e, i) => [`e${i}`, e.items]));
  g.updateEachEdgeAttributes((key, a) => ({ ...a, items: items.get(key) }));
  return g.export();
}

export function exportNetwork(format: NetworkFormat, net: NetworkJson, meta: ExportMeta): string {
  if (format === 'GRAPHML') return toGraphML(net, meta);
  if (format === 'GEXF') return toGexf(net, meta);
  if (format === 'CYTOSCAPE_JSON') return JSON.stringify(toCytoscape(net, meta));
  if (format === 'GRAPHOLOGY_JSON') return JSON.stringify(toGraphology(net, meta));
  return JSON.stringify(net);
}
