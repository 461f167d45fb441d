import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Entity, Fact } from '../../engine/fact.type.js';

@ObjectType({ implements: [Entity, Fact], description: 'One of the strategic priorities of SONet BOTNIA (painopiste).' })
export class Priority extends Entity {
  @Field(() => Int, { description: 'Number of the priority, 1–7.' })
  code!: number;

  @Field(() => String, { description: 'Wording of the strategy section heading.' })
  title!: string;

  @Field(() => [String], { description: 'Every wording the reports use for this priority.' })
  titles!: string[];
}

@ObjectType({ implements: [Entity, Fact], description: 'A priority’s evaluated realisation in one year and region.' })
export class Evaluation extends Entity {
  @Field(() => Int, { description: 'The evaluated year.' })
  year!: number;

  @Field(() => String, { description: 'The region, e.g. Keski-Pohjanmaa.' })
  region!: string;

  @Field(() => Float, { description: 'Mean score, e.g. 4.2.' })
  value!: number;

  @Field(() => Float, { description: 'Lowest value of the scale (1 = ei toteutunut).' })
  scaleMin!: number;

  @Field(() => Float, { description: 'Highest value of the scale (5 = toteutunut erittäin hyvin).' })
  scaleMax!: number;

  @Field(() => Int, { nullable: true, description: 'How many answered, e.g. 13.' })
  respondents?: number;

  @Field(() => Int, { nullable: true, description: 'How many were asked, e.g. 19.' })
  surveyed?: number;
}
