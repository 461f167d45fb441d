import { Arg, Args, ArgsType, Ctx, Field, Info, Query, registerEnumType, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context.js';
import { connectionType, PageArgs, toConnection } from '../../engine/connection.js';
import { SortDirection } from '../../engine/enums.js';
import { lookup } from '../../engine/hop.js';
import { listEntities } from '../../engine/list.queries.js';
import { toEntity } from '../../engine/mapping.js';
import { pageNeeds } from '../../engine/selection.js';
import { OrganizationFilter, organizationList, OrganizationSort } from './organization.queries.js';
import { Organization } from './organization.type.js';

registerEnumType(OrganizationSort, { name: 'OrganizationSort', description: 'Sort organisations by name or key.' });

const OrganizationConnection = connectionType(Organization, 'Organization', 'organisation');

@ArgsType()
class OrganizationListArgs extends PageArgs {
  @Field(() => OrganizationFilter, { nullable: true, description: 'Which organisations.' })
  filter?: OrganizationFilter | null;

  @Field(() => OrganizationSort, { defaultValue: 'NAME', description: 'Sort field.' })
  orderBy!: keyof typeof OrganizationSort;

  @Field(() => SortDirection, { defaultValue: 'ASC', description: 'Sort direction.' })
  direction!: SortDirection;
}

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization, { nullable: true, description: 'One organisation by key, e.g. org:kosti-ry.' })
  organization(@Arg('key', () => String) key: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return lookup<Organization>(ctx, key, 'Organization', info);
  }

  @Query(() => OrganizationConnection, { description: 'Organisations, filtered, sorted and paged.' })
  async organizations(@Args(() => OrganizationListArgs) args: OrganizationListArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const page = await listEntities(ctx.executor, organizationList, args, pageNeeds(info), ctx.signal);
    return toConnection(page, (row) => toEntity<Organization>(row));
  }
}
