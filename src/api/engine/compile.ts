/**
 * One statement per operation: at a root field (a lookup by key, `entity`, a list page) the whole selection tree of
 * traversal fields under it — through fragments and aliases, the edge types' ends, the same-node fields — is compiled
 * into a plan (read from the graph model's traversals), run as one statement (compile.queries.ts), and the answer
 * built with the same functions the loader path uses (entityAs, edge, toEntity). Each field's value is left on its
 * parent object under the field's AST node; the traversal resolvers find it there and make no round trip. A field the
 * plan leaves out (an argument it cannot read, an ambiguous merge) resolves through the loaders as before.
 */
import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentSpreadNode,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type InlineFragmentNode,
  type SelectionSetNode,
} from 'graphql';
import { countUpTo } from '../../errors.js';
import { entity, entityOfLabel, relationship, type EdgeEnd, type Typename } from '../../graph/model.js';
import { SAME_NODE, TRAVERSALS, type SameNode, type Traversal } from '../../graph/traversals.js';
import { STATEMENTS } from '../../graph/statements.js';
import { Label } from '../../graph/vocabulary.js';
import type { Context } from '../context.js';
import { named, type Hop } from './graph.queries.js';
import { edge, entityAs, viewOf } from './hop.js';
import { DEFAULT_HOP_LIMIT, MAX_HOP_LIMIT } from './list.queries.js';
import { toEntity, type EntityRow, type View } from './mapping.js';
import { readTree, stagesOf, type ChildPlan, type HopRow, type NodePlan, type NodeRow, type StageRow, type TreeRow } from './compile.queries.js';
import { storedProperties } from './selection.js';

export type { NodePlan } from './compile.queries.js';

/** The count field beside a to-many traversal field (`projects` → `projectsCount`). */
export const countField = (traversal: string): string => `${traversal}Count`;

const TRAVERSAL = new Map<string, Traversal>();
const COUNT = new Map<string, Traversal>();
for (const [typename, ts] of Object.entries(TRAVERSALS)) {
  for (const t of ts) {
    TRAVERSAL.set(`${typename}.${t.name}`, t);
    if (!t.one) COUNT.set(`${typename}.${countField(t.name)}`, t);
  }
}
const SAME = new Map<string, SameNode>(Object.entries(SAME_NODE).flatMap(([typename, ss]) => ss.map((s) => [`${typename}.${s.name}`, s] as const)));

/** The hop a traversal field follows (as the loaders take it). */
export function hopOf(t: Traversal): Hop {
  return { type: t.rel, direction: t.direction, to: t.to, roleOn: t.roles === 'node' ? 'node' : undefined };
}

/** The typename of the nodes a traversal reaches ('Entity' when they are of more than one kind). */
export function reached(t: Traversal): string {
  return t.to === Label.Entity ? 'Entity' : entityOfLabel(t.to)!.typename;
}

/** The two ends of a traversal's edge: the one it starts from and the one it reaches. */
export function endsOf(t: Traversal): [EdgeEnd, EdgeEnd] | [] {
  const ends = relationship(t.rel).edge;
  if (!ends || !t.edge) return [];
  return t.direction === 'out' ? [ends.from, ends.to] : [ends.to, ends.from];
}

// ---------------------------------------------------------------------------------------------------------------
// The plan, from the selection
//
// A level's `year` is kept on its plan (HopPlan.year) and is in scope where its entities and edges are built
// (entityAs, edge, toEntity below): one year's view given to those functions reaches the compiled path there, as
// `follow`'s does on the loader path; such a level reads `statements` with its selected properties.

/**
 * The fields selected under `fieldNodes` on an object of `type`, grouped by response key, as graphql-js's execution
 * groups them (its collectSubfields is internal): the same groups in the same order, so that a group's first AST node
 * is the one its resolver is given first. @skip/@include are evaluated; each named fragment is expanded once.
 */
function subfields(info: GraphQLResolveInfo, type: GraphQLObjectType, fieldNodes: readonly FieldNode[]): Map<string, FieldNode[]> {
  const groups = new Map<string, FieldNode[]>();
  const expanded = new Set<string>();
  const included = (node: FieldNode | InlineFragmentNode | FragmentSpreadNode) =>
    getDirectiveValues(GraphQLSkipDirective, node, info.variableValues)?.if !== true &&
    getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues)?.if !== false;
  const applies = (condition: string | undefined) => {
    if (!condition || condition === type.name) return true;
    const named = info.schema.getType(condition);
    return !!named && isAbstractType(named) && info.schema.isSubType(named, type);
  };
  const collect = (set: SelectionSetNode) => {
    for (const s of set.selections) {
      if (!included(s)) continue;
      if (s.kind === Kind.FIELD) {
        const key = s.alias?.value ?? s.name.value;
        const group = groups.get(key);
        if (group) group.push(s);
        else groups.set(key, [s]);
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        if (applies(s.typeCondition?.name.value)) collect(s.selectionSet);
      } else if (!expanded.has(s.name.value)) {
        expanded.add(s.name.value);
        const fragment = info.fragments[s.name.value];
        if (fragment && applies(fragment.typeCondition.name.value)) collect(fragment.selectionSet);
      }
    }
  };
  for (const node of fieldNodes) if (node.selectionSet) collect(node.selectionSet);
  return groups;
}

