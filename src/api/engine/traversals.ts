/**
 * The traversal fields of every entity type, built from the graph model's named hops (src/graph/traversals.ts):
 * one resolver class per type, its field resolvers declared with type-graphql's decorators applied as functions.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Resolver, Root, type ClassType } from 'type-graphql';
import { entityOfLabel, relationship, type Typename } from '../../graph/model.js';
import { SAME_NODE, TRAVERSALS, type SameNode, type Traversal } from '../../graph/traversals.js';
import { Label } from '../../graph/vocabulary.js';
import type { Context } from '../context.js';
import { enumNamed } from './enums.js';
import { edge, entityAs, follow, followOne, HopArgs, viewOf } from './hop.js';
import type { TypeRegistry } from './object-types.js';

type Parent = { key: string; labels: string[] };
type Method = (root: Parent, ctx: Context, info: GraphQLResolveInfo, args?: HopArgs, roles?: string[] | null) => unknown;

/** The typename of the nodes a traversal reaches ('Entity' when they are of more than one kind). */
function reached(t: Traversal): string {
  return t.to === Label.Entity ? 'Entity' : entityOfLabel(t.to)!.typename;
}

function resolve(t: Traversal): Method {
  const hop = { type: t.rel, direction: t.direction, to: t.to, roleOn: t.roles === 'node' ? ('node' as const) : undefined };
  const ends = relationship(t.rel).edge;
  const [self, other] = ends ? (t.direction === 'out' ? [ends.from, ends.to] : [ends.to, ends.from]) : [];
  return async (root, ctx, info, args, roles) => {
    if (t.one) return followOne(ctx, root.key, hop, info, reached(t));
    const found = await follow(ctx, root.key, hop, { ...args, roles: t.fixedRoles ?? roles }, info);
    const view = viewOf(args);
    return found.map((n) => (t.edge ? edge(n, self!, other!, view) : entityAs(n.node, reached(t), view)));
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
      Args(() => HopArgs)(proto, t.name, 3);
      if (t.roles) {
        const description = t.roles === 'node' ? `Only these ${reached(t).toLowerCase()} roles.` : 'Only these roles.';
        Arg('roles', () => [rolesEnum(t, typename)], { nullable: true, description })(proto, t.name, 4);
      }
    }
    declare(proto, t.name, resolve(t), returns(t, types), t.description, !!t.one);
  }
  for (const s of SAME_NODE[typename] ?? []) declare(proto, s.name, sameNode(s), () => types[s.as], s.description, true);
  Resolver(() => types[typename]!)(Traversals);
  return Traversals;
}
