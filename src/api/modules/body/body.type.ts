import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Entity, Fact, Names } from '../../engine/fact.type.js';
import { BodyKind, MembershipRole, SeatRole } from '../../engine/enums.js';

@ObjectType({
  implements: [Entity, Fact],
  description: 'A body: the regional steering group (alueohjausryhmä), a network or a working group.',
})
export class Body extends Entity {
  @Field(() => String, { description: 'Name as written.' })
  name!: string;

  @Field(() => Names, { nullable: true, description: 'Names in other languages, where known.' })
  names?: Names | null;

  @Field(() => BodyKind, { description: 'Steering group, network, working group, …' })
  kind!: keyof typeof BodyKind;

  @Field(() => Int, { nullable: true, description: 'Number of members, where stated.' })
  size?: number;

  @Field(() => Boolean, { nullable: true, description: 'True when the stated size is approximate (“noin 15”).' })
  sizeApproximate?: boolean;

  @Field(() => Float, { nullable: true, description: 'Meetings per year, where stated (newest report).' })
  meetingsPerYear?: number;
}

@ObjectType({ implements: [Entity, Fact], description: 'One person’s place in a body for one year: member, deputy or presenter.' })
export class Seat extends Entity {
  @Field(() => SeatRole, { description: 'MEMBER, DEPUTY or PRESENTER.' })
  role!: keyof typeof SeatRole;

  @Field(() => String, { nullable: true, description: 'Title as written in the seat list.' })
  title?: string;

  @Field(() => Int, { description: 'The year of the seat list.' })
  year!: number;
}

@ObjectType({ implements: Fact, description: 'An organisation or person that is a member of a body.' })
export class BodyMembership extends Fact {
  @Field(() => MembershipRole, { description: 'Member, coordinator or host.' })
  role!: keyof typeof MembershipRole;

  @Field(() => Entity, { description: 'The member: an Organization or a Person.' })
  member!: Entity;

  @Field(() => Body, { description: 'The body.' })
  body!: Body;
}
