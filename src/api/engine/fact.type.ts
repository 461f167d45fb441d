/**
 * What every answer carries: the years that state it and the report quotes it rests on. Entities (nodes) and
 * relationship edges both implement Fact.
 */
import 'reflect-metadata';
import { Field, Int, InterfaceType, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Where a fact comes from: a report, the section, and a short exact quote.' })
export class Source {
  @Field(() => String, { description: 'Key of the report that states the fact, e.g. report:keski-pohjanmaa-2020.' })
  reportKey!: string;

  @Field(() => String, { description: 'The report section the quote comes from.' })
  section!: string;

  @Field(() => String, { description: 'The exact words of the report (whitespace normalised).' })
  quote!: string;
}

@ObjectType({ description: 'A name in the other languages of the region, where known.' })
export class Names {
  @Field(() => String, { nullable: true, description: 'Finnish.' })
  fi?: string;

  @Field(() => String, { nullable: true, description: 'Swedish.' })
  sv?: string;

  @Field(() => String, { nullable: true, description: 'English.' })
  en?: string;
}

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

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when more items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'True when this page does not start at the beginning of the list.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge of this page.' })
  startCursor?: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge of this page: pass it as `after` for the next page.' })
  endCursor?: string | null;
}
