import { Field, ObjectType } from 'type-graphql';
import { Entity, Fact } from '../../engine/fact.type.js';
import { EventFormat, EventStatus } from '../../engine/enums.js';

@ObjectType({ implements: [Entity, Fact], description: 'An event: a seminar, theme afternoon, conference days, study trip.' })
export class Event extends Entity {
  @Field(() => String, { description: 'Name as written.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Date, YYYY-MM-DD, where stated.' })
  date?: string;

  @Field(() => String, { nullable: true, description: 'Month, YYYY-MM, where only the month is known (or from the date).' })
  month?: string;

  @Field(() => String, { nullable: true, description: 'Place, e.g. Kokkola.' })
  place?: string;

  @Field(() => EventFormat, { nullable: true, description: 'On site, online or hybrid.' })
  format?: keyof typeof EventFormat;

  @Field(() => EventStatus, { description: 'Planned, held or cancelled.' })
  status!: keyof typeof EventStatus;
}
