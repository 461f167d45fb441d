import neo4j from 'neo4j-driver';
/**
 * The generic reads every module uses: nodes by key and one hop along a relationship, both batched over many keys
 * (one round trip per DataLoader batch). Labels and relationship types are written into the Cypher one way in every
 * query file: as the typed vocabulary constants (`Label`, `Rel`, never input), so the planner can use the indexes;
 * every value is a parameter.
 */
import type { Executor } from '../../db/executor.js';
import { entityOfLabel, PARTS } from '../../graph/model.js';
import { Label, Rel } from '../../graph/vocabulary.js';
import type { EntityRow, Props } from './mapping.js';

const NAMES = new Set<string>([...Object.values(Label), ...Object.values(Rel)]);

/**
 * A label or relationship type that reaches a query builder as a value rather than written as a constant: the same
 * vocabulary constant, checked at run time too (a cast cannot smuggle Cypher in).
 */
export function vocabulary<T extends Label | Rel>(name: T): T {
  if (!NAMES.has(name)) throw new Error(`not a vocabulary label or relationship type: ${name}`);
  return name;
}

/** Values returned as `[k IN $properties | x[k]]`, back to a map (absent properties stay absent). */
export function named(properties: readonly string[], values: unknown[]): Props {
  const out: Props = {};
  values.forEach((v, i) => {
    if (v !== null) out[properties[i]!] = v;
  });
  return out;
}

/** Nodes by key, with all their properties, or only `properties` when given. */
export async function nodesByKey(
  executor: Executor,
  keys: readonly string[],
  signal?: AbortSignal,
  properties?: readonly string[],
): Promise<Map<string, EntityRow>> {
  const rows = await executor.read<{ key: string; labels: string[]; props: Props | unknown[] }>(
    `UNWIND $keys AS key
     MATCH (n:${Label.Entity} {key: key})
     RETURN key, labels(n) AS labels, ${properties ? '[k IN $properties | n[k]]' : 'properties(n)'} AS props`,
    properties ? { keys, properties } : { keys },
    { signal },
  );
  return new Map(
    rows.map((r) => [r.key, { labels: r.labels, props: properties ? named(properties, r.props as unknown[]) : (r.props as Props) }]),
  );
}

/** One hop: from a node along a relationship type, outgoing or incoming, to nodes with a label. */
export interface Hop {
  type: Rel;
  direction: 'out' | 'in';
  to: Label;
  /** What `roles` tests: the relationship's role (default) or the reached node's (a seat's role). */
  roleOn?: 'rel' | 'node';
}

export interface HopFilter {
  /** Only relationships stated in this report year. */
  year?: number | null;
  /** Only relationships a report of this region states (of `year`, when given). */
  region?: string | null;
  /** Only relationships (or reached nodes, see Hop.roleOn) whose `role` is one of these. */
  roles?: readonly string[] | null;
  /** From the node and its parts (PARTS; see hopFrom). */
  parts?: boolean;
  /** At most this many neighbours per node, ordered by name (or code, title, key). */
  limit: number;
  /** The properties to return of the relationships and neighbours (the others are not read). */
  properties: readonly string[];
}

export interface Neighbour {
  rel: Props;
  node: EntityRow;
  /** The node the hop started from, with the same properties (an edge shows both of its ends). */
  self: EntityRow;
}

/**
 * `WITH r, b ORDER BY …`: a hop's neighbours in the reached entity's order (graph model), then the key. `Entity`
 * targets (mixed kinds) take the general expression. Grouped kinds (seats) sort by their group's head, found once per
 * neighbour (a WITH, not twice in the ORDER BY). `lastRoles` names the parameter of the roles that sort last.
 */
