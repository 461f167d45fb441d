import neo4j from 'neo4j-driver';
/**
 * The Cypher of a compiled selection (compile.ts): one expression per node of the plan, nested as COLLECT / COUNT
 * subqueries per level, so a whole operation is one statement. The text depends only on the plan's shape (which
 * traversal fields, nested how, under which type conditions); every value — keys, `first`, `year`, roles, the
 * property lists — is a parameter, so different arguments and different field choices share a text (and a plan).
 */
import type { Executor } from '../../db/executor.js';
import { ENTITIES, entity, entityOfLabel, type Typename } from '../../graph/model.js';
import { Label } from '../../graph/vocabulary.js';
import type { Hop } from './graph.queries.js';
import { hopMatch, orderedBy, vocabulary } from './graph.queries.js';

/** What is read of one node: its stored properties and its children (traversal, count and same-node fields). */
export interface NodePlan {
  properties: readonly string[];
  children: readonly ChildPlan[];
}

interface ChildBase {
  /** Only when the node is of this type (a fragment on one type under an abstract field). */
  on: Typename | null;
}

export interface HopPlan extends ChildBase {
  kind: 'hop';
  hop: Hop;
  year: number | null;
  region: string | null;
  roles: readonly string[] | null;
  limit: number;
  /** The relationship's properties (edge fields), and the starting node as the edge's own end, when an edge. */
  rel: readonly string[] | null;
  self: NodePlan | null;
  node: NodePlan;
}

export interface CountPlan extends ChildBase {
  kind: 'count';
  hop: Hop;
  year: number | null;
  region: string | null;
  roles: readonly string[] | null;
}

export interface SamePlan extends ChildBase {
  kind: 'same';
  /** The node is the other type only with this label (an organisation that funds). */
  when: Label;
  node: NodePlan;
}

export type ChildPlan = HopPlan | CountPlan | SamePlan;

/** A node's row as the statement returns it. */
export interface NodeRow {
  p: unknown[];
  c: unknown[];
}
/** One item of a hop: the relationship's properties, the reached node's labels and row. */
export interface ItemRow extends NodeRow {
  r: unknown[] | null;
  l: string[];
}
/** A hop's value: its items, and for an edge the starting node's own row (read once for all its edges). */
export interface HopRow {
  s: NodeRow | null;
  i: ItemRow[];
}

/** The test that a node is `typename` as the API names it: its label, and none of an earlier entity's (model.ts). */
function isType(v: string, typename: Typename): string {
  const at = ENTITIES.findIndex((e) => e.typename === typename);
  const earlier = ENTITIES.slice(0, at).map((e) => `${v}:${vocabulary(e.label)}`);
  const own = `${v}:${vocabulary(entity(typename).label)}`;
  return earlier.length ? `${own} AND NOT (${earlier.join(' OR ')})` : own;
}

class Statement {
  readonly params: Record<string, unknown> = {};
  private next = 0;

  /** A fresh level number: its variables and parameters are named with it. */
  level(): number {
    return ++this.next;
  }

  set(name: string, value: unknown): string {
    this.params[name] = value;
    return `$${name}`;
  }

  /** `[children]` of the node bound to `v`. */
  children(plan: NodePlan, v: string): string {
    return `[${plan.children.map((c) => (c.on ? `CASE WHEN ${isType(v, c.on)} THEN ${this.child(c, v)} END` : this.child(c, v))).join(', ')}]`;
  }

  /** `{p: [properties], c: [children]}` of the node bound to `v`. */
  row(plan: NodePlan, v: string, i: number, prefix = 'np'): string {
    return `{p: [k IN ${this.set(`${prefix}${i}`, plan.properties)} | ${v}[k]], c: ${this.children(plan, v)}}`;
  }

  private child(c: ChildPlan, v: string): string {
    const i = this.level();
    const [r, n] = [`r${i}`, `n${i}`];
    if (c.kind === 'same') return `CASE WHEN ${v}:${vocabulary(c.when)} THEN ${this.row(c.node, v, i)} END`;
    const region = c.region ? this.set(`rg${i}`, c.region) : undefined;
    const match = hopMatch(c.hop, v, r, n, this.set(`yr${i}`, c.year), this.set(`ro${i}`, c.roles), region);
    if (c.kind === 'count') return `COUNT { ${match} }`;
    const last = this.set(`lr${i}`, entityOfLabel(c.hop.to)?.orderGroups?.last ?? []);
    const rel = c.rel ? `[k IN ${this.set(`rp${i}`, c.rel)} | ${r}[k]]` : 'null';
    const items = `COLLECT { ${match}
       ${orderedBy(c.hop.to, r, n, last)}
       LIMIT ${this.set(`fi${i}`, neo4j.int(c.limit))}
       RETURN {r: ${rel}, l: labels(${n}), p: [k IN ${this.set(`np${i}`, c.node.properties)} | ${n}[k]], c: ${this.children(c.node, n)}} }`;
    return `{s: ${c.self ? this.row(c.self, v, i, 'sp') : 'null'}, i: ${items}}`;
  }
}

/** The children of a listed node `n` as one expression, with its parameters (for a list page's rows). */
export function childrenOf(plan: NodePlan, v = 'n'): { expr: string; params: Record<string, unknown> } {
  const s = new Statement();
  const expr = s.children(plan, v);
  return { expr, params: s.params };
}

/** One node by key and the whole plan under it, in one statement; null when no node has the key. */
export async function readTree(
  executor: Executor,
  key: string,
  plan: NodePlan,
  signal?: AbortSignal,
): Promise<{ labels: string[]; p: unknown[]; c: unknown[] } | null> {
  const s = new Statement();
  const children = s.children(plan, 'n');
  const [row] = await executor.read<{ labels: string[]; p: unknown[]; c: unknown[] }>(
    `MATCH (n:${Label.Entity} {key: $key})
     RETURN labels(n) AS labels, [k IN $properties | n[k]] AS p, ${children} AS c`,
    { ...s.params, key, properties: plan.properties },
    { signal },
  );
  return row ?? null;
}