/** Where a stage row keeps the entity built from it (a row is one hop's, and the hop builds it one way). */
const ENTITY = Symbol('entity');

/** A child of a node plan, and the AST node of the field it answers (the key its value is left under). */
type Planned = ChildPlan & { at: FieldNode; build: Builder };
/** The rows of every hop's stage by join key (compile.queries.ts): the nodes a hop reached, each read once. */
type Stages = Map<ChildPlan | NodePlan, Map<string, StageRow>>;
/** A field's value from the row; `own`: the rows of this field's stage (a hop's reached nodes). */
type Builder = (value: unknown, parent: EntityRow, stages: Stages, own: Map<string, StageRow> | undefined) => unknown;
interface Plan extends NodePlan {
  children: Planned[];
}

interface Walk {
  info: GraphQLResolveInfo;
}

function runtimeTypes(w: Walk, type: GraphQLNamedType): readonly GraphQLObjectType[] {
  return isObjectType(type) ? [type] : w.info.schema.getPossibleTypes(type as never);
}

function merge(plans: Plan[]): Plan {
  const children = plans.flatMap((p) => p.children);
  // Two groups answering the same AST node on one object (aliases of an edge's end spreading one fragment) could
  // select differently under it: neither is prefetched, the resolvers load them.
  const seen = new Map<FieldNode, number>();
  for (const c of children) seen.set(c.at, (seen.get(c.at) ?? 0) + 1);
  return {
    properties: storedProperties(plans.flatMap((p) => p.properties)),
    children: children.filter((c) => seen.get(c.at) === 1),
  };
}

/**
 * The plan of the node the field nodes select on (of `type`: an entity type or Entity): the properties they read and
 * the traversal, count and same-node fields under them, per runtime type. `year`: the node was reached by a level
 * with a year (one year's view reads the per-year statements too).
 */
function planNode(w: Walk, type: GraphQLNamedType, fieldNodes: readonly FieldNode[], view?: View): Plan {
  const abstract = !isObjectType(type);
  const names: string[] = view ? [STATEMENTS] : [];
  const children: Planned[] = [];
  for (const runtime of runtimeTypes(w, type)) {
    const fields = subfields(w.info, runtime, fieldNodes);
    for (const nodes of fields.values()) {
      const name = nodes[0]!.name.value;
      const id = `${runtime.name}.${name}`;
      const on = abstract ? (runtime.name as Typename) : null;
      const t = TRAVERSAL.get(id);
      const counted = COUNT.get(id);
      const same = SAME.get(id);
      const planned = t
        ? planHop(w, runtime, t, nodes)
        : counted
          ? planCount(w, runtime, counted, nodes)
          : same
            ? planSame(w, same, nodes)
            : null;
      if (planned) children.push({ ...planned, on });
      else if (!t && !counted && !same) names.push(name);
    }
  }
  return merge([{ properties: storedProperties(names), children }]);
}

type Unconditioned<T> = T extends unknown ? Omit<T, 'on'> : never;

function argumentsOf(w: Walk, on: GraphQLObjectType, node: FieldNode): Record<string, unknown> | null {
  try {
    return getArgumentValues(on.getFields()[node.name.value]!, node, w.info.variableValues);
  } catch {
    return null;
  }
}

function filterOf(
  t: Traversal,
  args: Record<string, unknown>,
): { year: number | null; region: string | null; roles: readonly string[] | null; parts: boolean } {
  const roles = t.fixedRoles ?? ((args.roles as string[] | null | undefined)?.length ? (args.roles as string[]) : null);
  const parts = !!t.parts && args.includeParts === true;
  return { year: (args.year as number | null | undefined) ?? null, region: (args.region as string | null | undefined) ?? null, roles, parts };
}

