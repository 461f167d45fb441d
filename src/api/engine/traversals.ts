/**
 * The traversal fields of every entity type, built from the graph model's named hops (src/graph/traversals.ts):
 * one resolver class per type, its field resolvers declared with type-graphql's decorators applied as functions.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Info, Int, Resolver, Root, type ClassType } from 'type-graphql';
import { entityOfLabel, relationship, type Typename } from '../../graph/model.js';
import { ENTITY_FIELDS } from '../../graph/properties.js';
import { SAME_NODE, TRAVERSALS, type SameNode, type Traversal } from '../../graph/traversals.js';
import type { Context } from '../context.js';
import { enumNamed } from './enums.js';
import { edge, entityAs, follow, followOne, HopArgs, PARTS_ARGUMENT, PartsHopArgs, viewOf } from './hop.js';
import { countField, endsOf, hopOf, reached } from './compile.js';
import type { TypeRegistry } from './object-types.js';

type Parent = { key: string; labels: string[] };
type Method = (root: Parent, ctx: Context, info: GraphQLResolveInfo, args?: PartsHopArgs, roles?: string[] | null) => unknown;

@ArgsType()
class CountArgs {
  @Field(() => Int, { nullable: true, description: 'One year’s view: only relationships the report of this year states.' })
  year?: number | null;

  @Field(() => String, { nullable: true, description: 'One region’s view: only relationships a report of this region states.' })
  region?: string | null;
}

@ArgsType()
class PartsCountArgs extends CountArgs {
  @Field(() => Boolean, { nullable: true, description: PARTS_ARGUMENT })
  includeParts?: boolean | null;
}

/**
 * A field's value as the loaders read it. What the root field's compiled statement read (compile.ts) is answered
 * before this runs (answerPrefetchedFirst, on the built schema), so these resolvers see only what it left.
 */
function resolve(t: Traversal): Method {
  const hop = hopOf(t);
  const [self, other] = endsOf(t);
  return async (root, ctx, info, args, roles) => {
    if (t.one) return followOne(ctx, root.key, hop, info, reached(t));
    const neighbours = await follow(ctx, root.key, hop, { ...args, roles: t.fixedRoles ?? roles }, info);
    const view = viewOf(args);
    return neighbours.map((n) => (self ? edge(n, entityAs(n.node, other!.typename, view), self, other!, view) : entityAs(n.node, reached(t), view)));
  };
}

/** How many items the traversal field lists without `first` (the relationships it follows, with its filters). */
function count(t: Traversal): Method {
  const hop = hopOf(t);
  return async (root, ctx, _info, args, roles) => {
    const filter = {
      year: args?.year ?? null,
      region: args?.region ?? null,
      roles: t.fixedRoles ?? (roles?.length ? roles : null),
      parts: args?.includeParts === true,
    };
    return ctx.loaders.count(hop, filter).load(root.key);
  };
}

function returns(t: Traversal, types: TypeRegistry): () => unknown {
  const name = t.edge ? relationship(t.rel).edge!.typename : reached(t);
  return t.one ? () => types[name]! : () => [types[name]!];
}

function rolesEnum(t: Traversal, typename: string): object {
  const roles = t.roles === 'node' ? entityOfLabel(t.to)?.roles : relationship(t.rel).roles;
  if (!roles) throw new Error(`${typename}.${t.name}: the model gives no roles to filter on`);
  return enumNamed(roles.enum);
}

function declare(proto: object, name: string, method: Method, returnType: () => unknown, description: string, nullable: boolean): void {
  Object.defineProperty(proto, name, { value: method, writable: true, configurable: true });
  Root()(proto, name, 0);
  Ctx()(proto, name, 1);
  Info()(proto, name, 2);
  FieldResolver(returnType as () => ClassType, { nullable, description })(proto, name, Object.getOwnPropertyDescriptor(proto, name)!);
}

function sameNode(s: SameNode): Method {
  return (root) => (root.labels.includes(s.when) ? { ...root, __typename: s.as } : null);
}

/** The resolver class of one entity type's traversal (and same-node) fields. */
export function traversalResolver(typename: Typename, types: TypeRegistry): ClassType {
  const Traversals = class {};
  Object.defineProperty(Traversals, 'name', { value: `${typename}Traversals` });
  const proto = Traversals.prototype;
  for (const t of TRAVERSALS[typename]) {
    if (!t.one) {
      Args(() => (t.parts ? PartsHopArgs : HopArgs))(proto, t.name, 3);
      if (t.roles) {
        const description = t.roles === 'node' ? `Only these ${reached(t).toLowerCase()} roles.` : 'Only these roles.';
        Arg('roles', () => [rolesEnum(t, typename)], { nullable: true, description })(proto, t.name, 4);
      }
    }
    declare(proto, t.name, resolve(t), returns(t, types), t.description, !!t.one);
    if (!t.one) {
      const name = countField(t.name);
      if (name in ENTITY_FIELDS[typename].fields) throw new Error(`${typename}.${name}: a property has the name of the count of ${t.name}`);
      Args(() => (t.parts ? PartsCountArgs : CountArgs))(proto, name, 3);
      if (t.roles) Arg('roles', () => [rolesEnum(t, typename)], { nullable: true, description: 'Only these roles.' })(proto, name, 4);
      const what = t.fixedRoles ? `${t.name} (${t.fixedRoles.join(', ')})` : t.name;
      declare(proto, name, count(t), () => Int, `How many ${what} there are, whatever \`first\` cuts the list to: the list is complete when it has this many.`, false);
    }
  }
  for (const s of SAME_NODE[typename] ?? []) declare(proto, s.name, sameNode(s), () => types[s.as], s.description, true);
  Resolver(() => types[typename]!)(Traversals);
  return Traversals;
}
