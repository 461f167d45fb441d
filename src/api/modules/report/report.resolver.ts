import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Source } from '../../engine/fact.type.js';
import { lookup } from '../../engine/hop.js';
import { listAll } from '../../engine/lists.js';
import { TYPES } from '../../engine/entity-types.js';

const Report = TYPES.Report!;

@Resolver(() => Report)
export class ReportResolver {
  @Query(() => [Report], { description: 'The imported reports, oldest first.' })
  reports(
    @Arg('region', () => String, { nullable: true, description: 'Only this region.' }) region: string | null,
    @Arg('year', () => Int, { nullable: true, description: 'Only this year.' }) year: number | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return listAll(ctx, 'Report', { region }, year, info);
  }
}

@Resolver(() => Source)
export class SourceResolver {
  @FieldResolver(() => Report, { nullable: true, description: 'The report that states the fact.' })
  report(@Root() s: Source, @Ctx() ctx: Context) {
    return lookup(ctx, s.reportKey, 'Report');
  }
}

