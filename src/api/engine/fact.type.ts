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
objectType('FieldStatement', VALUE_TYPES.FieldStatement);

@InterfaceType({ description: 'A statement of the reports: which years state it, with the quotes it rests on.' })
export abstract class Fact {
  @Field(() => [Int], { description: 'The report years that state this fact, ascending.' })
  years!: number[];

  @Field(() => [Source], {
    description:
      'The report quotes this fact rests on. In a year view, only those of that year’s reports (of the view’s region; the newest year up to the view’s that states it), in a region’s view those of its reports; `history` keeps every report’s.',
  })
  sources!: Source[];

  @Field(() => [String], {
    description: 'Where the report is ambiguous about this fact: what it says and what was recorded. Empty when it is clear.',
  })
  ambiguities!: string[];

  @Field(() => Int, {
    nullable: true,
    description: 'The newest report year that states this fact (in a year view: up to that year). Earlier than the view’s year: the fact is carried over from then.',
  })
  statedIn?: number | null;

  @Field(() => [String], {
    description:
      'In a year view: the fields answered from an earlier year’s report because that year’s report does not state them (the latest earlier value is carried over). Empty without a year.',
  })
  carriedOver!: string[];
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
