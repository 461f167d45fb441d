/** Traversal fields: arguments and the call every relationship field makes. */
import type { GraphQLResolveInfo } from 'graphql';
import { ArgsType, Field, Int } from 'type-graphql';
import { selectedProperties } from './selection.js';
import { countUpTo } from '../../errors.js';
import type { Context } from '../context.js';
import type { Hop, Neighbour } from './graph.queries.js';
import { entity, type EdgeEnd, type Typename } from '../../graph/model.js';
import { DEFAULT_HOP_LIMIT, MAX_HOP_LIMIT } from './list.queries.js';
import { facts, toEntity, type EntityRow, type FactFields } from './mapping.js';

@ArgsType()
export class HopArgs {
  @Field(() => Int, { nullable: true, description: 'One year’s view: only relationships the report of this year states.' })
  year?: number | null;

  @Field(() => Int, { nullable: true, description: `At most this many (default ${DEFAULT_HOP_LIMIT}, at most ${MAX_HOP_LIMIT}).` })
  first?: number | null;
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
  args: HopArgs & { roles?: readonly string[] | null },
  info: GraphQLResolveInfo,
): Promise<Neighbour[]> {
  return ctx.loaders
    .hop(hop, {
      year: args.year ?? null,
      roles: args.roles?.length ? args.roles : null,
      limit: hopLimit(args.first),
      properties: selectedProperties(info, 2),
    })
    .load(key);
}

/** The entity a row shows: as `typename` when the model says which kind it is, else as its labels say. */
export function entityAs<T>(row: EntityRow, typename: string): T {
  return toEntity<T>(row, typename === 'Entity' ? undefined : typename);
}

/** The single neighbour along a to-one hop (a seat's person, a project's parent), or null. */
export async function followOne<T>(ctx: Context, key: string, hop: Hop, info: GraphQLResolveInfo, typename = 'Entity'): Promise<T | null> {
  const [first] = await follow(ctx, key, hop, { first: 1 }, info);
  return first ? entityAs<T>(first.node, typename) : null;
}

/**
 * A relationship edge: its own facts and role/title, plus the entity at each end (named and typed by the graph
 * model). The end the query came from is read by the traversal too (with the properties selected under it), not
 * taken from the parent, which may have read less.
 */
export function edge(n: Neighbour, self: EdgeEnd, other: EdgeEnd): FactFields & Record<string, unknown> {
  return {
    ...facts(n.rel),
    role: n.rel.role as string | undefined,
    title: n.rel.title as string | undefined,
    [self.name]: selfEntity(n.self, self.typename),
    [other.name]: entityAs(n.node, other.typename),
  };
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
