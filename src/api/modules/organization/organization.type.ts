import { Field, ObjectType } from 'type-graphql';
import { Entity, Fact, Names } from '../../engine/fact.type.js';
import { OrganizationKind } from '../../engine/enums.js';

@ObjectType({ implements: [Entity, Fact], description: 'An organisation: Soite, Centria AMK, Kosti ry, THL, …' })
export class Organization extends Entity {
  @Field(() => String, { description: 'Name as written in the report (fullest form).' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Short name or abbreviation, e.g. Soite.' })
  shortName?: string;

  @Field(() => Names, { nullable: true, description: 'Names in other languages, where known.' })
  names?: Names | null;

  @Field(() => OrganizationKind, { description: 'What kind of organisation it is.' })
  kind!: keyof typeof OrganizationKind;

  @Field(() => [String], { description: 'Other spellings used in the reports; all of them are this organisation.' })
  aliases!: string[];

  @Field(() => [String], { description: 'Official identifiers as scheme:value, e.g. fi-ytunnus:0123456-7.' })
  identifiers!: string[];

  @Field(() => Boolean, { description: 'True when the organisation also funds projects (see asFunder).' })
  isFunder!: boolean;
}
