import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { Label } from '../../../graph/vocabulary.js';
import type { Context } from '../../context.js';
import { Source } from '../../engine/fact.type.js';
import { lookup } from '../../engine/hop.js';
import { listEntities, type Composable, type ListSpec, type Params } from '../../engine/list.queries.js';
import { toEntity } from '../../engine/mapping.js';
import { selectedProperties } from '../../engine/selection.js';
import { Report } from './report.type.js';

interface ReportFilter extends Composable<ReportFilter> {
  region?: string | null;
}

const reportList: ListSpec<ReportFilter> = {
  label: Label.Report,
  sorts: { YEAR: 'n.year' },
  own: (f: ReportFilter, p: Params) => (f.region ? [`toLower(n.region) = toLower(${p.add(f.region)})`] : []),
};

@Resolver(() => Report)
export class ReportResolver {
  @Query(() => Report, { nullable: true, description: 'One report by key, e.g. report:keski-pohjanmaa-2020.' })
  report(@Arg('key', () => String) key: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return lookup<Report>(ctx, key, 'Report', info);
  }

  @Query(() => [Report], { description: 'The imported reports, oldest first.' })
  async reports(
    @Arg('region', () => String, { nullable: true, description: 'Only this region.' }) region: string | null,
    @Arg('year', () => Int, { nullable: true, description: 'Only this year.' }) year: number | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const needs = { withTotal: false, properties: selectedProperties(info, 1) };
    const page = await listEntities(ctx.executor, reportList, { filter: { region } as ReportFilter, orderBy: 'YEAR', direction: 'ASC', first: 100, year }, needs, ctx.signal);
    return page.rows.map((row) => toEntity<Report>(row));
  }
}

@Resolver(() => Source)
export class SourceResolver {
  @FieldResolver(() => Report, { nullable: true, description: 'The report that states the fact.' })
  report(@Root() s: Source, @Ctx() ctx: Context) {
    return lookup<Report>(ctx, s.reportKey, 'Report');
  }
}

