/**
 * The list modules, one factory: from each ListModel of the graph model (src/graph/lists.ts) the Filter input (with
 * AND/OR/NOT), the Sort enum, the list arguments, the connection type, the list query and the lookup by key.
 * type-graphql's decorators are applied as functions to classes made here.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, Float, Info, InputType, Int, Query, registerEnumType, Resolver, type ClassType } from 'type-graphql';
import { LISTS, type FilterField, type ListModel } from '../../graph/lists.js';
import type { Context } from '../context.js';
import { connectionType, PageArgs, toConnection } from './connection.js';
import { enumNamed, SortDirection } from './enums.js';
import { listSpec, type FilterValues } from './filter.queries.js';
import { lookup, viewOf } from './hop.js';
import { STATEMENTS } from '../../graph/statements.js';
import { KEY_ARGUMENT, lookupAny, LOOKUP_MISS } from './keys.js';
import { listEntities, type ListArgs } from './list.queries.js';
import { childrenOf } from './compile.queries.js';
import { listed, lookupTree, pagePlan, planOf } from './compile.js';
import { pageNeeds, selectedProperties } from './selection.js';
import type { TypeRegistry } from './object-types.js';

function inputType(field: FilterField): () => unknown {
  switch (field.kind) {
    case 'in':
      return () => [enumNamed(field.enum)];
    case 'role':
      return () => enumNamed(field.enum);
    case 'year':
      return () => Int;
    case 'equals':
      return field.type === 'Int' ? () => Int : () => String;
    case 'compare':
      return () => Float;
    case 'label':
    case 'none':
    case 'parts':
      return () => Boolean;
    default:
      return () => String;
  }
}

const named = <T extends object>(cls: T, name: string): T => Object.defineProperty(cls, 'name', { value: name });

/** The Filter input of each listed kind, by typename (the aggregates take them too). */
export const FILTERS: Record<string, ClassType> = {};

function filterInput(model: ListModel, description: string): ClassType {
  const Filter = named(class {}, `${model.typename}Filter`);
  const proto = Filter.prototype;
  for (const f of model.filters) Field(inputType(f) as () => ClassType, { nullable: true, description: f.description })(proto, f.name);
  Field(() => [Filter], { nullable: true, description: 'All of these.' })(proto, 'AND');
  Field(() => [Filter], { nullable: true, description: 'Any of these.' })(proto, 'OR');
  Field(() => Filter, { nullable: true, description: 'Not this.' })(proto, 'NOT');
  InputType(`${model.typename}Filter`, { description })(Filter);
  FILTERS[model.typename] = Filter;
  return Filter;
}

function listArgs(model: ListModel, Filter: ClassType, argument: string): ClassType {
  const Sort = Object.fromEntries(Object.keys(model.sorts).map((k) => [k, k]));
  registerEnumType(Sort, { name: `${model.typename}Sort`, description: model.sort.description });
  const ListArgs = named(class extends PageArgs {}, `${model.typename}ListArgs`);
  const proto = ListArgs.prototype;
  Field(() => Filter, { nullable: true, description: argument })(proto, 'filter');
  Field(() => Sort, { defaultValue: model.sort.default, description: 'Sort field.' })(proto, 'orderBy');
  Field(() => SortDirection, { defaultValue: model.sort.direction, description: 'Sort direction.' })(proto, 'direction');
  ArgsType()(ListArgs);
  return ListArgs;
}

function method(proto: object, name: string, fn: (...args: never[]) => unknown): PropertyDescriptor {
  Object.defineProperty(proto, name, { value: fn, writable: true, configurable: true });
  return Object.getOwnPropertyDescriptor(proto, name)!;
}

/** The resolver of one listed kind: its lookup by key and, for the paged kinds, its list query. */
export function listResolver(model: ListModel, types: TypeRegistry): ClassType {
  const Type = types[model.typename] as ClassType;
  const Lists = named(class {}, `${model.typename}Lists`);
  const proto = Lists.prototype;
  const lookupName = model.typename[0]!.toLowerCase() + model.typename.slice(1);
  const byKey = method(proto, lookupName, (key: string, ctx: Context, info: GraphQLResolveInfo) =>
    lookupAny(key, model.typename, (k) => lookupTree(ctx, k, model.typename, info, () => lookup(ctx, k, model.typename, info)), ctx),
  );
  Arg('key', () => String, { description: KEY_ARGUMENT })(proto, lookupName, 0);
  Ctx()(proto, lookupName, 1);
  Info()(proto, lookupName, 2);
  Query(() => Type, { nullable: true, description: `${model.lookup} ${LOOKUP_MISS}` })(proto, lookupName, byKey);

  if (model.query) {
    const q = model.query;
    const ListArgs = listArgs(model, filterInput(model, q.filter), q.argument);
    const Connection = connectionType(model.typename, q.what);
    const spec = listSpec(model);
    const list = method(proto, q.name, async (args: ListArgs<FilterValues>, ctx: Context, info: GraphQLResolveInfo) => {
      const view = viewOf(args);
      const plan = pagePlan(ctx, info, model.typename);
      const children = plan.children.length ? childrenOf(plan) : null;
      const needs = pageNeeds(info);
      const properties = view ? [...new Set([...needs.properties, STATEMENTS])].sort() : needs.properties;
      const page = await listEntities<FilterValues>(ctx.executor, spec, args, { ...needs, properties, children }, ctx.signal);
      return toConnection(page, (row) => listed(plan, row, model.typename, view));
    });
    Args(() => ListArgs)(proto, q.name, 0);
    Ctx()(proto, q.name, 1);
    Info()(proto, q.name, 2);
    Query(() => Connection, { description: q.description })(proto, q.name, list);
  }
  if (model.whole) wholeList(proto, model, Type);
  Resolver(() => Type)(Lists);
  return Lists;
}

/** Every listed kind's resolver. */
export function listResolvers(types: TypeRegistry): ClassType[] {
  return LISTS.map((model) => listResolver(model, types));
}

/** A short list's query, answered whole (the reports, the priorities): in its default order, at most 100. */
function wholeList(proto: object, model: ListModel, Type: ClassType): void {
  const q = model.whole!;
  const spec = listSpec(model);
  const args = { orderBy: model.sort.default, direction: model.sort.direction, first: 100 };
  const at = model.filters.length;
  const list = method(proto, q.name, async (...params: unknown[]) => {
    const filter = Object.fromEntries(model.filters.map((f, i) => [f.name, params[i]])) as FilterValues;
    const [year, ctx, info] = params.slice(at) as [number | null, Context, GraphQLResolveInfo];
    const view = viewOf({ year });
    const plan = planOf(ctx, info, model.typename);
    const children = plan.children.length ? childrenOf(plan) : null;
    const selected = selectedProperties(info, 1);
    const properties = view ? [...new Set([...selected, STATEMENTS])].sort() : selected;
    const page = await listEntities<FilterValues>(ctx.executor, spec, { ...args, filter, year }, { withTotal: false, properties, children }, ctx.signal);
    return page.rows.map((row) => listed(plan, row, model.typename, view));
  });
  model.filters.forEach((f, i) => Arg(f.name, inputType(f) as () => ClassType, { nullable: true, description: f.description })(proto, q.name, i));
  Arg('year', () => Int, { nullable: true, description: q.year })(proto, q.name, at);
  Ctx()(proto, q.name, at + 1);
  Info()(proto, q.name, at + 2);
  Query(() => [Type], { description: q.description })(proto, q.name, list);
}