function planHop(w: Walk, on: GraphQLObjectType, t: Traversal, nodes: readonly FieldNode[]): Unconditioned<Planned> | null {
  const args = argumentsOf(w, on, nodes[0]!);
  if (!args) return null;
  let limit: number;
  try {
    limit = t.one ? 1 : countUpTo((args.first as number | null | undefined) ?? DEFAULT_HOP_LIMIT, MAX_HOP_LIMIT, '`first` on a relationship field');
  } catch {
    // Left to the loader path, which answers the same coded error at this field.
    return null;
  }
  const filter = filterOf(t, args);
  const view = viewOf(filter);
  // What every hop's plan says, an edge's or not: the field, the relationship, its filters and its `first`.
  const hop = { kind: 'hop', at: nodes[0]!, hop: hopOf(t), ...filter, limit } as const;
  const returned = getNamedType(on.getFields()[t.name]!.type);
  const [self, other] = endsOf(t);
  // A node this hop reached from several nodes of the level above (an organisation in many of a funder's projects)
  // is one stage row: its entity, with everything under it, is built once and shared by every item reaching it.
  const reachedEntity = (node: Plan, n: StageRow & { [ENTITY]?: object }, stages: Stages, typename: string): object =>
    (n[ENTITY] ??= built(node, entityAs<object>({ labels: n.l, props: named(node.properties, n.p) }, typename, view), n, stages));
  if (!self || !other) {
    const node = planNode(w, returned, nodes, view);
    const typename = reached(t);
    return {
      ...hop,
      rel: null,
      self: null,
      node,
      build: (value, _parent, stages, own) => {
        const items = (value as HopRow).i.map((i) => reachedEntity(node, own!.get(i.k)!, stages, typename));
        return t.one ? (items[0] ?? null) : items;
      },
    };
  }
  // An edge: its own fields are the relationship's; each end field (under every alias) is a node plan.
  const edgeType = returned as GraphQLObjectType;
  const fields = subfields(w.info, edgeType, nodes);
  const relNames: string[] = [];
  const ends: Record<'self' | 'other', Plan[]> = { self: [], other: [] };
  for (const group of fields.values()) {
    const name = group[0]!.name.value;
    const end = name === self.name ? 'self' : name === other.name ? 'other' : null;
    if (end) ends[end].push(planNode(w, getNamedType(edgeType.getFields()[name]!.type), group, end === 'other' ? view : undefined));
    else relNames.push(name);
  }
  if (view) relNames.push(STATEMENTS);
  const node = merge(ends.other);
  // The starting end is read only when selected (edge() still gives the edge one, with its labels).
  const selfPlan = ends.self.length ? merge(ends.self) : null;
  const rel = storedProperties(relNames);
  return {
    ...hop,
    rel,
    self: selfPlan,
    node,
    build: (value, parent, stages, own) => {
      const row = value as HopRow;
      const selfRow = { labels: parent.labels, props: selfPlan ? named(selfPlan.properties, row.s?.p ?? []) : {} };
      // With parts, each item's starting end is the part it came through, from the self plan's stage.
      const starts = filter.parts && selfPlan ? partsRows(stages.get(selfPlan)!, selfPlan) : null;
      let selfBuilt = false;
      const items = row.i.map((i) => {
        const n = own!.get(i.k)!;
        const start = starts?.get(i.g!);
        const e = edge({ rel: named(rel, i.r ?? []), self: start?.row ?? selfRow }, reachedEntity(node, n, stages, other.typename), self, other, view);
        if (start) built(selfPlan!, e[self.name] as object, start.stage, stages);
        // The starting end is one object for all the edges of this node (hop.ts builds it once per row).
        else if (selfPlan && !selfBuilt) built(selfPlan, e[self.name] as object, row.s!, stages);
        selfBuilt = true;
        return e;
      });
      return t.one ? (items[0] ?? null) : items;
    },
  };
}

// The starting ends an includeParts hop's items came through: one row object per part, shared by its items.
const partsStarts = new WeakMap<Map<string, StageRow>, Map<string, { row: EntityRow; stage: StageRow }>>();
function partsRows(stage: Map<string, StageRow>, plan: NodePlan): Map<string, { row: EntityRow; stage: StageRow }> {
  let rows = partsStarts.get(stage);
  if (!rows) {
    rows = new Map([...stage].map(([id, s]) => [id, { row: { labels: s.l, props: named(plan.properties, s.p) }, stage: s }]));
    partsStarts.set(stage, rows);
  }
  return rows;
}

function planCount(w: Walk, on: GraphQLObjectType, t: Traversal, nodes: readonly FieldNode[]): Unconditioned<Planned> | null {
  const args = argumentsOf(w, on, nodes[0]!);
  if (!args) return null;
  return { kind: 'count', at: nodes[0]!, hop: hopOf(t), ...filterOf(t, args), build: (value) => Number(value) };
}

