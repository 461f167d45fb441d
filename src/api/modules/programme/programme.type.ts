import { Field, ObjectType } from 'type-graphql';
import { Entity, Fact, Names } from '../../engine/fact.type.js';
import { Organization } from '../organization/organization.type.js';

@ObjectType({ implements: [Entity, Fact], description: 'A programme projects belong to, e.g. Tulevaisuuden sosiaali- ja terveyskeskusohjelma.' })
export class Programme extends Entity {
  @Field(() => String, { description: 'Name as written.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Short name.' })
  shortName?: string;

  @Field(() => Names, { nullable: true, description: 'Names in other languages, where known.' })
  names?: Names | null;
}

@ObjectType({ implements: Fact, description: 'An organisation organises an event or coordinates a programme.' })
export class Organizing extends Fact {
  @Field(() => String, { description: 'ORGANIZER (events) or COORDINATOR (programmes).' })
  role!: string;

  @Field(() => Organization, { description: 'The organisation.' })
  organization!: Organization;

  @Field(() => Entity, { description: 'The event or programme.' })
  target!: Entity;
}
