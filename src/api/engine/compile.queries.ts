import neo4j from 'neo4j-driver';
/**
 * The Cypher of a compiled selection (compile.ts): one expression per root node, a COLLECT subquery holding one stage
 * per hop of the plan (each evaluated once per distinct node the hop reached, see Statement), so a whole operation is
 * one statement. The text depends only on the plan's shape (which
 * traversal fields, nested how, under which type conditions); every value — keys, `first`, `year`, roles, the
 * property lists — is a parameter, so different arguments and different field choices share a text (and a plan).
 */
import type { Executor } from '../../db/executor.js';
import { ENTITIES, entity, entityOfLabel, type Typename } from '../../graph/model.js';
import { Label } from '../../graph/vocabulary.js';
import type { Hop } from './graph.queries.js';
import { hopCount, hopFrom, orderedBy, startOf, vocabulary } from './graph.queries.js';

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
  /** From the node and its parts (hopFrom); an edge's starting end is then each item's own, read in a stage. */
  parts: boolean;
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
  parts: boolean;
}

export interface SamePlan extends ChildBase {
  kind: 'same';
  /** The node is the other type only with this label (an organisation that funds). */
  when: Label;
  node: NodePlan;
}

export type ChildPlan = HopPlan | CountPlan | SamePlan;

/** A node's row as the statement returns it: its properties and its children's values. */
export interface NodeRow {
  p: unknown[];
  c: unknown[];
}
/** One node reached by a hop, read once however many nodes of the level above reach it: its join key and labels. */
export interface StageRow extends NodeRow {
  k: string;
  l: string[];
}
/** One item of a hop: the relationship's properties and the reached node's join key (its row is in the hop's stage). */
export interface ItemRow {
  r: unknown[] | null;
  k: string;
  /** With parts, an edge's starting node's join key (its row is in the stage of the hop's `self` plan). */
  g?: string;
}
/** A hop's value: its items, and for an edge the starting node's own row (read once for all its edges). */
export interface HopRow {
  s: NodeRow | null;
  i: ItemRow[];
}
/** The value of `childrenOf`'s expression: the node's children, and per hop of the plan its stage's rows. */
export interface TreeRow {
  c: unknown[];
  o: StageRow[][];
}

/**
 * The plans whose stages a compiled tree returns, in the order of TreeRow.o (per plan, as childrenOf compiled it): a
 * hop (the nodes it reached), or with parts an edge's `self` plan (the parts its items came through).
 */
const STAGES = new WeakMap<NodePlan, (HopPlan | NodePlan)[]>();

/** Each hop (and parts' self plan) of `plan` with its stage's rows by join key. */
export function stagesOf(plan: NodePlan, tree: TreeRow): Map<ChildPlan | NodePlan, Map<string, StageRow>> {
  const hops = STAGES.get(plan) ?? [];
  return new Map(hops.map((h, i) => [h, new Map(tree.o[i]!.map((r) => [r.k, r]))]));
}

/** The test that a node is `typename` as the API names it: its label, and none of an earlier entity's (model.ts). */
function isType(v: string, typename: Typename): string {
  const at = ENTITIES.findIndex((e) => e.typename === typename);
  const earlier = ENTITIES.slice(0, at).map((e) => `${v}:${vocabulary(e.label)}`);
  const own = `${v}:${vocabulary(entity(typename).label)}`;
  return earlier.length ? `${own} AND NOT (${earlier.join(' OR ')})` : own;
}

/**
 * The statement is built level by level, as the loaders read: a hop returns only its relationships and the join keys
 * of the nodes it reaches; the node plan under it is then evaluated in a stage of its own, once per DISTINCT node the
 * hop reached from any node of the level above (a hub organisation under most of a funder's projects sorts its seats
 * once, not once per project). A stage reads each node by its element id (a seek) and returns its labels, properties
 * and children; the JS side joins the stages' rows back by key (compile.ts).
 */
class Statement {
  readonly params: Record<string, unknown> = {};
  readonly stages: (HopPlan | NodePlan)[] = [];
  private next = 0;
  /**
   * Stages still to write: what it is of (a hop, or an edge's self plan), the node plan it reads, its level, where its
   * items are in the rows of the stage above, and which join key of an item it reads (`k`, or `g` for the self).
   */
  private pending: { of: HopPlan | NodePlan; node: NodePlan; level: number; from: string; items: string; key: 'k' | 'g' }[] = [];
  /** The variable of the stage whose children are being written (its rows are `x` in the next stages). */
  private current = 'o0';

  /** A fresh level number: its variables and parameters are named with it. */
  level(): number {
    return ++this.next;
  }

  set(name: string, value: unknown): string {
    this.params[name] = value;
    return `$${name}`;
  }

  /** `[children]` of the node bound to `v`; `at`: where this list is in a row `x` of the current stage. */
  children(plan: NodePlan, v: string, at: string): string {
    return `[${plan.children
      .map((c, j) => {
        const value = this.child(c, v, `${at}[${j}]`);
        return c.on ? `CASE WHEN ${isType(v, c.on)} THEN ${value} END` : value;
      })
      .join(', ')}]`;
  }

  /** `{p: [properties], c: [children]}` of the node bound to `v` (at `at` in the current stage's rows). */
  row(plan: NodePlan, v: string, i: number, prefix: string, at: string): string {
    return `{p: [k IN ${this.set(`${prefix}${i}`, plan.properties)} | ${v}[k]], c: ${this.children(plan, v, `${at}.c`)}}`;
  }

