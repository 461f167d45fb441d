import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { listAll } from '../../engine/lists.js';
import { TYPES } from '../../engine/entity-types.js';

const Priority = TYPES.Priority!;

@Resolver(() => Priority)
export class PriorityResolver {
  @Query(() => [Priority], { description: 'The strategic priorities, by code.' })
  priorities(
    @Arg('year', () => Int, { nullable: true, description: 'Only those named in this year’s report.' }) year: number | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return listAll(ctx, 'Priority', {}, year, info);
  }
}
