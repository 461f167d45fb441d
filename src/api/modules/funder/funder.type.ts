import { Field, ObjectType } from 'type-graphql';
import { Entity, Fact, Names } from '../../engine/fact.type.js';
import { FunderKind } from '../../engine/enums.js';
import { Project } from '../project/project.type.js';

@ObjectType({
  implements: [Entity, Fact],
  description: 'A funder: a fund (ESR, EU structural funds, state research funding) or an organisation that funds (STEA).',
})
export class Funder extends Entity {
  @Field(() => String, { description: 'Name of the fund or funding organisation.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Abbreviation, e.g. ESR, STEA.' })
  shortName?: string;

  @Field(() => Names, { nullable: true, description: 'Names in other languages, e.g. en: European Social Fund.' })
  names?: Names | null;

  @Field(() => FunderKind, { description: 'What kind of funder it is.' })
  funderKind!: keyof typeof FunderKind;
}

@ObjectType({ implements: Fact, description: 'A funder funds a project.' })
export class Funding extends Fact {
  @Field(() => Funder, { description: 'The funder.' })
  funder!: Funder;

  @Field(() => Project, { description: 'The funded project.' })
  project!: Project;
}
