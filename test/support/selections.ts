/** Selections of the compiled fields (traversals, counts, same-node fields) of the schema, for the compiler's tests. */
import { getNamedType, isObjectType, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { createContext } from '../../src/api/context.js';
import type { Executor } from '../../src/db/executor.js';
import type { TestApi } from './api.js';
import { ENTITIES, type Typename } from '../../src/graph/model.js';
import { SAME_NODE, TRAVERSALS } from '../../src/graph/traversals.js';

/** The fields of a type that are traversals, counts or same-node fields (what the compiler compiles). */
export function compiledFields(typename: Typename): string[] {
  return [
    ...TRAVERSALS[typename].flatMap((t) => (t.one ? [t.name] : [t.name, `${t.name}Count`])),
    ...(SAME_NODE[typename] ?? []).map((s) => s.name),
  ];
}

/** A selection of what `field` of `on` returns: a few plain fields, and (when `deeper`) every compiled field below. */
export function under(schema: GraphQLSchema, on: GraphQLObjectType, field: string, args: string, deeper: boolean): string {
  const f = on.getFields()[field]!;
  const withArgs = (name: string, of: GraphQLObjectType) => {
    const a = of.getFields()[name]!.args.map((x) => x.name);
    const given = args
      .split(', ')
      .filter((x) => x && a.includes(x.split(':')[0]!))
      .join(', ');
    return given ? `${name}(${given})` : name;
  };
  const t = getNamedType(f.type);
  if (!isObjectType(t) && t.name !== 'Entity') return withArgs(field, on); // a count
  const entityPart = (type: string): string => {
    const possible = type === 'Entity' ? ENTITIES.map((e) => e.typename) : [type as Typename];
    const inner = possible
      .map((p) => {
        const o = schema.getType(p) as GraphQLObjectType;
        // A few compiled fields of a concrete type below: a statement stays within the compiler's budget.
        const nested = deeper && type !== 'Entity' ? compiledFields(p).slice(0, 4).map((x) => `${p}__${x}: ${under(schema, o, x, args, false)}`).join(' ') : '';
        return nested ? `... on ${p} { ${nested} }` : '';
      })
      .join(' ');
    return `__typename key years ${inner}`;
  };
  if (t.name === 'Entity' || ENTITIES.some((e) => e.typename === t.name)) return `${withArgs(field, on)} { ${entityPart(t.name)} }`;
  // An edge: its own fields and both ends.
  const edge = t as GraphQLObjectType;
  const parts = Object.values(edge.getFields()).map((x) => {
    const end = getNamedType(x.type);
    return end.name === 'Entity' || ENTITIES.some((e) => e.typename === end.name) ? `${x.name} { ${entityPart(end.name)} }` : isObjectType(end) ? `${x.name} { ${leaves(end)} }` : x.name;
  });
  return `${withArgs(field, on)} { ${parts.join(' ')} }`;
}

/** The scalar fields of a value type (a quote's, a history entry's): what a generic selection reads of it. */
function leaves(t: GraphQLObjectType): string {
  return Object.values(t.getFields())
    .filter((f) => !isObjectType(getNamedType(f.type)))
    .map((f) => f.name)
    .join(' ');
}

/** Runs an operation on both read paths (the compiled statement, the loaders), counting the statements each sends. */
export async function bothReadPaths(api: TestApi, executor: Executor, query: string, variables: Record<string, unknown> = {}) {
  const run = async (compiled: boolean) => {
    const ctx = createContext(api.services);
    ctx.loaders.compiled = compiled;
    let statements = 0;
    const stop = executor.onRoundTrip(() => statements++);
    const response = await api.apollo.executeOperation({ query, variables }, { contextValue: ctx });
    stop();
    if (response.body.kind !== 'single') throw new Error('incremental responses are not used');
    return { ...response.body.singleResult, statements };
  };
  return { compiled: await run(true), loaders: await run(false) };
}
