/** Traversal fields: arguments and the call every relationship field makes. */
import type { GraphQLResolveInfo } from 'graphql';
import { ArgsType, Field, Int } from 'type-graphql';
import { selectedProperties } from './selection.js';
import { AppError, ErrorCode } from '../../../errors.js';
import type { Context } from '../../context.js';
import type { Hop, Neighbour } from './graph.queries.js';
import type { EntityRow } from './mapping.js';
import { DEFAULT_HOP_LIMIT, MAX_HOP_LIMIT } from './list.queries.js';
import { facts, toEntity, type FactFields } from './mapping.js';


@ArgsType()
export class HopArgs {
  @Field(() => Int, { nullable: true, description: 'One year’s view: only relationships the report of this year states.' })
  year?: number | null;

  @Field(() => Int, { nullable: true, description: `At most this many (default ${DEFAULT_HOP_LIMIT}, at most ${MAX_HOP_LIMIT}).` })
  first?: number | null;
}

function hopLimit(first: number | null | undefined): number {
  const limit = first ?? DEFAULT_HOP_LIMIT;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_HOP_LIMIT) {
    throw new AppError(ErrorCode.BadUserInput, `\`first\` on a relationship field must be between 0 and ${MAX_HOP_LIMIT}.`);
  }
  return limit;
}

/**
 * The neighbours of `key` along `hop`, batched with every other parent asking the same in this request. `info` tells
 * which properties the field's selection (the edge, and the edge's entity) reads; only those are returned.
 */
export function follow(
  ctx: Context,
  key: string,
  hop: Hop,
  args: HopArgs & { roles?: string[] | null },
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

/** The single neighbour along a to-one hop (a seat's person, a project's parent), or null. */
export async function followOne<T>(ctx: Context, key: string, hop: Hop, info: GraphQLResolveInfo): Promise<T | null> {
  const [first] = await follow(ctx, key, hop, { first: 1 }, info);
  return first ? toEntity<T>(first.node) : null;
}

/**
 * A relationship edge: its own facts and role/title, plus the entity at each end. The end the query came from is read
 * by the traversal too (with the properties selected under it), not taken from the parent, which may have read less.
 */
export function edge<S extends string, O extends string, T>(
  n: Neighbour,
  selfName: S,
  otherName: O,
): FactFields & { role?: string; title?: string } & Record<S | O, T> {
  return {
    ...facts(n.rel),
    role: n.rel.role as string | undefined,
    title: n.rel.title as string | undefined,
    [selfName]: selfEntity(n.self),
    [otherName]: toEntity(n.node),
  } as never;
}

// Every neighbour of one node shares its `self` row: its entity (quotes decoded) is built once, not once per edge.
const selfEntities = new WeakMap<EntityRow, unknown>();
function selfEntity(row: EntityRow): unknown {
  let entity = selfEntities.get(row);
  if (!entity) selfEntities.set(row, (entity = toEntity(row)));
  return entity;
}

/** One entity by key, if it is of `typename`. With `info`, only the properties its query selects are read. */
export async function lookup<T>(ctx: Context, key: string, typename: string, info?: GraphQLResolveInfo): Promise<T | null> {
  const row = await (info ? ctx.loaders.nodeWith(selectedProperties(info, 1)) : ctx.loaders.node).load(key);
  if (!row) return null;
  const entity = toEntity<T & { __typename?: string; labels: string[] }>(row);
  // A Funder lookup also finds an organisation that funds.
  if (entity.__typename === typename || (typename === 'Funder' && entity.labels.includes('Funder'))) {
    return typename === 'Funder' ? (toEntity<T>(row, 'Funder') as T) : (entity as T);
  }
  return null;
}
