import { Field, Int, ObjectType } from 'type-graphql';
import { Entity, Fact } from '../../engine/fact.type.js';

@ObjectType({ implements: [Entity, Fact], description: 'A yearly activity report: the source of every fact.' })
export class Report extends Entity {
  @Field(() => String, { description: 'Title as written.' })
  title!: string;

  @Field(() => String, { description: 'The region it covers, e.g. Keski-Pohjanmaa.' })
  region!: string;

  @Field(() => Int, { description: 'The year it reports on.' })
  year!: number;

  @Field(() => String, { description: 'Date it was signed, YYYY-MM-DD.' })
  date!: string;

  @Field(() => String, { description: 'Language of the report: fi, sv or en.' })
  language!: string;
}
