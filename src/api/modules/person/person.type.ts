import { Field, ObjectType } from 'type-graphql';
import { Entity, Fact } from '../../engine/fact.type.js';
import { PersonRole } from '../../engine/enums.js';
import { Organization } from '../organization/organization.type.js';

@ObjectType({ implements: [Entity, Fact], description: 'A person named in a report (public report data only: name and titles).' })
export class Person extends Entity {
  @Field(() => String, { description: 'Full name as written.' })
  name!: string;
}

@ObjectType({ implements: Fact, description: 'A person’s title at an organisation, as written in the report.' })
export class Affiliation extends Fact {
  @Field(() => String, { nullable: true, description: 'Title as written, e.g. kehittämissuunnittelija.' })
  title?: string;

  @Field(() => Person, { description: 'The person.' })
  person!: Person;

  @Field(() => Organization, { description: 'The organisation.' })
  organization!: Organization;
}

@ObjectType({ implements: Fact, description: 'A person’s part in a project, event, body or programme.' })
export class Contribution extends Fact {
  @Field(() => PersonRole, { description: 'Coordinator, lead, speaker, responsible, …' })
  role!: keyof typeof PersonRole;

  @Field(() => Person, { description: 'The person.' })
  person!: Person;

  @Field(() => Entity, { description: 'What the person contributes to.' })
  target!: Entity;
}