  private child(c: ChildPlan, v: string, at: string): string {
    const i = this.level();
    const [r, n] = [`r${i}`, `n${i}`];
    if (c.kind === 'same') return `CASE WHEN ${v}:${vocabulary(c.when)} THEN ${this.row(c.node, v, i, 'np', at)} END`;
    const region = c.region ? this.set(`rg${i}`, c.region) : undefined;
    const filters = [this.set(`yr${i}`, c.year), this.set(`ro${i}`, c.roles), region, c.parts] as const;
    if (c.kind === 'count') return `COUNT { ${hopCount(c.hop, v, r, n, ...filters)} }`;
    const last = this.set(`lr${i}`, entityOfLabel(c.hop.to)?.orderGroups?.last ?? []);
    const rel = c.rel ? `[k IN ${this.set(`rp${i}`, c.rel)} | ${r}[k]]` : 'null';
    this.pending.push({ of: c, node: c.node, level: i, from: this.current, items: `${at}.i`, key: 'k' });
    // With parts, each edge's starting end is the part it came through: a stage of its own, as the reached nodes.
    const partsSelf = c.parts && c.self;
    if (partsSelf) this.pending.push({ of: c.self!, node: c.self!, level: this.level(), from: this.current, items: `${at}.i`, key: 'g' });
    const items = `COLLECT { ${hopFrom(c.hop, v, r, n, ...filters)}
       ${orderedBy(c.hop.to, r, n, last)}
       LIMIT ${this.set(`fi${i}`, neo4j.int(c.limit))}
       RETURN {r: ${rel}, k: elementId(${n})${partsSelf ? `, g: elementId(${startOf(c.hop, r)})` : ''}} }`;
    return `{s: ${c.self && !partsSelf ? this.row(c.self, v, i, 'sp', `${at}.s`) : 'null'}, i: ${items}}`;
  }

  /**
   * The tree under the node bound to `v`, as one expression (a TreeRow). Aggregating functions are avoided inside
   * it (COLLECT subqueries instead): a list page evaluates it inside its own collect().
   */
  tree(plan: NodePlan, v: string): string {
    const parts = [`WITH [{c: ${this.children(plan, v, 'x.c')}}] AS o0`];
    const outs: string[] = [];
    for (let st = this.pending.shift(); st; st = this.pending.shift()) {
      const [a, o] = [`a${st.level}`, `o${st.level}`];
      this.current = o;
      this.stages.push(st.of);
      outs.push(o);
      const node = st.node;
      parts.push(`WITH *, COLLECT { UNWIND ${st.from} AS x UNWIND ${st.items} AS y
       WITH DISTINCT y.${st.key} AS id
       MATCH (${a}) WHERE elementId(${a}) = id
       RETURN {k: id, l: labels(${a}), p: [k IN ${this.set(`np${st.level}`, node.properties)} | ${a}[k]], c: ${this.children(node, a, 'x.c')}} } AS ${o}`);
    }
    return `COLLECT { ${parts.join('\n     ')}
     RETURN {c: o0[0].c, o: [${outs.join(', ')}]} }[0]`;
  }
}

/** The children of a listed node `n` as one expression (a TreeRow), with its parameters (for a list page's rows). */
export function childrenOf(plan: NodePlan, v = 'n'): { expr: string; params: Record<string, unknown> } {
  let compiled = COMPILED.get(plan);
  if (!compiled) COMPILED.set(plan, (compiled = new Map()));
  let done = compiled.get(v);
  if (!done) {
    const s = new Statement();
    const expr = s.tree(plan, v);
    STAGES.set(plan, s.stages);
    done = { expr, params: s.params };
    compiled.set(v, done);
  }
  return done;
}
/** A plan's expression and parameters, written once: compile.ts keeps a plan for every request of its document. */
const COMPILED = new WeakMap<NodePlan, Map<string, { expr: string; params: Record<string, unknown> }>>();

/**
 * One node by key and the whole plan under it, in one statement; null when no node has the key. The answer comes as
 * one record per stage row (the root's row first, `s` -1) rather than one record holding the whole tree: the driver
 * decodes each string of a record that spans several Bolt chunks through a new StringDecoder over every chunk, which
 * made decoding a large nested answer most of its cost; records of one row each fit in a chunk. All in one fetch.
 */
export async function readTree(
  executor: Executor,
  key: string,
  plan: NodePlan,
  signal?: AbortSignal,
): Promise<{ labels: string[]; p: unknown[]; c: TreeRow } | null> {
  const { expr, params } = childrenOf(plan);
  const rows = await executor.read<{ s: number; row: StageRow & { c: unknown[] } }>(
    `MATCH (n:${Label.Entity} {key: $key})
     WITH labels(n) AS labels, [k IN $properties | n[k]] AS p, ${expr} AS tree
     UNWIND range(-1, size(tree.o) - 1) AS s
     UNWIND CASE s WHEN -1 THEN [{l: labels, p: p, c: tree.c}] ELSE tree.o[s] END AS row
     RETURN s, row`,
    { ...params, key, properties: plan.properties },
    { signal, fetchSize: ALL },
  );
  return treeOf(rows, (STAGES.get(plan) ?? []).length);
}

/** The tree from readTree's records (the root's row, `s` -1, then each stage's rows): null without a root row. */
export function treeOf(
  rows: readonly { s: number; row: StageRow & { c: unknown[] } }[],
  stages: number,
): { labels: string[]; p: unknown[]; c: TreeRow } | null {
  const root = rows.find((r) => r.s === -1)?.row;
  if (!root) return null;
  const o: StageRow[][] = Array.from({ length: stages }, () => []);
  for (const r of rows) if (r.s >= 0) o[r.s]!.push(r.row);
  return { labels: root.l, p: root.p, c: { c: root.c, o } };
}

/** The driver's fetch size for "every record in the first batch". */
const ALL = -1;
