/** Traversal fields: arguments and the call every relationship field makes. */
import type { GraphQLResolveInfo } from 'graphql';
import { ArgsType, Field, Int } from 'type-graphql';
import { selectedProperties } from './selection.js';
import { countUpTo } from '../../errors.js';
import type { Context } from '../context.js';
import type { Hop, Neighbour } from './graph.queries.js';
import { entity, type EdgeEnd, type Typename } from '../../graph/model.js';
import { DEFAULT_HOP_LIMIT, MAX_HOP_LIMIT } from './list.queries.js';
import { edgeFields, toEntity, type EntityRow, type FactFields, type View } from './mapping.js';
import { STATEMENTS } from '../../graph/statements.js';

/** The description of every traversal's and count's `includeParts`. */
export const PARTS_ARGUMENT =
  'With the organisation’s parts (the organisations PART_OF it, transitively: a university centre of its university, a hospital of its joint authority): their relationships count as its, each item once — through the organisation itself when it has it, else through its first part in key order. Which one it came through: the edge’s own end (organization, member, funder) or the item’s field (a seat’s represents, a body’s organization).';

@ArgsType()
export class HopArgs {
  @Field(() => Int, {
    nullable: true,
    description:
      'One year’s view: only relationships the report of this year states, and their fields (and the reached entities’ fields) as that year’s report stated them; where it is silent, the latest earlier value (listed in carriedOver). Applies to this level only, not to the levels nested under it.',
  })
  year?: number | null;

  @Field(() => String, { nullable: true, description: 'One region’s view: only relationships a report of this region states (of `year`, when given), answered as its reports stated them.' })
  region?: string | null;

  @Field(() => Int, { nullable: true, description: `At most this many (default ${DEFAULT_HOP_LIMIT}, at most ${MAX_HOP_LIMIT}).` })
  first?: number | null;
}

@ArgsType()
export class PartsHopArgs extends HopArgs {
  @Field(() => Boolean, { nullable: true, description: PARTS_ARGUMENT })
  includeParts?: boolean | null;
}

const hopLimit = (first: number | null | undefined): number => countUpTo(first ?? DEFAULT_HOP_LIMIT, MAX_HOP_LIMIT, '`first` on a relationship field');

/**
 * The neighbours of `key` along `hop`, batched with every other parent asking the same in this request. `info` tells
 * which properties the field's selection (the edge, and the edge's entity) reads; only those are returned.
 */
export function follow(
  ctx: Context,
  key: string,
  hop: Hop,
  args: PartsHopArgs & { roles?: readonly string[] | null },
  info: GraphQLResolveInfo,
): Promise<Neighbour[]> {
  const properties = selectedProperties(info, 2);
  return ctx.loaders
    .hop(hop, {
      year: args.year ?? null,
      region: args.region ?? null,
      roles: args.roles?.length ? args.roles : null,
      parts: args.includeParts === true,
      limit: hopLimit(args.first),
      // A view answers from the statements, whatever fields it selects.
      properties: viewOf(args) ? [...new Set([...properties, STATEMENTS])].sort() : properties,
    })
    .load(key);
}

/** The view a level's arguments ask for (`year`, `region`), or undefined for the newest of everything. */
export function viewOf(args: { year?: number | null; region?: string | null } | undefined): View | undefined {
  return args?.year != null || args?.region ? { year: args.year ?? null, region: args.region ?? null } : undefined;
}

/** The entity a row shows: as `typename` when the model says which kind it is, else as its labels say. */
export function entityAs<T>(row: EntityRow, typename: string, view?: View): T {
  return toEntity<T>(row, typename === 'Entity' ? undefined : typename, view);
}

/** The single neighbour along a to-one hop (a seat's person, a project's parent), or null. */
export async function followOne<T>(ctx: Context, key: string, hop: Hop, info: GraphQLResolveInfo, typename = 'Entity'): Promise<T | null> {
  const [first] = await follow(ctx, key, hop, { first: 1 }, info);
  return first ? entityAs<T>(first.node, typename) : null;
}

/**
 * A relationship edge: its own facts and role/title, plus the entity at each end (named and typed by the graph
 * model). The end the query came from is read by the traversal too (with the properties selected under it), not
 * taken from the parent, which may have read less. The entity at the other end is the caller's: a compiled answer
 * builds each reached node once for all the edges reaching it.
 */
export function edge(
  n: Omit<Neighbour, 'node'>,
  reached: unknown,
  self: EdgeEnd,
  other: EdgeEnd,
  view?: View,
): FactFields & Record<string, unknown> {
  const e = edgeFields(n.rel, view);
  e[self.name] = selfEntity(n.self, self.typename);
  e[other.name] = reached;
  return e;
}

// Every neighbour of one node shares its `self` row: its entity (quotes decoded) is built once, not once per edge.
const selfEntities = new WeakMap<EntityRow, unknown>();
function selfEntity(row: EntityRow, typename: string): unknown {
  let entity = selfEntities.get(row);
  if (!entity) selfEntities.set(row, (entity = entityAs(row, typename)));
  return entity;
}

/**
 * One entity by key, if it is of `typename`: if it carries that type's label (a Funder lookup also finds an
 * organisation that funds). With `info`, only the properties its query selects are read.
 */
export async function lookup<T>(ctx: Context, key: string, typename: Typename, info?: GraphQLResolveInfo): Promise<T | null> {
  const row = await (info ? ctx.loaders.nodeWith(selectedProperties(info, 1)) : ctx.loaders.node).load(key);
  return row && row.labels.includes(entity(typename).label) ? toEntity<T>(row, typename) : null;
}
