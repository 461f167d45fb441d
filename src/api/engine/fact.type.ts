/**
 * What every answer carries: the years that state it and the report quotes it rests on. Entities (nodes) and
 * relationship edges both implement Fact.
 */
import 'reflect-metadata';
import { Field, Int, InterfaceType } from 'type-graphql';
import { VALUE_TYPES } from '../../graph/properties.js';
import { objectType, TYPES } from './object-types.js';

export const Source = objectType('Source', VALUE_TYPES.Source);
export interface Source {
  reportKey: string;
  section: string;
  quote: string;
  fields: readonly string[];
}
objectType('Names', VALUE_TYPES.Names);
objectType('YearStatus', VALUE_TYPES.YearStatus);
objectType('Count', VALUE_TYPES.Count);

@InterfaceType({ description: 'A statement of the reports: which years state it, with the quotes it rests on.' })
export abstract class Fact {
  @Field(() => [Int], { description: 'The report years that state this fact, ascending.' })
  years!: number[];

  @Field(() => [Source], { description: 'The report quotes this fact rests on, one per report that states it.' })
  sources!: Source[];

  @Field(() => [String], {
    description: 'Where the report is ambiguous about this fact: what it says and what was recorded. Empty when it is clear.',
  })
  ambiguities!: string[];
}

@InterfaceType({
  implements: Fact,
  description: 'A node of the graph: an organisation, person, project, … Every entity has a stable key.',
  resolveType: (value: { __typename?: string }) => value.__typename,
})
export abstract class Entity extends Fact {
  @Field(() => String, { description: 'Stable key, e.g. org:kosti-ry. The same key in every year’s report is the same entity.' })
  key!: string;
}
TYPES.Entity = Entity;
