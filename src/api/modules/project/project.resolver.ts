import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Info, Query, registerEnumType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { connectionType, PageArgs, toConnection } from '../../engine/connection.js';
import { SortDirection } from '../../engine/enums.js';
import { lookup } from '../../engine/hop.js';
import { listEntities } from '../../engine/list.queries.js';
import { toEntity } from '../../engine/mapping.js';
import { pageNeeds } from '../../engine/selection.js';
import { ProjectFilter, projectList, ProjectSort } from './project.queries.js';
import { Project, YearStatus } from './project.type.js';

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
}
