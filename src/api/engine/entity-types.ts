/**
 * The object types of the graph model: one per kind of entity (its fields from src/graph/properties.ts) and one per
 * relationship the API shows as an edge (its properties and two ends from the model's `edge`).
 */
import type { ClassType } from 'type-graphql';
import { ENTITIES, RELATIONSHIPS } from '../../graph/model.js';
import { ENTITY_FIELDS } from '../../graph/properties.js';
import { Entity, Fact } from './fact.type.js';
import { objectType, TYPES } from './object-types.js';

for (const { typename } of ENTITIES) objectType(typename, { ...ENTITY_FIELDS[typename], base: Entity, implements: [Entity, Fact] });

for (const { edge } of RELATIONSHIPS) {
  if (!edge) continue;
  const ends = { [edge.from.name]: [edge.from.typename, edge.from.description], [edge.to.name]: [edge.to.typename, edge.to.description] } as const;
  objectType(edge.typename, { description: edge.description, fields: { ...edge.fields, ...ends }, base: Fact, implements: [Fact] });
}

export { TYPES };

/** An entity or edge object as toEntity and the hops make it: its fields by name (properties.ts says which). */
export type GraphObject = { key?: string; __typename?: string } & Record<string, unknown>;

/** A generated type as a class, for hand-written modules that name it in their own fields (the analytics). */
export const named = (name: string) => TYPES[name] as ClassType<GraphObject>;
