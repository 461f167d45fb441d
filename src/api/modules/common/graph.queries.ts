import neo4j from 'neo4j-driver';
/**
 * The generic reads every module uses: nodes by key and one hop along a relationship, both batched over many keys
 * (one round trip per DataLoader batch). Labels and relationship types are vocabulary constants, checked here and
 * written into the Cypher so the planner can use the indexes; every value is a parameter.
 */
import type { Executor } from '../../../db/executor.js';
import { Label, Rel } from '../../../graph/vocabulary.js';
import type { EntityRow, Props } from './mapping.js';

const LABELS = new Set<string>(Object.values(Label));
const RELS = new Set<string>(Object.values(Rel));

export function label(l: Label): string {
  if (!LABELS.has(l)) throw new Error(`not a vocabulary label: ${l}`);
  return l;
}

export function relType(r: Rel): string {
  if (!RELS.has(r)) throw new Error(`not a vocabulary relationship type: ${r}`);
  return r;
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
}

export interface HopFilter {
  /** Only relationships stated in this report year. */
  year?: number | null;
  /** Only relationships whose `role` is one of these. */
  roles?: string[] | null;
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
 * The order of a hop's neighbours, by the target label: one property read per neighbour (plus the key for ties),
 * instead of probing every kind of name. `Entity` targets (mixed kinds) keep the general expression.
 */
const HOP_ORDER: Partial<Record<Label, string>> = {
  [Label.Priority]: 'b.code',
  [Label.Seat]: "coalesce(b.title, '')",
  [Label.Evaluation]: 'b.key',
  [Label.Report]: 'b.title',
};
const HOP_ORDER_MIXED = "coalesce(b.code, 0), coalesce(b.name, b.title, b.date, '')";
const hopOrder = (to: Label) => HOP_ORDER[to] ?? (to === Label.Entity ? HOP_ORDER_MIXED : 'b.name');

export async function neighbours(
  executor: Executor,
  hop: Hop,
  filter: HopFilter,
  keys: readonly string[],
  signal?: AbortSignal,
): Promise<Map<string, Neighbour[]>> {
  const pattern =
    hop.direction === 'out'
      ? `(a)-[r:${relType(hop.type)}]->(b:${label(hop.to)})`
      : `(a)<-[r:${relType(hop.type)}]-(b:${label(hop.to)})`;
  const rows = await executor.read<{
    key: string;
    selfLabels: string[];
    self: unknown[];
    items: { rel: unknown[]; labels: string[]; props: unknown[] }[];
  }>(
    `UNWIND $keys AS key
     MATCH (a:${Label.Entity} {key: key})
     CALL (a) {
       MATCH ${pattern}
       WHERE ($year IS NULL OR $year IN r.years) AND ($roles IS NULL OR r.role IN $roles)
       WITH r, b ORDER BY ${hopOrder(hop.to)}, b.key
       LIMIT $limit
       RETURN collect({rel: [k IN $properties | r[k]], labels: labels(b), props: [k IN $properties | b[k]]}) AS items
     }
     RETURN key, labels(a) AS selfLabels, [k IN $properties | a[k]] AS self, items`,
    { keys, year: filter.year ?? null, roles: filter.roles ?? null, limit: neo4j.int(filter.limit), properties: filter.properties },
    { signal },
  );
  return new Map(
    rows.map((r) => {
      const self = { labels: r.selfLabels, props: named(filter.properties, r.self) };
      return [r.key, r.items.map((i) => ({ rel: named(filter.properties, i.rel), node: { labels: i.labels, props: named(filter.properties, i.props) }, self }))];
    }),
  );
}