function planSame(w: Walk, s: SameNode, nodes: readonly FieldNode[]): Unconditioned<Planned> {
  const node = planNode(w, w.info.schema.getType(s.as)!, nodes);
  return {
    kind: 'same',
    at: nodes[0]!,
    when: s.when,
    node,
    build: (value, parent, stages) => {
      if (value == null) return null;
      const row = value as NodeRow;
      return built(node, toEntity<object>({ labels: parent.labels, props: named(node.properties, row.p) }, s.as), row, stages);
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Prefetched values on the objects

const PREFETCHED = Symbol('prefetched');
type WithPrefetched = { [PREFETCHED]?: Map<FieldNode, unknown> };

/**
 * Leaves each child's value on `object` (the entity the row shows). Not enumerable: a same-node field's fallback
 * copies its parent (`{ ...root }`), which must not carry the parent's values to the other type's fields.
 */
function built<T extends object>(plan: Plan, object: T, row: NodeRow, stages: Stages): T {
  if (!plan.children.length || (object as WithPrefetched)[PREFETCHED]) return object;
  const { __typename: typename, labels } = object as { __typename?: string; labels: string[] };
  const self = { labels, props: {} };
  const values = new Map<FieldNode, unknown>();
  plan.children.forEach((c, i) => {
    if (c.on && c.on !== typename) return;
    values.set(c.at, c.build(row.c[i], self, stages, stages.get(c)));
  });
  Object.defineProperty(object, PREFETCHED, { value: values, enumerable: false });
  return object;
}

/** The value the compiled statement read for this field of `parent`, or undefined: then the field loads it. */
export function prefetched(parent: unknown, info: GraphQLResolveInfo): unknown {
  return (parent as WithPrefetched | null)?.[PREFETCHED]?.get(info.fieldNodes[0]!);
}

/**
 * The traversal, count and same-node fields of the built schema answer a prefetched value first, synchronously and
 * before type-graphql's resolver machinery (the resolver instance, its parameters, the arguments as a class
 * instance, an async function's promise), which would otherwise run for every object of a compiled answer only to
 * find the same value: thousands of times in a large nested answer. Fields without one resolve as before.
 */
export function answerPrefetchedFirst(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const id = `${type.name}.${field.name}`;
      const resolve = field.resolve;
      if (!resolve || !(TRAVERSAL.has(id) || COUNT.has(id) || SAME.has(id))) continue;
      field.resolve = (root, args, context, info) => {
        const found = prefetched(root, info);
        return found !== undefined ? found : resolve(root, args, context, info);
      };
    }
  }
  return schema;
}

// ---------------------------------------------------------------------------------------------------------------
// Root fields

const NOTHING: Plan = { properties: [], children: [] };

/**
 * At most this many subqueries (traversal and count fields) in one statement. Neo4j plans a new statement text in
 * about 30–100 ms per subquery (measured on this 2-core machine, loaded), once per text while its plan stays in the
 * query cache; a wide selection beyond this would spend seconds planning where its loaders take milliseconds.
 */
export const MAX_SUBQUERIES = 16;

/**
 * The plan cut to MAX_SUBQUERIES, level by level (the upper levels, whose fan-out costs the loaders most, stay in the
 * statement): a field left out, with everything under it, loads through the loaders.
 */
function withinBudget(plan: Plan): Plan {
  let left = MAX_SUBQUERIES;
  const queue: Plan[] = [plan];
  while (queue.length) {
    const level = queue.shift()!;
    level.children = level.children.filter((c) => {
      const cost = c.kind === 'same' ? 0 : 1;
      if (cost > left) return false;
      left -= cost;
      if (c.kind !== 'count') queue.push(c.node as Plan);
      if (c.kind === 'hop' && c.self) queue.push(c.self as Plan);
      return true;
    });
  }
  return plan;
}

/** The plan of a root field's selection (the entity it returns, of `typename` or Entity); none unless compiling. */
export function planOf(ctx: Context, info: GraphQLResolveInfo, typename: Typename | 'Entity'): Plan {
  if (!ctx.loaders.compiled) return NOTHING;
  return remembered(info, `node:${typename}`, (i) => withinBudget(planNode({ info: i }, i.schema.getType(typename)!, i.fieldNodes)));
}

/** The plan of the entities of a connection's page (edges → node, under every alias). */
export function pagePlan(ctx: Context, info: GraphQLResolveInfo, typename: Typename): Plan {
  if (!ctx.loaders.compiled) return NOTHING;
  return remembered(info, `page:${typename}`, (i) => {
    const w = { info: i };
    const connection = getNamedType(i.returnType) as GraphQLObjectType;
    const plans: Plan[] = [];
    for (const edges of subfields(i, connection, i.fieldNodes).values()) {
      if (edges[0]!.name.value !== 'edges') continue;
      const edgeType = getNamedType(connection.getFields().edges!.type) as GraphQLObjectType;
      for (const node of subfields(i, edgeType, edges).values()) {
        if (node[0]!.name.value === 'node') plans.push(planNode(w, i.schema.getType(typename)!, node));
      }
    }
    return withinBudget(merge(plans));
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Plans remembered
//
// A plan is a function of the document (its AST nodes, which Apollo's document cache hands every request of the same
// document) and of the variables the selection under the root field reads (`first`, `year`, `roles`, @skip/@include),
// not of the root field's own arguments (the key). Planning it again for each request was a tenth of the server's CPU
// time on the nested query. The variables it read are recorded while it is planned, and only those are in the key:
// the same names with the same values take the same path through the selection and give the same plan.

/** Per schema, per root field node: the variable names each plan read, and the plans by those names' values. */
const PLANS = new WeakMap<GraphQLSchema, WeakMap<FieldNode, { reads: string[][]; plans: Map<string, Plan> }>>();
/** Plans kept per root field node: variables such as `first` may take any value; past this, the node starts over. */
const PLANS_PER_NODE = 64;

function remembered(info: GraphQLResolveInfo, kind: string, plan: (info: GraphQLResolveInfo) => Plan): Plan {
  // Several nodes under one response key merge their selections: rare, planned each time.
  if (info.fieldNodes.length !== 1) return plan(info);
  let bySchema = PLANS.get(info.schema);
  if (!bySchema) PLANS.set(info.schema, (bySchema = new WeakMap()));
  const node = info.fieldNodes[0]!;
  let entry = bySchema.get(node);
  if (!entry) bySchema.set(node, (entry = { reads: [], plans: new Map() }));
  const variables = info.variableValues;
  // An absent variable and a null one can coerce differently: each has a value of its own in the key.
  const keyOf = (names: readonly string[]) =>
    `${kind}\u0000${names.join(',')}\u0000${JSON.stringify(names.map((n) => (n in variables ? (variables[n] ?? null) : { absent: true })))}`;
  for (const names of entry.reads) {
    const found = entry.plans.get(keyOf(names));
    if (found) return found;
  }
  const read = new Set<string>();
  const note = (name: string | symbol) => (typeof name === 'string' && read.add(name), name);
  const recording = new Proxy(variables, {
    get: (target, name) => Reflect.get(target, note(name)),
    has: (target, name) => Reflect.has(target, note(name)),
    getOwnPropertyDescriptor: (target, name) => Reflect.getOwnPropertyDescriptor(target, note(name)),
  });
  const made = plan({ ...info, variableValues: recording });
  const names = [...read].sort();
  if (entry.plans.size >= PLANS_PER_NODE) {
    entry.plans.clear();
    entry.reads = [];
  }
  if (!entry.reads.some((r) => r.join(',') === names.join(','))) entry.reads.push(names);
  entry.plans.set(keyOf(names), made);
  return made;
}

/** A listed row as its entity, with its children's values (page rows carry them as `c`). */
export function listed<T>(plan: Plan, row: EntityRow & { c?: unknown }, typename: Typename, view?: View): T {
  const e = toEntity<object>(row, typename, view);
  const tree = row.c as TreeRow | undefined;
  return (tree ? built(plan, e, { p: [], c: tree.c }, stagesOf(plan, tree)) : e) as T;
}

/**
 * One entity by key with everything its selection traverses, in one statement; null when the key is not one of
 * `typename` (any kind for Entity). Without traversals under it, the batched lookup (`fallback`) serves.
 */
export async function lookupTree<T>(
  ctx: Context,
  key: string,
  typename: Typename | 'Entity',
  info: GraphQLResolveInfo,
  fallback: () => Promise<T | null>,
): Promise<T | null> {
  const plan = planOf(ctx, info, typename);
  if (!plan.children.length) return fallback();
  const found = await readTree(ctx.executor, key, plan, ctx.signal);
  if (!found) return null;
  const row = { labels: found.labels, props: named(plan.properties, found.p) };
  if (typename !== 'Entity' && !row.labels.includes(entity(typename).label)) return null;
  return built(plan, toEntity<object>(row, typename === 'Entity' ? undefined : typename), { p: found.p, c: found.c.c }, stagesOf(plan, found.c)) as T;
}
