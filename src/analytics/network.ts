/**
 * The collaboration network: members (organisations, or people) linked when they share an item — a project, a
 * body, an event. Built from a bipartite projection (member → item) read from Neo4j in one query; everything
 * here is pure and works on graphology graphs.
 */
import { UndirectedGraph } from 'graphology';

export type ItemType = 'Project' | 'Body' | 'Event';

export interface Member {
  key: string;
  name: string;
  kind: string;
}

export interface Membership {
  member: string;
  item: string;
  itemType: ItemType;
  itemName: string;
}

export interface SharedItem {
  key: string;
  name: string;
  type: ItemType;
}

export interface NodeAttributes {
  name: string;
  kind: string;
}

export interface EdgeAttributes {
  /** Number of shared items. */
  weight: number;
  via: SharedItem[];
}

export type CollaborationGraph = UndirectedGraph<NodeAttributes, EdgeAttributes>;

/**
 * Every member is a node (isolated ones too, so that they rank last rather than vanish); two members are linked
 * with weight = the number of items they share, and the items themselves.
 */
export function buildNetwork(members: Member[], memberships: Membership[]): CollaborationGraph {
  const graph: CollaborationGraph = new UndirectedGraph<NodeAttributes, EdgeAttributes>({ allowSelfLoops: false });
  for (const m of members) graph.mergeNode(m.key, { name: m.name, kind: m.kind });

  const byItem = new Map<string, { item: SharedItem; members: Set<string> }>();
  for (const ms of memberships) {
    if (!graph.hasNode(ms.member)) continue;
    let entry = byItem.get(ms.item);
    if (!entry) {
      entry = { item: { key: ms.item, name: ms.itemName, type: ms.itemType }, members: new Set() };
      byItem.set(ms.item, entry);
    }
    entry.members.add(ms.member);
  }
  // Items in key order, members sorted: the same input gives the same graph, edge for edge.
  for (const key of [...byItem.keys()].sort()) {
    const { item, members: set } = byItem.get(key)!;
    const list = [...set].sort();
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        if (graph.hasEdge(a, b)) {
          graph.updateEdgeAttributes(a, b, (attr) => ({ weight: attr!.weight + 1, via: [...attr!.via, item] }));
        } else {
          graph.addEdge(a, b, { weight: 1, via: [item] });
        }
      }
    }
  }
  return graph;
}

export interface Collaborator {
  key: string;
  name: string;
  kind: string;
  weight: number;
  via: SharedItem[];
}

/** Who `key` works with, strongest tie first (then by name). */
export function collaboratorsOf(graph: CollaborationGraph, key: string): Collaborator[] {
  if (!graph.hasNode(key)) return [];
  const out: Collaborator[] = [];
  graph.forEachEdge(key, (_edge, attr, source, target) => {
    const other = source === key ? target : source;
    const node = graph.getNodeAttributes(other);
    out.push({ key: other, name: node.name, kind: node.kind, weight: attr.weight, via: attr.via });
  });
  return out.sort((a, b) => b.weight - a.weight || a.name.localeCompare(b.name, 'fi') || a.key.localeCompare(b.key));
}