export function orderedBy(to: Label, r: string, b: string, lastRoles = '$lastRoles'): string {
  const model = entityOfLabel(to);
  if (!model) return `WITH ${r}, ${b} ORDER BY coalesce(${b}.code, 0), coalesce(${b}.name, ${b}.title, ${b}.date, ''), ${b}.key`;
  const own = model.order.map((p) => `coalesce(${b}.${p}, '')`);
  const groups = model.orderGroups;
  if (!groups) return `WITH ${r}, ${b} ORDER BY ${[...own, `${b}.key`].join(', ')}`;
  // The group's head: the node reached along `with`, or the node itself; the head first within its group.
  const [h, head] = [`h_${b}`, `head_${b}`];
  const found = `COLLECT { MATCH (${b})-[:${vocabulary(groups.with)}]->(${h}:${vocabulary(to)}) RETURN ${h} ORDER BY ${h}.key LIMIT 1 }[0]`;
  const order = [
    `CASE WHEN ${b}.role IN ${lastRoles} THEN 1 ELSE 0 END`,
    ...model.order.map((p) => `coalesce(coalesce(${head}, ${b}).${p}, '')`),
    `CASE WHEN ${head} IS NULL THEN 0 ELSE 1 END`,
    ...own,
    `${b}.key`,
  ];
  return `WITH ${r}, ${b}, ${found} AS ${head} ORDER BY ${order.join(', ')}`;
}

/**
 * The pattern of one hop from `a` to `b` along `r`, and the test of its year and roles filters (parameters named).
 * `region` (a parameter's name) is given only when a region is asked: its test is a subquery, which every statement
 * without a region would otherwise plan for nothing.
 */
export function hopMatch(hop: Hop, a: string, r: string, b: string, year: string, roles: string, region?: string): string {
  const [type, to] = [vocabulary(hop.type), vocabulary(hop.to)];
  const pattern = hop.direction === 'out' ? `(${a})-[${r}:${type}]->(${b}:${to})` : `(${a})<-[${r}:${type}]-(${b}:${to})`;
  const role = hop.roleOn === 'node' ? `${b}.role` : `${r}.role`;
  const inRegion = region
    ? ` AND EXISTS { MATCH (rep:${Label.Report}) WHERE rep.key IN ${r}.reports AND toLower(rep.region) = toLower(${region}) AND (${year} IS NULL OR rep.year = ${year}) }`
    : '';
  return `MATCH ${pattern}
       WHERE (${year} IS NULL OR ${year} IN ${r}.years) AND (${roles} IS NULL OR ${role} IN ${roles})${inRegion}`;
}

/**
 * The hop from `a`, or with `parts` from `a` and its parts (PARTS: the organisations PART_OF it, transitively; the
 * PART_OF relationships themselves are not filtered by year or region, as in the list filters and collaborators).
 * Each reached node once: along the relationships of the organisation itself when it has any, else of its first part
 * in key order (no better one reaches it), so an item two of them share is one item and the organisation's own list
 * is kept whole. Binds `r` and `b` as hopMatch does; the part an item came through is `r`'s starting end (startOf).
 * No aggregation: the compiled statement nests this in expressions, where Neo4j refuses one.
 */
export function hopFrom(hop: Hop, a: string, r: string, b: string, year: string, roles: string, region: string | undefined, parts: boolean): string {
  if (!parts) return hopMatch(hop, a, r, b, year, roles, region);
  const [g, h, all, unit] = [`part_${b}`, `better_${b}`, `group_${b}`, `unit_${b}`];
  // The organisation itself and its parts, once each (a part reached along two paths too).
  return `WITH ${a}, [${a}] + [(${a})<-[:${vocabulary(PARTS.rel)}*1..${PARTS.depth}]-(${unit}:${vocabulary(PARTS.label)}) | ${unit}] AS ${all}
       UNWIND ${all} AS ${g}
       WITH DISTINCT ${a}, ${all}, ${g}
       ${hopMatch(hop, g, r, b, year, roles, region)}
         AND (${g} = ${a} OR NONE(${h} IN ${all} WHERE (${h} = ${a} OR ${h}.key < ${g}.key) AND EXISTS {
           ${hopMatch(hop, h, `${r}_better`, b, year, roles, region)} }))`;
}

