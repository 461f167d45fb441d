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
  /** The body's kind (STEERING_GROUP, NETWORK, WORKING_GROUP, …); null for projects and events. */
  itemKind?: string | null;
}

export interface SharedItem {
  key: string;
  name: string;
  type: ItemType;
  kind: string | null;
}

/**
 * Which shared items tie two members, and how much each kind counts. A body everyone sits in (the steering group)
 * ties every member to every other and hides the structure, so the default leaves it out (see DEFAULT_TIES).
 */
export interface TieChoice {
  projects: boolean;
  events: boolean;
  /** Kinds of bodies that count (BodyKind values); empty: no bodies. */
  bodyKinds: string[];
  /** When given, only these bodies (keys) count, whatever their kind. */
  bodies?: string[] | null;
  /** How much one shared item of each type adds to a tie's strength. */
  weights: Record<ItemType, number>;
}

/**
 * Shared projects, events and working bodies (networks, working and management groups), not the steering group.
 * Measured on the 2020 report (16 organisations): the steering group alone is a 10-clique (45 of the 49 ties of
 * everything together) that buries the 8 project ties, and every choice has a best Louvain partition of modularity
 * ≈ 0 (all ties 0.07, projects 0.00 — a star around SONet BOTNIA, the partner of every project). Without the
 * steering group the picture shows who works together on something (and who only sits in the steering group: 7
 * organisations without a tie); communities mean nothing in 2020 under any choice (README, "Network analytics").
 */
export const DEFAULT_TIES: TieChoice = {
  projects: true,
  events: true,
  bodyKinds: ['NETWORK', 'WORKING_GROUP', 'MANAGEMENT_GROUP', 'OTHER'],
  bodies: null,
  weights: { Project: 1, Body: 1, Event: 1 },
};

/** Everything that ties members: what the network meant before tie kinds could be chosen. */
export const ALL_TIES: TieChoice = { ...DEFAULT_TIES, bodyKinds: ['STEERING_GROUP', ...DEFAULT_TIES.bodyKinds] };

/** A stable id of a choice, for caches and file names. */
export function tieChoiceId(c: TieChoice): string {
  return JSON.stringify([c.projects, c.events, [...c.bodyKinds].sort(), c.bodies ? [...c.bodies].sort() : null, c.weights.Project, c.weights.Body, c.weights.Event]);
}

/** In words, for file metadata and legends: "projects, events, bodies (NETWORK, WORKING_GROUP)". */
export function describeTies(c: TieChoice): string {
  const parts: string[] = [];
  const w = (t: ItemType) => (c.weights[t] === 1 ? '' : ` ×${c.weights[t]}`);
  if (c.projects) parts.push(`shared projects${w('Project')}`);
  if (c.bodies?.length) parts.push(`shared bodies ${c.bodies.join(', ')}${w('Body')}`);
  else if (c.bodyKinds.length) parts.push(`shared bodies of kind ${c.bodyKinds.join(', ')}${w('Body')}`);
  if (c.events) parts.push(`shared events${w('Event')}`);
  return parts.join('; ') || 'no ties';
}

export function selectMemberships(memberships: Membership[], c: TieChoice): Membership[] {
  const kinds = new Set(c.bodyKinds);
  const bodies = c.bodies?.length ? new Set(c.bodies) : null;
  return memberships.filter((m) => {
    if (m.itemType === 'Project') return c.projects;
    if (m.itemType === 'Event') return c.events;
    return bodies ? bodies.has(m.item) : kinds.has(m.itemKind ?? 'OTHER');
  });
}

export interface NodeAttributes {
  name: string;
  kind: string;
}

export interface EdgeAttributes {
  /** Number of shared items. */
  weight: number;
  /** Sum of the shared items' weights (TieChoice.weights): what PageRank and Louvain follow. */
  strength: number;
  via: SharedItem[];
}

export type CollaborationGraph = UndirectedGraph<NodeAttributes, EdgeAttributes>;

/**
 * Every member is a node (isolated ones too, so that they rank last rather than vanish); two members are linked
 * with weight = the number of items they share, and the items themselves.
 */
export function buildNetwork(members: Member[], memberships: Membership[], weights: Record<ItemType, number> = DEFAULT_TIES.weights): CollaborationGraph {
  const graph: CollaborationGraph = new UndirectedGraph<NodeAttributes, EdgeAttributes>({ allowSelfLoops: false });
  for (const m of members) graph.mergeNode(m.key, { name: m.name, kind: m.kind });

  const byItem = new Map<string, { item: SharedItem; members: Set<string> }>();
  for (const ms of memberships) {
    if (!graph.hasNode(ms.member)) continue;
    let entry = byItem.get(ms.item);
    if (!entry) {
      entry = { item: { key: ms.item, name: ms.itemName, type: ms.itemType, kind: ms.itemKind ?? null }, members: new Set() };
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
        const w = weights[item.type];
        if (graph.hasEdge(a, b)) {
          graph.updateEdgeAttributes(a, b, (attr) => ({ weight: attr!.weight + 1, strength: attr!.strength + w, via: [...attr!.via, item] }));
        } else {
          graph.addEdge(a, b, { weight: 1, strength: w, via: [item] });
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
  return collaboratorsOfGroup(graph, [key]);
}

/**
 * Who a group of members works with as one (an organisation with its parts, `includeParts`): the ties of any of
 * them to members outside the group, each shared item counted once however many of the group share it, so the
 * weight is the number of distinct items, as for one member. Ties inside the group do not count.
 */
export function collaboratorsOfGroup(graph: CollaborationGraph, keys: readonly string[]): Collaborator[] {
  const group = new Set(keys.filter((k) => graph.hasNode(k)));
  const items = new Map<string, Map<string, SharedItem>>();
  for (const key of group) {
    graph.forEachEdge(key, (_edge, attr, source, target) => {
      const other = source === key ? target : source;
      if (group.has(other)) return;
      let shared = items.get(other);
      if (!shared) items.set(other, (shared = new Map()));
      for (const item of attr.via) shared.set(item.key, item);
    });
  }
  const out: Collaborator[] = [...items].map(([other, shared]) => {
    const node = graph.getNodeAttributes(other);
    const via = [...shared.values()].sort((a, b) => a.key.localeCompare(b.key));
    return { key: other, name: node.name, kind: node.kind, weight: via.length, via };
  });
  return out.sort((a, b) => b.weight - a.weight || a.name.localeCompare(b.name, 'fi') || a.key.localeCompare(b.key));
}
