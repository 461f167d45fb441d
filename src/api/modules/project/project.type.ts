import { Field, Int, ObjectType } from 'type-graphql';
import { Entity, Fact, Names } from '../../engine/fact.type.js';
import { ParticipationRole, ProjectStatus } from '../../engine/enums.js';
import { Organization } from '../organization/organization.type.js';

@ObjectType({ description: 'A project’s status as stated in one report year.' })
export class YearStatus {
  @Field(() => Int, { description: 'The report year.' })
  year!: number;

  @Field(() => ProjectStatus, { description: 'The status that year.' })
  status!: keyof typeof ProjectStatus;
}

@ObjectType({ implements: [Entity, Fact], description: 'A project or sub-project: Soite 2.0 sote-keskus, TASOS, MUKAAN, VERNA, …' })
export class Project extends Entity {
  @Field(() => String, { description: 'Name as written in the report.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Short name, e.g. TASOS.' })
  shortName?: string;

  @Field(() => Names, { nullable: true, description: 'Names in other languages, where known.' })
  names?: Names | null;

  @Field(() => ProjectStatus, { description: 'Status in the newest report that states it (see statusHistory).' })
  status!: keyof typeof ProjectStatus;

  @Field(() => Int, { nullable: true, description: 'First year of the project, where stated.' })
  startYear?: number;

  @Field(() => Int, { nullable: true, description: 'Last year of the project, where stated.' })
  endYear?: number;

  @Field(() => [YearStatus], { description: 'The status each report year gave, oldest first.' })
  statusHistory!: YearStatus[];
}

@ObjectType({ implements: Fact, description: 'An organisation’s part in a project, with its role (lead, partner, …).' })
export class ProjectParticipation extends Fact {
  @Field(() => ParticipationRole, { description: 'LEAD (hallinnoija), PARTNER, CO_IMPLEMENTER, COORDINATOR or SUPPORTER.' })
  role!: keyof typeof ParticipationRole;

  @Field(() => Organization, { description: 'The organisation.' })
  organization!: Organization;

  @Field(() => Project, { description: 'The project.' })
  project!: Project;
}