/** The inside of a `COUNT { }` of the relationships hopFrom lists. */
export function hopCount(hop: Hop, a: string, r: string, b: string, year: string, roles: string, region: string | undefined, parts: boolean): string {
  return parts ? `${hopFrom(hop, a, r, b, year, roles, region, parts)} RETURN ${r}` : hopMatch(hop, a, r, b, year, roles, region);
}

/** The node a hop's relationship `r` starts from: the parent, or with parts the part it came through. */
export function startOf(hop: Hop, r: string): string {
  return `${hop.direction === 'out' ? 'startNode' : 'endNode'}(${r})`;
}

export async function neighbours(
  executor: Executor,
  hop: Hop,
  filter: HopFilter,
  keys: readonly string[],
  signal?: AbortSignal,
): Promise<Map<string, Neighbour[]>> {
  const parts = filter.parts === true;
  // With parts, each item's starting end is the part it came through, read with the item.
  const from = parts ? `, from: {labels: labels(${startOf(hop, 'r')}), props: [k IN $properties | ${startOf(hop, 'r')}[k]]}` : '';
  const rows = await executor.read<{
    key: string;
    selfLabels: string[];
    self: unknown[];
    items: { rel: unknown[]; labels: string[]; props: unknown[]; from?: { labels: string[]; props: unknown[] } }[];
  }>(
    `UNWIND $keys AS key
     MATCH (a:${Label.Entity} {key: key})
     CALL (a) {
       ${hopFrom(hop, 'a', 'r', 'b', '$year', '$roles', filter.region ? '$region' : undefined, parts)}
       ${orderedBy(hop.to, 'r', 'b')}
       LIMIT $limit
       RETURN collect({rel: [k IN $properties | r[k]], labels: labels(b), props: [k IN $properties | b[k]]${from}}) AS items
     }
     RETURN key, labels(a) AS selfLabels, [k IN $properties | a[k]] AS self, items`,
    {
      keys,
      year: filter.year ?? null,
      region: filter.region ?? null,
      roles: filter.roles ?? null,
      limit: neo4j.int(filter.limit),
      properties: filter.properties,
      lastRoles: entityOfLabel(hop.to)?.orderGroups?.last ?? [],
    },
    { signal },
  );
  return new Map(
    rows.map((r) => {
      const self = { labels: r.selfLabels, props: named(filter.properties, r.self) };
      // One row per starting node, shared by its items (hop.ts builds each end once per row).
      const starts = new Map<unknown, EntityRow>();
      const startOfItem = (from: { labels: string[]; props: unknown[] }): EntityRow => {
        const row = { labels: from.labels, props: named(filter.properties, from.props) };
        if (!starts.has(row.props.key)) starts.set(row.props.key, row);
        return starts.get(row.props.key)!;
      };
      return [
        r.key,
        r.items.map((i) => ({
          rel: named(filter.properties, i.rel),
          node: { labels: i.labels, props: named(filter.properties, i.props) },
          self: i.from ? startOfItem(i.from) : self,
        })),
      ];
    }),
  );
}

/** How many neighbours each node has along `hop` (the relationships a traversal field lists, without `first`). */
export async function neighbourCounts(
  executor: Executor,
  hop: Hop,
  filter: Omit<HopFilter, 'limit' | 'properties'>,
  keys: readonly string[],
  signal?: AbortSignal,
): Promise<Map<string, number>> {
  const rows = await executor.read<{ key: string; count: number }>(
    `UNWIND $keys AS key
     MATCH (a:${Label.Entity} {key: key})
     RETURN key, COUNT { ${hopCount(hop, 'a', 'r', 'b', '$year', '$roles', filter.region ? '$region' : undefined, filter.parts === true)} } AS count`,
    { keys, year: filter.year ?? null, region: filter.region ?? null, roles: filter.roles ?? null },
    { signal },
  );
  return new Map(rows.map((r) => [r.key, r.count]));
}
