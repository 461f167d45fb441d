/**
 * `history(fields:, region:)` on every entity type and every edge type: each per-year field (src/graph/properties.ts
 * `perYearFields`) as each report stated it, from the per-report statements (src/graph/statements.ts). The field
 * enumeration of each type and its resolver are generated from the field tables, not written per type.
 */
import { Arg, FieldResolver, Resolver, Root, registerEnumType, type ClassType } from 'type-graphql';
import { ENTITIES, RELATIONSHIPS } from '../../graph/model.js';
import { ENTITY_FIELDS, perYearFields, type Fields } from '../../graph/properties.js';
import { historyRows } from './mapping.js';
import type { TypeRegistry } from './object-types.js';
import type { Source } from './fact.type.js';

const named = <T extends object>(cls: T, name: string): T => Object.defineProperty(cls, 'name', { value: name });

function historyResolver(typename: string, fields: Fields, types: TypeRegistry): ClassType | null {
  const names = perYearFields(fields);
  if (!names.length) return null;
  const FieldEnum = Object.fromEntries(names.map((n) => [n, n]));
  registerEnumType(FieldEnum, { name: `${typename}Field`, description: `The per-year fields of ${typename}: what history(fields:) can list.` });
  const History = named(class {}, `${typename}History`);
  const proto = History.prototype;
  Object.defineProperty(proto, 'history', {
    value: (root: { statements?: unknown; sources?: Source[] }, asked: string[] | null, region: string | null) =>
      historyRows(root, asked, region ? { region } : undefined),
    writable: true,
    configurable: true,
  });
  Root()(proto, 'history', 0);
  Arg('fields', () => [FieldEnum], { nullable: true, description: 'Only these fields (all when not given), in this order.' })(proto, 'history', 1);
  Arg('region', () => String, { nullable: true, description: 'Only the reports of this region.' })(proto, 'history', 2);
  FieldResolver(() => [types.FieldStatement!], {
    description: 'Each per-year field as each report stated it, oldest first, with the report’s quotes: what changed, and when.',
  })(proto, 'history', Object.getOwnPropertyDescriptor(proto, 'history')!);
  Resolver(() => types[typename]!)(History);
  return History;
}

/** The history resolvers of every entity type and edge type that has per-year fields. */
export function historyResolvers(types: TypeRegistry): ClassType[] {
  const entities = ENTITIES.map((e) => historyResolver(e.typename, ENTITY_FIELDS[e.typename].fields, types));
  const edges = RELATIONSHIPS.flatMap((r) => (r.edge?.fields ? [historyResolver(r.edge.typename, r.edge.fields, types)] : []));
  return [...entities, ...edges].filter((r): r is ClassType => r !== null);
}
