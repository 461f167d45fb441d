import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Info, Query, registerEnumType, Resolver, Root } from 'type-graphql';
import { Label, Rel } from '../../../graph/vocabulary.js';
import type { Context } from '../../context.js';
import { connectionType, PageArgs, toConnection } from '../common/connection.js';
import { ParticipationRole, PersonRole, SortDirection } from '../common/enums.js';
import { edge, follow, followOne, HopArgs, lookup } from '../common/hop.js';
import { listEntities } from '../common/list.queries.js';
import { toEntity } from '../common/mapping.js';
import { pageNeeds } from '../common/selection.js';
import { Funding } from '../funder/funder.type.js';
import { Contribution } from '../person/person.type.js';
import { Programme } from '../programme/programme.type.js';
import { ProjectFilter, projectList, ProjectSort } from './project.queries.js';
import { Project, ProjectParticipation, YearStatus } from './project.type.js';

registerEnumType(ProjectSort, { name: 'ProjectSort', description: 'Sort projects by name, key or status.' });

const ProjectConnection = connectionType(Project, 'Project', 'project');

@ArgsType()
class ProjectListArgs extends PageArgs {
  @Field(() => ProjectFilter, { nullable: true, description: 'Which projects.' })
  filter?: ProjectFilter | null;

  @Field(() => ProjectSort, { defaultValue: 'NAME', description: 'Sort field.' })
  orderBy!: keyof typeof ProjectSort;

  @Field(() => SortDirection, { defaultValue: 'ASC', description: 'Sort direction.' })
  direction!: SortDirection;
}

@Resolver(() => Project)
export class ProjectResolver {
  @Query(() => Project, { nullable: true, description: 'One project by key, e.g. project:tasos.' })
  project(@Arg('key', () => String) key: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return lookup<Project>(ctx, key, 'Project', info);
  }

  @Query(() => ProjectConnection, { description: 'Projects, filtered, sorted and paged.' })
  async projects(@Args(() => ProjectListArgs) args: ProjectListArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const page = await listEntities(ctx.executor, projectList, args, pageNeeds(info), ctx.signal);
    return toConnection(page, (row) => toEntity<Project>(row));
  }

  @FieldResolver(() => [YearStatus], { description: 'The status each report year gave, oldest first.' })
  statusHistory(@Root() p: Project & { statusHistory: YearStatus[] }) {
    return p.statusHistory;
  }

  @FieldResolver(() => Project, { nullable: true, description: 'The project this is a sub-project of.' })
  parent(@Root() p: Project, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return followOne<Project>(ctx, p.key, { type: Rel.SubprojectOf, direction: 'out', to: Label.Project }, info);
  }

  @FieldResolver(() => [Project], { description: 'Direct sub-projects (osahankkeet).' })
  async subprojects(@Root() p: Project, @Args(() => HopArgs) args: HopArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return (await follow(ctx, p.key, { type: Rel.SubprojectOf, direction: 'in', to: Label.Project }, args, info)).map((n) => toEntity(n.node));
  }

  @FieldResolver(() => Programme, { nullable: true, description: 'The programme the project belongs to.' })
  programme(@Root() p: Project, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return followOne<Programme>(ctx, p.key, { type: Rel.InProgramme, direction: 'out', to: Label.Programme }, info);
  }

  @FieldResolver(() => [ProjectParticipation], { description: 'Organisations taking part, with their roles.' })
  async participants(
    @Root() p: Project,
    @Args(() => HopArgs) args: HopArgs,
    @Arg('roles', () => [ParticipationRole], { nullable: true, description: 'Only these roles.' }) roles: string[] | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const found = await follow(ctx, p.key, { type: Rel.ParticipatesIn, direction: 'in', to: Label.Organization }, { ...args, roles }, info);
    return found.map((n) => edge(n, 'project', 'organization'));
  }

  @FieldResolver(() => [ProjectParticipation], { description: 'The lead organisation(s) (hallinnoija).' })
  async leads(@Root() p: Project, @Args(() => HopArgs) args: HopArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const found = await follow(ctx, p.key, { type: Rel.ParticipatesIn, direction: 'in', to: Label.Organization }, { ...args, roles: ['LEAD'] }, info);
    return found.map((n) => edge(n, 'project', 'organization'));
  }

  @FieldResolver(() => [Funding], { description: 'Who funds the project.' })
  async funders(@Root() p: Project, @Args(() => HopArgs) args: HopArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const found = await follow(ctx, p.key, { type: Rel.Funds, direction: 'in', to: Label.Funder }, args, info);
    return found.map((n) => ({ ...edge(n, 'project', 'funder'), funder: toEntity(n.node, 'Funder') }));
  }

  @FieldResolver(() => [Contribution], { description: 'People with a named role in the project.' })
  async people(
    @Root() p: Project,
    @Args(() => HopArgs) args: HopArgs,
    @Arg('roles', () => [PersonRole], { nullable: true, description: 'Only these roles.' }) roles: string[] | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const found = await follow(ctx, p.key, { type: Rel.ContributesTo, direction: 'in', to: Label.Person }, { ...args, roles }, info);
    return found.map((n) => edge(n, 'target', 'person'));
  }
}
